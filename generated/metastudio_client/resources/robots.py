"""Operations of tag `robots`: `Robots` (sync), `AsyncRobots` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.robots import create_robot as _create_robot
from ..api.robots import delete_robots as _delete_robots
from ..api.robots import list_robots as _list_robots
from ..api.robots import show_robot as _show_robot
from ..api.robots import update_robot as _update_robot
from ..models.create_robot_request import CreateRobotRequest
from ..models.create_robot_response import CreateRobotResponse
from ..models.list_robots_response import ListRobotsResponse
from ..models.list_robots_robot_type import ListRobotsRobotType
from ..models.robot_info import RobotInfo
from ..models.show_robot_response import ShowRobotResponse
from ..models.update_robot_request import UpdateRobotRequest
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncRobots", "AsyncRobotsWithRawResponse", "Robots", "RobotsWithRawResponse"]


class Robots:
    """Operations of tag `robots`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "RobotsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return RobotsWithRawResponse(self._owner)

    def list_robots(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_id: str | Unset = UNSET,
        robot_type: ListRobotsRobotType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListRobotsResponse:
        """List chat robots (applications)

        查询应用列表。该接口用于查询应用列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_id: 智能交互对话房间ID。
            robot_type: 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_robots.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                room_id=room_id,
                robot_type=robot_type,
                client=self._owner.client,
            )

    def iter_list_robots(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_id: str | Unset = UNSET,
        robot_type: ListRobotsRobotType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[RobotInfo]:
        """Every item of `list_robots` (`data`), page after page from `offset`, until `count` is reached or a page comes
        back short.

        查询应用列表。该接口用于查询应用列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_id: 智能交互对话房间ID。
            robot_type: 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_robots(
                offset=_offset,
                limit=limit,
                room_id=room_id,
                robot_type=robot_type,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_robot(
        self,
        *,
        body: CreateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateRobotResponse:
        """Create a chat robot (application)

        创建应用。该接口用于创建应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_robot.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_robot(
        self,
        robot_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowRobotResponse:
        """Show a chat robot (application)

        查询应用详情。该接口用于查询应用详情。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_robot.sync(self._owner.project_id, robot_id, client=self._owner.client)

    def update_robot(
        self,
        robot_id: str,
        *,
        body: UpdateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a chat robot (application)

        修改应用。该接口用于修改应用。

        Args:
            robot_id: 应用ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_robot.sync(self._owner.project_id, robot_id, body=body, client=self._owner.client)

    def delete_robots(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete chat robots (applications) in batch

        删除应用。该接口用于删除应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_robots.sync(self._owner.project_id, body=body, client=self._owner.client)


class RobotsWithRawResponse:
    """Operations of tag `robots` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_robots(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_id: str | Unset = UNSET,
        robot_type: ListRobotsRobotType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List chat robots (applications)

        查询应用列表。该接口用于查询应用列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_id: 智能交互对话房间ID。
            robot_type: 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_robots._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, room_id=room_id, robot_type=robot_type
                )
            )

    def create_robot(
        self,
        *,
        body: CreateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a chat robot (application)

        创建应用。该接口用于创建应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_robot._get_kwargs(self._owner.project_id, body=body)
            )

    def show_robot(
        self,
        robot_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a chat robot (application)

        查询应用详情。该接口用于查询应用详情。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_robot._get_kwargs(self._owner.project_id, robot_id)
            )

    def update_robot(
        self,
        robot_id: str,
        *,
        body: UpdateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a chat robot (application)

        修改应用。该接口用于修改应用。

        Args:
            robot_id: 应用ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_robot._get_kwargs(self._owner.project_id, robot_id, body=body)
            )

    def delete_robots(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete chat robots (applications) in batch

        删除应用。该接口用于删除应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_robots._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncRobots:
    """Operations of tag `robots` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncRobotsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncRobotsWithRawResponse(self._owner)

    async def list_robots(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_id: str | Unset = UNSET,
        robot_type: ListRobotsRobotType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListRobotsResponse:
        """List chat robots (applications)

        查询应用列表。该接口用于查询应用列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_id: 智能交互对话房间ID。
            robot_type: 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_robots.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                room_id=room_id,
                robot_type=robot_type,
                client=self._owner.client,
            )

    async def iter_list_robots(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_id: str | Unset = UNSET,
        robot_type: ListRobotsRobotType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[RobotInfo]:
        """Every item of `list_robots` (`data`), page after page from `offset`, until `count` is reached or a page comes
        back short.

        查询应用列表。该接口用于查询应用列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_id: 智能交互对话房间ID。
            robot_type: 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_robots(
                offset=_offset,
                limit=limit,
                room_id=room_id,
                robot_type=robot_type,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_robot(
        self,
        *,
        body: CreateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateRobotResponse:
        """Create a chat robot (application)

        创建应用。该接口用于创建应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_robot.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_robot(
        self,
        robot_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowRobotResponse:
        """Show a chat robot (application)

        查询应用详情。该接口用于查询应用详情。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_robot.asyncio(self._owner.project_id, robot_id, client=self._owner.client)

    async def update_robot(
        self,
        robot_id: str,
        *,
        body: UpdateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a chat robot (application)

        修改应用。该接口用于修改应用。

        Args:
            robot_id: 应用ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_robot.asyncio(self._owner.project_id, robot_id, body=body, client=self._owner.client)

    async def delete_robots(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete chat robots (applications) in batch

        删除应用。该接口用于删除应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_robots.asyncio(self._owner.project_id, body=body, client=self._owner.client)


class AsyncRobotsWithRawResponse:
    """Operations of tag `robots` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_robots(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        room_id: str | Unset = UNSET,
        robot_type: ListRobotsRobotType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List chat robots (applications)

        查询应用列表。该接口用于查询应用列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            room_id: 智能交互对话房间ID。
            robot_type: 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_robots._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, room_id=room_id, robot_type=robot_type
                )
            )

    async def create_robot(
        self,
        *,
        body: CreateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a chat robot (application)

        创建应用。该接口用于创建应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_robot._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_robot(
        self,
        robot_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a chat robot (application)

        查询应用详情。该接口用于查询应用详情。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_robot._get_kwargs(self._owner.project_id, robot_id)
            )

    async def update_robot(
        self,
        robot_id: str,
        *,
        body: UpdateRobotRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a chat robot (application)

        修改应用。该接口用于修改应用。

        Args:
            robot_id: 应用ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_robot._get_kwargs(self._owner.project_id, robot_id, body=body)
            )

    async def delete_robots(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete chat robots (applications) in batch

        删除应用。该接口用于删除应用。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_robots._get_kwargs(self._owner.project_id, body=body)
            )
