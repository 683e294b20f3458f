"""Operations of tag `smart_chat_rooms`: `SmartChatRooms` (sync), `AsyncSmartChatRooms` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.smart_chat_rooms import create_smart_chat_room as _create_smart_chat_room
from ..api.smart_chat_rooms import delete_smart_chat_room as _delete_smart_chat_room
from ..api.smart_chat_rooms import list_smart_chat_rooms as _list_smart_chat_rooms
from ..api.smart_chat_rooms import show_smart_chat_room as _show_smart_chat_room
from ..api.smart_chat_rooms import update_smart_chat_room as _update_smart_chat_room
from ..models.create_smart_chat_room_request import CreateSmartChatRoomRequest
from ..models.create_smart_chat_room_response import CreateSmartChatRoomResponse
from ..models.list_smart_chat_rooms_response import ListSmartChatRoomsResponse
from ..models.show_smart_chat_room_response import ShowSmartChatRoomResponse
from ..models.smart_chat_room_base_info import SmartChatRoomBaseInfo
from ..models.update_smart_chat_room_request import UpdateSmartChatRoomRequest
from ..models.update_smart_chat_room_response import UpdateSmartChatRoomResponse
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = [
    "AsyncSmartChatRooms",
    "AsyncSmartChatRoomsWithRawResponse",
    "SmartChatRooms",
    "SmartChatRoomsWithRawResponse",
]


class SmartChatRooms:
    """Operations of tag `smart_chat_rooms`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "SmartChatRoomsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return SmartChatRoomsWithRawResponse(self._owner)

    def list_smart_chat_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartChatRoomsResponse:
        """List smart chat rooms

        查询智能交互对话列表。该接口用于智能交互对话列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按智能交互对话名称模糊查询。
            model_name: 按形象名称模糊查询。
            start_time: 最近智能交互对话任务起始时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
            end_time: 结束时间。格式遵循：RFC 3339 如“2021-01-10T10:43:17Z”。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_smart_chat_rooms.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                room_name=room_name,
                model_name=model_name,
                start_time=start_time,
                end_time=end_time,
                client=self._owner.client,
            )

    def iter_list_smart_chat_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[SmartChatRoomBaseInfo]:
        """Every item of `list_smart_chat_rooms` (`smart_chat_rooms`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        查询智能交互对话列表。该接口用于智能交互对话列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按智能交互对话名称模糊查询。
            model_name: 按形象名称模糊查询。
            start_time: 最近智能交互对话任务起始时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
            end_time: 结束时间。格式遵循：RFC 3339 如“2021-01-10T10:43:17Z”。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_smart_chat_rooms(
                offset=_offset,
                limit=limit,
                room_name=room_name,
                model_name=model_name,
                start_time=start_time,
                end_time=end_time,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_chat_rooms", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_smart_chat_room(
        self,
        *,
        body: CreateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSmartChatRoomResponse:
        """Create a smart chat room

        创建智能交互对话。该接口用于创建智能交互对话。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_smart_chat_room.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartChatRoomResponse:
        """Show a smart chat room

        查询智能交互对话详情。该接口用于查询智能交互对话详情。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_smart_chat_room.sync(self._owner.project_id, room_id, client=self._owner.client)

    def update_smart_chat_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSmartChatRoomResponse:
        """Update a smart chat room

        更新智能交互对话信息。该接口用于智能交互对话信息。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_smart_chat_room.sync(self._owner.project_id, room_id, body=body, client=self._owner.client)

    def delete_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a smart chat room

        删除智能交互对话。该接口用于删除智能交互对话。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_smart_chat_room.sync(self._owner.project_id, room_id, client=self._owner.client)


class SmartChatRoomsWithRawResponse:
    """Operations of tag `smart_chat_rooms` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_smart_chat_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List smart chat rooms

        查询智能交互对话列表。该接口用于智能交互对话列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按智能交互对话名称模糊查询。
            model_name: 按形象名称模糊查询。
            start_time: 最近智能交互对话任务起始时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
            end_time: 结束时间。格式遵循：RFC 3339 如“2021-01-10T10:43:17Z”。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_smart_chat_rooms._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    room_name=room_name,
                    model_name=model_name,
                    start_time=start_time,
                    end_time=end_time,
                )
            )

    def create_smart_chat_room(
        self,
        *,
        body: CreateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a smart chat room

        创建智能交互对话。该接口用于创建智能交互对话。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_smart_chat_room._get_kwargs(self._owner.project_id, body=body)
            )

    def show_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart chat room

        查询智能交互对话详情。该接口用于查询智能交互对话详情。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_smart_chat_room._get_kwargs(self._owner.project_id, room_id)
            )

    def update_smart_chat_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a smart chat room

        更新智能交互对话信息。该接口用于智能交互对话信息。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_smart_chat_room._get_kwargs(self._owner.project_id, room_id, body=body)
            )

    def delete_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a smart chat room

        删除智能交互对话。该接口用于删除智能交互对话。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_smart_chat_room._get_kwargs(self._owner.project_id, room_id)
            )


