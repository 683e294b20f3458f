from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_smart_chat_room_request import UpdateSmartChatRoomRequest
from ...models.update_smart_chat_room_response import UpdateSmartChatRoomResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    room_id: str,
    *,
    body: UpdateSmartChatRoomRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/smart-chat-rooms/{room_id}".format(
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
) -> UpdateSmartChatRoomResponse | None:
    if response.status_code == 200:
        response_200 = UpdateSmartChatRoomResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateSmartChatRoomResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[UpdateSmartChatRoomResponse]) -> UpdateSmartChatRoomResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    room_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSmartChatRoomRequest,
) -> Response[UpdateSmartChatRoomResponse]:
    """Update a smart chat room

     更新智能交互对话信息。该接口用于智能交互对话信息。

    Args:
        project_id (str):
        room_id (str):
        body (UpdateSmartChatRoomRequest): 表 7-55 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateSmartChatRoomResponse]
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
    body: UpdateSmartChatRoomRequest,
) -> UpdateSmartChatRoomResponse:
    """Update a smart chat room

     更新智能交互对话信息。该接口用于智能交互对话信息。

    Args:
        project_id (str):
        room_id (str):
        body (UpdateSmartChatRoomRequest): 表 7-55 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateSmartChatRoomResponse
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
    body: UpdateSmartChatRoomRequest,
) -> Response[UpdateSmartChatRoomResponse]:
    """Update a smart chat room

     更新智能交互对话信息。该接口用于智能交互对话信息。

    Args:
        project_id (str):
        room_id (str):
        body (UpdateSmartChatRoomRequest): 表 7-55 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateSmartChatRoomResponse]
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
    body: UpdateSmartChatRoomRequest,
) -> UpdateSmartChatRoomResponse:
    """Update a smart chat room

     更新智能交互对话信息。该接口用于智能交互对话信息。

    Args:
        project_id (str):
        room_id (str):
        body (UpdateSmartChatRoomRequest): 表 7-55 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateSmartChatRoomResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            room_id=room_id,
            client=client,
            body=body,
        )
    )
