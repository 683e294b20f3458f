from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tts_audition_request import CreateTtsAuditionRequest
from ...models.create_tts_audition_response import CreateTtsAuditionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: CreateTtsAuditionRequest,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-Id"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/ttsc/audition".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTtsAuditionResponse | None:
    if response.status_code == 200:
        response_200 = CreateTtsAuditionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTtsAuditionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateTtsAuditionResponse]) -> CreateTtsAuditionResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTtsAuditionRequest,
    x_request_id: str | Unset = UNSET,
) -> Response[CreateTtsAuditionResponse]:
    """Create a TTS audition job

     该接口用于创建生成播报内容的语音试听文件任务。
    第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
    383911e6102f

    Args:
        project_id (str):
        x_request_id (str | Unset):
        body (CreateTtsAuditionRequest): 表 10-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTtsAuditionResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTtsAuditionRequest,
    x_request_id: str | Unset = UNSET,
) -> CreateTtsAuditionResponse:
    """Create a TTS audition job

     该接口用于创建生成播报内容的语音试听文件任务。
    第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
    383911e6102f

    Args:
        project_id (str):
        x_request_id (str | Unset):
        body (CreateTtsAuditionRequest): 表 10-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTtsAuditionResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTtsAuditionRequest,
    x_request_id: str | Unset = UNSET,
) -> Response[CreateTtsAuditionResponse]:
    """Create a TTS audition job

     该接口用于创建生成播报内容的语音试听文件任务。
    第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
    383911e6102f

    Args:
        project_id (str):
        x_request_id (str | Unset):
        body (CreateTtsAuditionRequest): 表 10-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTtsAuditionResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTtsAuditionRequest,
    x_request_id: str | Unset = UNSET,
) -> CreateTtsAuditionResponse:
    """Create a TTS audition job

     该接口用于创建生成播报内容的语音试听文件任务。
    第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
    383911e6102f

    Args:
        project_id (str):
        x_request_id (str | Unset):
        body (CreateTtsAuditionRequest): 表 10-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTtsAuditionResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    )