class AsyncSmartChatRooms:
    """Operations of tag `smart_chat_rooms` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncSmartChatRoomsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncSmartChatRoomsWithRawResponse(self._owner)

    async def list_smart_chat_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartChatRoomsResponse:
        """List smart chat rooms

        查询智能交互对话列表。该接口用于智能交互对话列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按智能交互对话名称模糊查询。
            model_name: 按形象名称模糊查询。
            start_time: 最近智能交互对话任务起始时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
            end_time: 结束时间。格式遵循：RFC 3339 如“2021-01-10T10:43:17Z”。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_smart_chat_rooms.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                room_name=room_name,
                model_name=model_name,
                start_time=start_time,
                end_time=end_time,
                client=self._owner.client,
            )

    async def iter_list_smart_chat_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[SmartChatRoomBaseInfo]:
        """Every item of `list_smart_chat_rooms` (`smart_chat_rooms`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        查询智能交互对话列表。该接口用于智能交互对话列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按智能交互对话名称模糊查询。
            model_name: 按形象名称模糊查询。
            start_time: 最近智能交互对话任务起始时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
            end_time: 结束时间。格式遵循：RFC 3339 如“2021-01-10T10:43:17Z”。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_smart_chat_rooms(
                offset=_offset,
                limit=limit,
                room_name=room_name,
                model_name=model_name,
                start_time=start_time,
                end_time=end_time,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_chat_rooms", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_smart_chat_room(
        self,
        *,
        body: CreateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSmartChatRoomResponse:
        """Create a smart chat room

        创建智能交互对话。该接口用于创建智能交互对话。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_smart_chat_room.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartChatRoomResponse:
        """Show a smart chat room

        查询智能交互对话详情。该接口用于查询智能交互对话详情。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_smart_chat_room.asyncio(self._owner.project_id, room_id, client=self._owner.client)

    async def update_smart_chat_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSmartChatRoomResponse:
        """Update a smart chat room

        更新智能交互对话信息。该接口用于智能交互对话信息。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_smart_chat_room.asyncio(
                self._owner.project_id, room_id, body=body, client=self._owner.client
            )

    async def delete_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a smart chat room

        删除智能交互对话。该接口用于删除智能交互对话。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_smart_chat_room.asyncio(self._owner.project_id, room_id, client=self._owner.client)


class AsyncSmartChatRoomsWithRawResponse:
    """Operations of tag `smart_chat_rooms` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_smart_chat_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List smart chat rooms

        查询智能交互对话列表。该接口用于智能交互对话列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按智能交互对话名称模糊查询。
            model_name: 按形象名称模糊查询。
            start_time: 最近智能交互对话任务起始时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
            end_time: 结束时间。格式遵循：RFC 3339 如“2021-01-10T10:43:17Z”。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_smart_chat_rooms._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    room_name=room_name,
                    model_name=model_name,
                    start_time=start_time,
                    end_time=end_time,
                )
            )

    async def create_smart_chat_room(
        self,
        *,
        body: CreateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a smart chat room

        创建智能交互对话。该接口用于创建智能交互对话。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_smart_chat_room._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart chat room

        查询智能交互对话详情。该接口用于查询智能交互对话详情。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_smart_chat_room._get_kwargs(self._owner.project_id, room_id)
            )

    async def update_smart_chat_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartChatRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a smart chat room

        更新智能交互对话信息。该接口用于智能交互对话信息。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_smart_chat_room._get_kwargs(self._owner.project_id, room_id, body=body)
            )

    async def delete_smart_chat_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a smart chat room

        删除智能交互对话。该接口用于删除智能交互对话。

        Args:
            room_id: 智能交互对话ID。获取方法请参考 创建智能交互对话。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_smart_chat_room._get_kwargs(self._owner.project_id, room_id)
            )
