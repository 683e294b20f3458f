from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_render_task_request import CancelRenderTaskRequest
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs(
    *,
    body: CancelRenderTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/video_synthesis_task/cancel_render_task",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Envelope | None:
    if response.status_code == 200:
        response_200 = Envelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Envelope]) -> Envelope:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelRenderTaskRequest,
) -> Response[Envelope]:
    """Cancel a render task

     取消渲染任务。

    Args:
        body (CancelRenderTaskRequest): 002 §2.3 取消渲染任务 请求参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CancelRenderTaskRequest,
) -> Envelope:
    """Cancel a render task

     取消渲染任务。

    Args:
        body (CancelRenderTaskRequest): 002 §2.3 取消渲染任务 请求参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelRenderTaskRequest,
) -> Response[Envelope]:
    """Cancel a render task

     取消渲染任务。

    Args:
        body (CancelRenderTaskRequest): 002 §2.3 取消渲染任务 请求参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CancelRenderTaskRequest,
) -> Envelope:
    """Cancel a render task

     取消渲染任务。

    Args:
        body (CancelRenderTaskRequest): 002 §2.3 取消渲染任务 请求参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
