from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_2d_digital_human_video_response import Show2DDigitalHumanVideoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    show_script: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["show_script"] = show_script

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/2d-digital-human-videos/{job_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Show2DDigitalHumanVideoResponse | None:
    if response.status_code == 200:
        response_200 = Show2DDigitalHumanVideoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Show2DDigitalHumanVideoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Show2DDigitalHumanVideoResponse]) -> Show2DDigitalHumanVideoResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
) -> Response[Show2DDigitalHumanVideoResponse]:
    """Show a virtual avatar (2D) video production job

     该接口用于查询分身数字人视频制作任务详情。

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Show2DDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
) -> Show2DDigitalHumanVideoResponse:
    """Show a virtual avatar (2D) video production job

     该接口用于查询分身数字人视频制作任务详情。

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Show2DDigitalHumanVideoResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            show_script=show_script,
        )
    )


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
) -> Response[Show2DDigitalHumanVideoResponse]:
    """Show a virtual avatar (2D) video production job

     该接口用于查询分身数字人视频制作任务详情。

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Show2DDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
) -> Show2DDigitalHumanVideoResponse:
    """Show a virtual avatar (2D) video production job

     该接口用于查询分身数字人视频制作任务详情。

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Show2DDigitalHumanVideoResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            show_script=show_script,
        )
    )
