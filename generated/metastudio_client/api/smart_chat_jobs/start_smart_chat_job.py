from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.start_smart_chat_job_request import StartSmartChatJobRequest
from ...models.start_smart_chat_job_response import StartSmartChatJobResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    room_id: str,
    *,
    body: StartSmartChatJobRequest | Unset = UNSET,
    robot_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["robot_id"] = robot_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/digital-human-chat/smart-chat-rooms/{room_id}/smart-chat-jobs".format(
            project_id=quote(str(project_id), safe=""),
            room_id=quote(str(room_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StartSmartChatJobResponse | None:
    if response.status_code == 200:
        response_200 = StartSmartChatJobResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StartSmartChatJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[StartSmartChatJobResponse]) -> StartSmartChatJobResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSmartChatJobRequest | Unset = UNSET,
    robot_id: str,
) -> Response[StartSmartChatJobResponse]:
    """Start a smart chat job

     启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        robot_id (str):
        body (StartSmartChatJobRequest | Unset): 表 7-100 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartSmartChatJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        body=body,
        robot_id=robot_id,
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
    body: StartSmartChatJobRequest | Unset = UNSET,
    robot_id: str,
) -> StartSmartChatJobResponse:
    """Start a smart chat job

     启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        robot_id (str):
        body (StartSmartChatJobRequest | Unset): 表 7-100 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartSmartChatJobResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            room_id=room_id,
            client=client,
            body=body,
            robot_id=robot_id,
        )
    )


async def asyncio_detailed(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSmartChatJobRequest | Unset = UNSET,
    robot_id: str,
) -> Response[StartSmartChatJobResponse]:
    """Start a smart chat job

     启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        robot_id (str):
        body (StartSmartChatJobRequest | Unset): 表 7-100 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartSmartChatJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        body=body,
        robot_id=robot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSmartChatJobRequest | Unset = UNSET,
    robot_id: str,
) -> StartSmartChatJobResponse:
    """Start a smart chat job

     启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        robot_id (str):
        body (StartSmartChatJobRequest | Unset): 表 7-100 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartSmartChatJobResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            room_id=room_id,
            client=client,
            body=body,
            robot_id=robot_id,
        )
    )
