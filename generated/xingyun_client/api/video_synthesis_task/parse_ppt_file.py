from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parse_ppt_file_request import ParsePptFileRequest
from ...models.parse_ppt_file_response import ParsePptFileResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ParsePptFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/video_synthesis_task/parse_ppt_file",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ParsePptFileResponse | None:
    if response.status_code == 200:
        response_200 = ParsePptFileResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ParsePptFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ParsePptFileResponse]) -> ParsePptFileResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ParsePptFileRequest,
) -> Response[ParsePptFileResponse]:
    """Upload a PPT file and parse it for rendering

     PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

    Args:
        body (ParsePptFileRequest): 002 §2.1 方式2 PPT解析接口 请求参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParsePptFileResponse]
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
    body: ParsePptFileRequest,
) -> ParsePptFileResponse:
    """Upload a PPT file and parse it for rendering

     PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

    Args:
        body (ParsePptFileRequest): 002 §2.1 方式2 PPT解析接口 请求参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParsePptFileResponse
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
    body: ParsePptFileRequest,
) -> Response[ParsePptFileResponse]:
    """Upload a PPT file and parse it for rendering

     PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

    Args:
        body (ParsePptFileRequest): 002 §2.1 方式2 PPT解析接口 请求参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParsePptFileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ParsePptFileRequest,
) -> ParsePptFileResponse:
    """Upload a PPT file and parse it for rendering

     PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

    Args:
        body (ParsePptFileRequest): 002 §2.1 方式2 PPT解析接口 请求参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParsePptFileResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
