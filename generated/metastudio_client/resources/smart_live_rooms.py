"""Operations of tag `smart_live_rooms`: `SmartLiveRooms` (sync), `AsyncSmartLiveRooms` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.smart_live_rooms import create_smart_live_interaction_rule_group as _create_smart_live_interaction_rule_group
from ..api.smart_live_rooms import create_smart_live_room as _create_smart_live_room
from ..api.smart_live_rooms import delete_smart_live_interaction_rule_group as _delete_smart_live_interaction_rule_group
from ..api.smart_live_rooms import delete_smart_live_room as _delete_smart_live_room
from ..api.smart_live_rooms import list_smart_live_interaction_rule_groups as _list_smart_live_interaction_rule_groups
from ..api.smart_live_rooms import list_smart_live_rooms as _list_smart_live_rooms
from ..api.smart_live_rooms import show_smart_live_room as _show_smart_live_room
from ..api.smart_live_rooms import update_smart_live_interaction_rule_group as _update_smart_live_interaction_rule_group
from ..api.smart_live_rooms import update_smart_live_room as _update_smart_live_room
from ..models.create_smart_live_interaction_rule_group_request import CreateSmartLiveInteractionRuleGroupRequest
from ..models.create_smart_live_interaction_rule_group_response import CreateSmartLiveInteractionRuleGroupResponse
from ..models.create_smart_live_room_request import CreateSmartLiveRoomRequest
from ..models.create_smart_live_room_response import CreateSmartLiveRoomResponse
from ..models.interaction_rule_group_detail import InteractionRuleGroupDetail
from ..models.list_smart_live_interaction_rule_groups_response import ListSmartLiveInteractionRuleGroupsResponse
from ..models.list_smart_live_rooms_response import ListSmartLiveRoomsResponse
from ..models.list_smart_live_rooms_room_type import ListSmartLiveRoomsRoomType
from ..models.list_smart_live_rooms_template_own_type import ListSmartLiveRoomsTemplateOwnType
from ..models.show_smart_live_room_response import ShowSmartLiveRoomResponse
from ..models.smart_live_room_base_info import SmartLiveRoomBaseInfo
from ..models.update_smart_live_interaction_rule_group_request import UpdateSmartLiveInteractionRuleGroupRequest
from ..models.update_smart_live_interaction_rule_group_response import UpdateSmartLiveInteractionRuleGroupResponse
from ..models.update_smart_live_room_request import UpdateSmartLiveRoomRequest
from ..models.update_smart_live_room_response import UpdateSmartLiveRoomResponse
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = [
    "AsyncSmartLiveRooms",
    "AsyncSmartLiveRoomsWithRawResponse",
    "SmartLiveRooms",
    "SmartLiveRoomsWithRawResponse",
]


class SmartLiveRooms:
    """Operations of tag `smart_live_rooms`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "SmartLiveRoomsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return SmartLiveRoomsWithRawResponse(self._owner)

    def list_smart_live_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        dh_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        live_state: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
        template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartLiveRoomsResponse:
        """List smart live rooms

        该接口用于智能直播间列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按直播间名称模糊查询。
            dh_id: 按数字人形象ID查询。
            model_name: 按形象名称模糊查询。
            live_state: 当前直播间直播状态。 WAITING, PROCESSING, SUCCESS, FAILED, CANCELED对应直播任务状态 NULL 对应没有直播任务 可多个状态查询, 使用英文逗号分隔。
            start_time: 最近直播任务起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            room_type: 按直播间类型查询。直播间类型。 • NORMAL: 普通直播间, 直播间一直存在, 可以反复开播 • TEMP: 临时直播间, 直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。
            template_own_type: 按照自己拥有的和别人分享以及公共的模板进行查询 • OWNED 自己拥有且暂未共享的 • SHARED_TO_OHTERS 分享给别人的 • SHARED_FROM_OHTERS 别人分享给我的 • PUBLIC
                公共模板
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_smart_live_rooms.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                room_name=room_name,
                dh_id=dh_id,
                model_name=model_name,
                live_state=live_state,
                start_time=start_time,
                end_time=end_time,
                room_type=room_type,
                template_own_type=template_own_type,
                client=self._owner.client,
            )

    def iter_list_smart_live_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        dh_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        live_state: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
        template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[SmartLiveRoomBaseInfo]:
        """Every item of `list_smart_live_rooms` (`smart_live_rooms`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        该接口用于智能直播间列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按直播间名称模糊查询。
            dh_id: 按数字人形象ID查询。
            model_name: 按形象名称模糊查询。
            live_state: 当前直播间直播状态。 WAITING, PROCESSING, SUCCESS, FAILED, CANCELED对应直播任务状态 NULL 对应没有直播任务 可多个状态查询, 使用英文逗号分隔。
            start_time: 最近直播任务起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            room_type: 按直播间类型查询。直播间类型。 • NORMAL: 普通直播间, 直播间一直存在, 可以反复开播 • TEMP: 临时直播间, 直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。
            template_own_type: 按照自己拥有的和别人分享以及公共的模板进行查询 • OWNED 自己拥有且暂未共享的 • SHARED_TO_OHTERS 分享给别人的 • SHARED_FROM_OHTERS 别人分享给我的 • PUBLIC
                公共模板
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_smart_live_rooms(
                offset=_offset,
                limit=limit,
                room_name=room_name,
                dh_id=dh_id,
                model_name=model_name,
                live_state=live_state,
                start_time=start_time,
                end_time=end_time,
                room_type=room_type,
                template_own_type=template_own_type,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_live_rooms", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_smart_live_room(
        self,
        *,
        body: CreateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSmartLiveRoomResponse:
        """Create a smart live room

        该接口用于创建智能直播间。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_smart_live_room.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartLiveRoomResponse:
        """Show a smart live room

        该接口用于查询智能直播剧本详情。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_smart_live_room.sync(self._owner.project_id, room_id, client=self._owner.client)

    def update_smart_live_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSmartLiveRoomResponse:
        """Update a smart live room

        该接口用于智能直播间信息。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_smart_live_room.sync(self._owner.project_id, room_id, body=body, client=self._owner.client)

    def delete_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a smart live room

        该接口用于删除智能直播间。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_smart_live_room.sync(self._owner.project_id, room_id, client=self._owner.client)

    def list_smart_live_interaction_rule_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartLiveInteractionRuleGroupsResponse:
        """List live room interaction rule groups

        该接口用于智能直播间互动规则库列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            group_name: 规则库名称
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_smart_live_interaction_rule_groups.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                create_since=create_since,
                create_until=create_until,
                group_name=group_name,
                client=self._owner.client,
            )

    def iter_list_smart_live_interaction_rule_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[InteractionRuleGroupDetail]:
        """Every item of `list_smart_live_interaction_rule_groups` (`interaction_rule_groups`), page after page from
        `offset`, until `count` is reached or a page comes back short.

        该接口用于智能直播间互动规则库列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            group_name: 规则库名称
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_smart_live_interaction_rule_groups(
                offset=_offset,
                limit=limit,
                create_since=create_since,
                create_until=create_until,
                group_name=group_name,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "interaction_rule_groups", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_smart_live_interaction_rule_group(
        self,
        *,
        body: CreateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSmartLiveInteractionRuleGroupResponse:
        """Create a live room interaction rule group

        该接口用于创建智能直播间互动规则库。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_smart_live_interaction_rule_group.sync(
                self._owner.project_id, body=body, client=self._owner.client
            )

    def update_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        body: UpdateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSmartLiveInteractionRuleGroupResponse:
        """Update a live room interaction rule group

        该接口用于更新智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_smart_live_interaction_rule_group.sync(
                self._owner.project_id, group_id, body=body, client=self._owner.client
            )

    def delete_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a live room interaction rule group

        该接口用于删除智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_smart_live_interaction_rule_group.sync(
                self._owner.project_id, group_id, client=self._owner.client
            )


class SmartLiveRoomsWithRawResponse:
    """Operations of tag `smart_live_rooms` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_smart_live_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        dh_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        live_state: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
        template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List smart live rooms

        该接口用于智能直播间列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按直播间名称模糊查询。
            dh_id: 按数字人形象ID查询。
            model_name: 按形象名称模糊查询。
            live_state: 当前直播间直播状态。 WAITING, PROCESSING, SUCCESS, FAILED, CANCELED对应直播任务状态 NULL 对应没有直播任务 可多个状态查询, 使用英文逗号分隔。
            start_time: 最近直播任务起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            room_type: 按直播间类型查询。直播间类型。 • NORMAL: 普通直播间, 直播间一直存在, 可以反复开播 • TEMP: 临时直播间, 直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。
            template_own_type: 按照自己拥有的和别人分享以及公共的模板进行查询 • OWNED 自己拥有且暂未共享的 • SHARED_TO_OHTERS 分享给别人的 • SHARED_FROM_OHTERS 别人分享给我的 • PUBLIC
                公共模板
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_smart_live_rooms._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    room_name=room_name,
                    dh_id=dh_id,
                    model_name=model_name,
                    live_state=live_state,
                    start_time=start_time,
                    end_time=end_time,
                    room_type=room_type,
                    template_own_type=template_own_type,
                )
            )

    def create_smart_live_room(
        self,
        *,
        body: CreateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a smart live room

        该接口用于创建智能直播间。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_smart_live_room._get_kwargs(self._owner.project_id, body=body)
            )

    def show_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart live room

        该接口用于查询智能直播剧本详情。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_smart_live_room._get_kwargs(self._owner.project_id, room_id)
            )

    def update_smart_live_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a smart live room

        该接口用于智能直播间信息。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_smart_live_room._get_kwargs(self._owner.project_id, room_id, body=body)
            )

    def delete_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a smart live room

        该接口用于删除智能直播间。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_smart_live_room._get_kwargs(self._owner.project_id, room_id)
            )

    def list_smart_live_interaction_rule_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List live room interaction rule groups

        该接口用于智能直播间互动规则库列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            group_name: 规则库名称
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_smart_live_interaction_rule_groups._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    create_since=create_since,
                    create_until=create_until,
                    group_name=group_name,
                )
            )

    def create_smart_live_interaction_rule_group(
        self,
        *,
        body: CreateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a live room interaction rule group

        该接口用于创建智能直播间互动规则库。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_smart_live_interaction_rule_group._get_kwargs(self._owner.project_id, body=body)
            )

    def update_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        body: UpdateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a live room interaction rule group

        该接口用于更新智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_smart_live_interaction_rule_group._get_kwargs(self._owner.project_id, group_id, body=body)
            )

    def delete_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a live room interaction rule group

        该接口用于删除智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_smart_live_interaction_rule_group._get_kwargs(self._owner.project_id, group_id)
            )


