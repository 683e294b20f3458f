from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_render_task_preview_url_response import GetRenderTaskPreviewUrlResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    task_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/video_synthesis_task/get_render_task_preview_url",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetRenderTaskPreviewUrlResponse | None:
    if response.status_code == 200:
        response_200 = GetRenderTaskPreviewUrlResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetRenderTaskPreviewUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[GetRenderTaskPreviewUrlResponse]) -> GetRenderTaskPreviewUrlResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    task_id: int,
) -> Response[GetRenderTaskPreviewUrlResponse]:
    """Get the preview URL of a render task

     预览。

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRenderTaskPreviewUrlResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    task_id: int,
) -> GetRenderTaskPreviewUrlResponse:
    """Get the preview URL of a render task

     预览。

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRenderTaskPreviewUrlResponse
    """

    return _success(
        sync_detailed(
            client=client,
            task_id=task_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    task_id: int,
) -> Response[GetRenderTaskPreviewUrlResponse]:
    """Get the preview URL of a render task

     预览。

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRenderTaskPreviewUrlResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    task_id: int,
) -> GetRenderTaskPreviewUrlResponse:
    """Get the preview URL of a render task

     预览。

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRenderTaskPreviewUrlResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            task_id=task_id,
        )
    )
