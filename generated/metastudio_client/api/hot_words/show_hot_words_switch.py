from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_hot_words_switch_response import ShowHotWordsSwitchResponse
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    *,
    robot_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["robot_id"] = robot_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-chat/hot-words-switch".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShowHotWordsSwitchResponse | None:
    if response.status_code == 200:
        response_200 = ShowHotWordsSwitchResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShowHotWordsSwitchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowHotWordsSwitchResponse]) -> ShowHotWordsSwitchResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    robot_id: str,
) -> Response[ShowHotWordsSwitchResponse]:
    """Show the hot words switch

     查询热词功能开关。该接口用于查询热词功能开关。

    Args:
        project_id (str):
        robot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowHotWordsSwitchResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        robot_id=robot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    robot_id: str,
) -> ShowHotWordsSwitchResponse:
    """Show the hot words switch

     查询热词功能开关。该接口用于查询热词功能开关。

    Args:
        project_id (str):
        robot_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowHotWordsSwitchResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            robot_id=robot_id,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    robot_id: str,
) -> Response[ShowHotWordsSwitchResponse]:
    """Show the hot words switch

     查询热词功能开关。该接口用于查询热词功能开关。

    Args:
        project_id (str):
        robot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowHotWordsSwitchResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        robot_id=robot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    robot_id: str,
) -> ShowHotWordsSwitchResponse:
    """Show the hot words switch

     查询热词功能开关。该接口用于查询热词功能开关。

    Args:
        project_id (str):
        robot_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowHotWordsSwitchResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            robot_id=robot_id,
        )
    )