class AsyncSmartLiveRooms:
    """Operations of tag `smart_live_rooms` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncSmartLiveRoomsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncSmartLiveRoomsWithRawResponse(self._owner)

    async def list_smart_live_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        dh_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        live_state: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
        template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartLiveRoomsResponse:
        """List smart live rooms

        该接口用于智能直播间列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按直播间名称模糊查询。
            dh_id: 按数字人形象ID查询。
            model_name: 按形象名称模糊查询。
            live_state: 当前直播间直播状态。 WAITING, PROCESSING, SUCCESS, FAILED, CANCELED对应直播任务状态 NULL 对应没有直播任务 可多个状态查询, 使用英文逗号分隔。
            start_time: 最近直播任务起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            room_type: 按直播间类型查询。直播间类型。 • NORMAL: 普通直播间, 直播间一直存在, 可以反复开播 • TEMP: 临时直播间, 直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。
            template_own_type: 按照自己拥有的和别人分享以及公共的模板进行查询 • OWNED 自己拥有且暂未共享的 • SHARED_TO_OHTERS 分享给别人的 • SHARED_FROM_OHTERS 别人分享给我的 • PUBLIC
                公共模板
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_smart_live_rooms.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                room_name=room_name,
                dh_id=dh_id,
                model_name=model_name,
                live_state=live_state,
                start_time=start_time,
                end_time=end_time,
                room_type=room_type,
                template_own_type=template_own_type,
                client=self._owner.client,
            )

    async def iter_list_smart_live_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        dh_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        live_state: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
        template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[SmartLiveRoomBaseInfo]:
        """Every item of `list_smart_live_rooms` (`smart_live_rooms`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        该接口用于智能直播间列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按直播间名称模糊查询。
            dh_id: 按数字人形象ID查询。
            model_name: 按形象名称模糊查询。
            live_state: 当前直播间直播状态。 WAITING, PROCESSING, SUCCESS, FAILED, CANCELED对应直播任务状态 NULL 对应没有直播任务 可多个状态查询, 使用英文逗号分隔。
            start_time: 最近直播任务起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            room_type: 按直播间类型查询。直播间类型。 • NORMAL: 普通直播间, 直播间一直存在, 可以反复开播 • TEMP: 临时直播间, 直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。
            template_own_type: 按照自己拥有的和别人分享以及公共的模板进行查询 • OWNED 自己拥有且暂未共享的 • SHARED_TO_OHTERS 分享给别人的 • SHARED_FROM_OHTERS 别人分享给我的 • PUBLIC
                公共模板
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_smart_live_rooms(
                offset=_offset,
                limit=limit,
                room_name=room_name,
                dh_id=dh_id,
                model_name=model_name,
                live_state=live_state,
                start_time=start_time,
                end_time=end_time,
                room_type=room_type,
                template_own_type=template_own_type,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_live_rooms", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_smart_live_room(
        self,
        *,
        body: CreateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSmartLiveRoomResponse:
        """Create a smart live room

        该接口用于创建智能直播间。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_smart_live_room.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartLiveRoomResponse:
        """Show a smart live room

        该接口用于查询智能直播剧本详情。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_smart_live_room.asyncio(self._owner.project_id, room_id, client=self._owner.client)

    async def update_smart_live_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSmartLiveRoomResponse:
        """Update a smart live room

        该接口用于智能直播间信息。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_smart_live_room.asyncio(
                self._owner.project_id, room_id, body=body, client=self._owner.client
            )

    async def delete_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a smart live room

        该接口用于删除智能直播间。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_smart_live_room.asyncio(self._owner.project_id, room_id, client=self._owner.client)

    async def list_smart_live_interaction_rule_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartLiveInteractionRuleGroupsResponse:
        """List live room interaction rule groups

        该接口用于智能直播间互动规则库列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            group_name: 规则库名称
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_smart_live_interaction_rule_groups.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                create_since=create_since,
                create_until=create_until,
                group_name=group_name,
                client=self._owner.client,
            )

    async def iter_list_smart_live_interaction_rule_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[InteractionRuleGroupDetail]:
        """Every item of `list_smart_live_interaction_rule_groups` (`interaction_rule_groups`), page after page from
        `offset`, until `count` is reached or a page comes back short.

        该接口用于智能直播间互动规则库列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            group_name: 规则库名称
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_smart_live_interaction_rule_groups(
                offset=_offset,
                limit=limit,
                create_since=create_since,
                create_until=create_until,
                group_name=group_name,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "interaction_rule_groups", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_smart_live_interaction_rule_group(
        self,
        *,
        body: CreateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSmartLiveInteractionRuleGroupResponse:
        """Create a live room interaction rule group

        该接口用于创建智能直播间互动规则库。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_smart_live_interaction_rule_group.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def update_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        body: UpdateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSmartLiveInteractionRuleGroupResponse:
        """Update a live room interaction rule group

        该接口用于更新智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_smart_live_interaction_rule_group.asyncio(
                self._owner.project_id, group_id, body=body, client=self._owner.client
            )

    async def delete_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a live room interaction rule group

        该接口用于删除智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_smart_live_interaction_rule_group.asyncio(
                self._owner.project_id, group_id, client=self._owner.client
            )


class AsyncSmartLiveRoomsWithRawResponse:
    """Operations of tag `smart_live_rooms` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_smart_live_rooms(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_name: str | Unset = UNSET,
        dh_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        live_state: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
        template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List smart live rooms

        该接口用于智能直播间列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_name: 按直播间名称模糊查询。
            dh_id: 按数字人形象ID查询。
            model_name: 按形象名称模糊查询。
            live_state: 当前直播间直播状态。 WAITING, PROCESSING, SUCCESS, FAILED, CANCELED对应直播任务状态 NULL 对应没有直播任务 可多个状态查询, 使用英文逗号分隔。
            start_time: 最近直播任务起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            room_type: 按直播间类型查询。直播间类型。 • NORMAL: 普通直播间, 直播间一直存在, 可以反复开播 • TEMP: 临时直播间, 直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。
            template_own_type: 按照自己拥有的和别人分享以及公共的模板进行查询 • OWNED 自己拥有且暂未共享的 • SHARED_TO_OHTERS 分享给别人的 • SHARED_FROM_OHTERS 别人分享给我的 • PUBLIC
                公共模板
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_smart_live_rooms._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    room_name=room_name,
                    dh_id=dh_id,
                    model_name=model_name,
                    live_state=live_state,
                    start_time=start_time,
                    end_time=end_time,
                    room_type=room_type,
                    template_own_type=template_own_type,
                )
            )

    async def create_smart_live_room(
        self,
        *,
        body: CreateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a smart live room

        该接口用于创建智能直播间。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_smart_live_room._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart live room

        该接口用于查询智能直播剧本详情。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_smart_live_room._get_kwargs(self._owner.project_id, room_id)
            )

    async def update_smart_live_room(
        self,
        room_id: str,
        *,
        body: UpdateSmartLiveRoomRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a smart live room

        该接口用于智能直播间信息。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_smart_live_room._get_kwargs(self._owner.project_id, room_id, body=body)
            )

    async def delete_smart_live_room(
        self,
        room_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a smart live room

        该接口用于删除智能直播间。

        Args:
            room_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_smart_live_room._get_kwargs(self._owner.project_id, room_id)
            )

    async def list_smart_live_interaction_rule_groups(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List live room interaction rule groups

        该接口用于智能直播间互动规则库列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            group_name: 规则库名称
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_smart_live_interaction_rule_groups._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    create_since=create_since,
                    create_until=create_until,
                    group_name=group_name,
                )
            )

    async def create_smart_live_interaction_rule_group(
        self,
        *,
        body: CreateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a live room interaction rule group

        该接口用于创建智能直播间互动规则库。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_smart_live_interaction_rule_group._get_kwargs(self._owner.project_id, body=body)
            )

    async def update_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        body: UpdateSmartLiveInteractionRuleGroupRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a live room interaction rule group

        该接口用于更新智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_smart_live_interaction_rule_group._get_kwargs(self._owner.project_id, group_id, body=body)
            )

    async def delete_smart_live_interaction_rule_group(
        self,
        group_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a live room interaction rule group

        该接口用于删除智能直播间互动规则库。

        Args:
            group_id: 互动规则库ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_smart_live_interaction_rule_group._get_kwargs(self._owner.project_id, group_id)
            )
