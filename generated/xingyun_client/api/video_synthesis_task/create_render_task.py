from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_render_task_by_ppt import CreateRenderTaskByPpt
from ...models.create_render_task_by_segment import CreateRenderTaskBySegment
from ...models.create_render_task_response import CreateRenderTaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/video_synthesis_task/create_render_task",
    }

    if isinstance(body, CreateRenderTaskBySegment):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateRenderTaskResponse | None:
    if response.status_code == 200:
        response_200 = CreateRenderTaskResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateRenderTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateRenderTaskResponse]) -> CreateRenderTaskResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
) -> Response[CreateRenderTaskResponse]:
    """Start rendering a video from SSML segments or a parsed PPT

     发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

    Args:
        body (CreateRenderTaskByPpt | CreateRenderTaskBySegment): 002 §2.1 发起渲染：方式1（segment）或
            方式2（parse_ppt_file_name），必填一个。

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRenderTaskResponse]
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
    body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
) -> CreateRenderTaskResponse:
    """Start rendering a video from SSML segments or a parsed PPT

     发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

    Args:
        body (CreateRenderTaskByPpt | CreateRenderTaskBySegment): 002 §2.1 发起渲染：方式1（segment）或
            方式2（parse_ppt_file_name），必填一个。

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRenderTaskResponse
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
    body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
) -> Response[CreateRenderTaskResponse]:
    """Start rendering a video from SSML segments or a parsed PPT

     发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

    Args:
        body (CreateRenderTaskByPpt | CreateRenderTaskBySegment): 002 §2.1 发起渲染：方式1（segment）或
            方式2（parse_ppt_file_name），必填一个。

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRenderTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
) -> CreateRenderTaskResponse:
    """Start rendering a video from SSML segments or a parsed PPT

     发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

    Args:
        body (CreateRenderTaskByPpt | CreateRenderTaskBySegment): 002 §2.1 发起渲染：方式1（segment）或
            方式2（parse_ppt_file_name），必填一个。

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRenderTaskResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
