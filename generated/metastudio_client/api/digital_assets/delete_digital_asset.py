from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    asset_id: str,
    *,
    mode: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mode"] = mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/{project_id}/digital-assets/{asset_id}".format(
            project_id=quote(str(project_id), safe=""),
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any]) -> None:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if not 200 <= response.status_code <= 200:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def sync_detailed(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Response[Any]:
    """Delete a digital asset

     该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

    Args:
        project_id (str):
        asset_id (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        asset_id=asset_id,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> None:
    """Delete a digital asset

     该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

    Args:
        project_id (str):
        asset_id (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            asset_id=asset_id,
            client=client,
            mode=mode,
        )
    )


async def asyncio_detailed(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Response[Any]:
    """Delete a digital asset

     该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

    Args:
        project_id (str):
        asset_id (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        asset_id=asset_id,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> None:
    """Delete a digital asset

     该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

    Args:
        project_id (str):
        asset_id (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            asset_id=asset_id,
            client=client,
            mode=mode,
        )
    )
