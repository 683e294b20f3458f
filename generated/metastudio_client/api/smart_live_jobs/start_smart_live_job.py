from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.start_smart_live_job_request import StartSmartLiveJobRequest
from ...models.start_smart_live_job_response import StartSmartLiveJobResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    room_id: str,
    *,
    body: StartSmartLiveJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/smart-live-rooms/{room_id}/smart-live-jobs".format(
            project_id=quote(str(project_id), safe=""),
            room_id=quote(str(room_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StartSmartLiveJobResponse | None:
    if response.status_code == 202:
        response_202 = StartSmartLiveJobResponse.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StartSmartLiveJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[StartSmartLiveJobResponse]) -> StartSmartLiveJobResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSmartLiveJobRequest,
) -> Response[StartSmartLiveJobResponse]:
    """Start a smart live job

     启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

    Args:
        project_id (str):
        room_id (str):
        body (StartSmartLiveJobRequest): 表 6-254 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartSmartLiveJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSmartLiveJobRequest,
) -> StartSmartLiveJobResponse:
    """Start a smart live job

     启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

    Args:
        project_id (str):
        room_id (str):
        body (StartSmartLiveJobRequest): 表 6-254 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartSmartLiveJobResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            room_id=room_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSmartLiveJobRequest,
) -> Response[StartSmartLiveJobResponse]:
    """Start a smart live job

     启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

    Args:
        project_id (str):
        room_id (str):
        body (StartSmartLiveJobRequest): 表 6-254 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartSmartLiveJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSmartLiveJobRequest,
) -> StartSmartLiveJobResponse:
    """Start a smart live job

     启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

    Args:
        project_id (str):
        room_id (str):
        body (StartSmartLiveJobRequest): 表 6-254 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartSmartLiveJobResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            room_id=room_id,
            client=client,
            body=body,
        )
    )
