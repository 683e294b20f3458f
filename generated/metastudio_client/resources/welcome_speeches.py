"""Operations of tag `welcome_speeches`: `WelcomeSpeeches` (sync), `AsyncWelcomeSpeeches` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.welcome_speeches import create_welcome_speech as _create_welcome_speech
from ..api.welcome_speeches import delete_welcome_speeches as _delete_welcome_speeches
from ..api.welcome_speeches import list_welcome_speeches as _list_welcome_speeches
from ..api.welcome_speeches import show_welcome_speech as _show_welcome_speech
from ..api.welcome_speeches import show_welcome_speech_switch as _show_welcome_speech_switch
from ..api.welcome_speeches import update_welcome_speech as _update_welcome_speech
from ..api.welcome_speeches import update_welcome_speech_switch as _update_welcome_speech_switch
from ..models.create_welcome_speech_request import CreateWelcomeSpeechRequest
from ..models.create_welcome_speech_response import CreateWelcomeSpeechResponse
from ..models.list_welcome_speeches_response import ListWelcomeSpeechesResponse
from ..models.show_welcome_speech_response import ShowWelcomeSpeechResponse
from ..models.show_welcome_speech_switch_response import ShowWelcomeSpeechSwitchResponse
from ..models.update_welcome_speech_request import UpdateWelcomeSpeechRequest
from ..models.update_welcome_speech_response import UpdateWelcomeSpeechResponse
from ..models.update_welcome_speech_switch_request import UpdateWelcomeSpeechSwitchRequest
from ..models.welcome_speech_info import WelcomeSpeechInfo
from ..types import Unset
from . import Owner, next_page

__all__ = [
    "AsyncWelcomeSpeeches",
    "AsyncWelcomeSpeechesWithRawResponse",
    "WelcomeSpeeches",
    "WelcomeSpeechesWithRawResponse",
]


class WelcomeSpeeches:
    """Operations of tag `welcome_speeches`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "WelcomeSpeechesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return WelcomeSpeechesWithRawResponse(self._owner)

    def list_welcome_speeches(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListWelcomeSpeechesResponse:
        """List welcome speeches

        查询欢迎词列表。该接口用于查询欢迎词列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_welcome_speeches.sync(
                self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id, client=self._owner.client
            )

    def iter_list_welcome_speeches(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[WelcomeSpeechInfo]:
        """Every item of `list_welcome_speeches` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询欢迎词列表。该接口用于查询欢迎词列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_welcome_speeches(
                offset=_offset,
                limit=limit,
                robot_id=robot_id,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_welcome_speech(
        self,
        *,
        body: CreateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateWelcomeSpeechResponse:
        """Create a welcome speech

        创建欢迎词。该接口用于创建欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_welcome_speech.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowWelcomeSpeechResponse:
        """Show a welcome speech

        查询欢迎词详情。该接口用于查询欢迎词详情。

        Args:
            welcome_speech_id: 欢迎词ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_welcome_speech.sync(self._owner.project_id, welcome_speech_id, client=self._owner.client)

    def update_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        body: UpdateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateWelcomeSpeechResponse:
        """Update a welcome speech

        修改欢迎词。该接口用于修改欢迎词。

        Args:
            welcome_speech_id: 欢迎词ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_welcome_speech.sync(
                self._owner.project_id, welcome_speech_id, body=body, client=self._owner.client
            )

    def delete_welcome_speeches(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete welcome speeches

        删除欢迎词。该接口用于删除欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_welcome_speeches.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_welcome_speech_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowWelcomeSpeechSwitchResponse:
        """Show the welcome speech switch

        查询欢迎词功能开关。该接口用于查询欢迎词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_welcome_speech_switch.sync(
                self._owner.project_id, robot_id=robot_id, client=self._owner.client
            )

    def update_welcome_speech_switch(
        self,
        *,
        body: UpdateWelcomeSpeechSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update the welcome speech switch

        修改欢迎词功能开关。该接口用于修改欢迎词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_welcome_speech_switch.sync(self._owner.project_id, body=body, client=self._owner.client)


class WelcomeSpeechesWithRawResponse:
    """Operations of tag `welcome_speeches` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_welcome_speeches(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List welcome speeches

        查询欢迎词列表。该接口用于查询欢迎词列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_welcome_speeches._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id
                )
            )

    def create_welcome_speech(
        self,
        *,
        body: CreateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a welcome speech

        创建欢迎词。该接口用于创建欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_welcome_speech._get_kwargs(self._owner.project_id, body=body)
            )

    def show_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a welcome speech

        查询欢迎词详情。该接口用于查询欢迎词详情。

        Args:
            welcome_speech_id: 欢迎词ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_welcome_speech._get_kwargs(self._owner.project_id, welcome_speech_id)
            )

    def update_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        body: UpdateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a welcome speech

        修改欢迎词。该接口用于修改欢迎词。

        Args:
            welcome_speech_id: 欢迎词ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_welcome_speech._get_kwargs(self._owner.project_id, welcome_speech_id, body=body)
            )

    def delete_welcome_speeches(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete welcome speeches

        删除欢迎词。该接口用于删除欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_welcome_speeches._get_kwargs(self._owner.project_id, body=body)
            )

    def show_welcome_speech_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the welcome speech switch

        查询欢迎词功能开关。该接口用于查询欢迎词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_welcome_speech_switch._get_kwargs(self._owner.project_id, robot_id=robot_id)
            )

    def update_welcome_speech_switch(
        self,
        *,
        body: UpdateWelcomeSpeechSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update the welcome speech switch

        修改欢迎词功能开关。该接口用于修改欢迎词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_welcome_speech_switch._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncWelcomeSpeeches:
    """Operations of tag `welcome_speeches` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncWelcomeSpeechesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncWelcomeSpeechesWithRawResponse(self._owner)

    async def list_welcome_speeches(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListWelcomeSpeechesResponse:
        """List welcome speeches

        查询欢迎词列表。该接口用于查询欢迎词列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_welcome_speeches.asyncio(
                self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id, client=self._owner.client
            )

    async def iter_list_welcome_speeches(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[WelcomeSpeechInfo]:
        """Every item of `list_welcome_speeches` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询欢迎词列表。该接口用于查询欢迎词列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_welcome_speeches(
                offset=_offset,
                limit=limit,
                robot_id=robot_id,
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

    async def create_welcome_speech(
        self,
        *,
        body: CreateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateWelcomeSpeechResponse:
        """Create a welcome speech

        创建欢迎词。该接口用于创建欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_welcome_speech.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowWelcomeSpeechResponse:
        """Show a welcome speech

        查询欢迎词详情。该接口用于查询欢迎词详情。

        Args:
            welcome_speech_id: 欢迎词ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_welcome_speech.asyncio(
                self._owner.project_id, welcome_speech_id, client=self._owner.client
            )

    async def update_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        body: UpdateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateWelcomeSpeechResponse:
        """Update a welcome speech

        修改欢迎词。该接口用于修改欢迎词。

        Args:
            welcome_speech_id: 欢迎词ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_welcome_speech.asyncio(
                self._owner.project_id, welcome_speech_id, body=body, client=self._owner.client
            )

    async def delete_welcome_speeches(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete welcome speeches

        删除欢迎词。该接口用于删除欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_welcome_speeches.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_welcome_speech_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowWelcomeSpeechSwitchResponse:
        """Show the welcome speech switch

        查询欢迎词功能开关。该接口用于查询欢迎词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_welcome_speech_switch.asyncio(
                self._owner.project_id, robot_id=robot_id, client=self._owner.client
            )

    async def update_welcome_speech_switch(
        self,
        *,
        body: UpdateWelcomeSpeechSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update the welcome speech switch

        修改欢迎词功能开关。该接口用于修改欢迎词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_welcome_speech_switch.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )


class AsyncWelcomeSpeechesWithRawResponse:
    """Operations of tag `welcome_speeches` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_welcome_speeches(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List welcome speeches

        查询欢迎词列表。该接口用于查询欢迎词列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_welcome_speeches._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id
                )
            )

    async def create_welcome_speech(
        self,
        *,
        body: CreateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a welcome speech

        创建欢迎词。该接口用于创建欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_welcome_speech._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a welcome speech

        查询欢迎词详情。该接口用于查询欢迎词详情。

        Args:
            welcome_speech_id: 欢迎词ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_welcome_speech._get_kwargs(self._owner.project_id, welcome_speech_id)
            )

    async def update_welcome_speech(
        self,
        welcome_speech_id: str,
        *,
        body: UpdateWelcomeSpeechRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a welcome speech

        修改欢迎词。该接口用于修改欢迎词。

        Args:
            welcome_speech_id: 欢迎词ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_welcome_speech._get_kwargs(self._owner.project_id, welcome_speech_id, body=body)
            )

    async def delete_welcome_speeches(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete welcome speeches

        删除欢迎词。该接口用于删除欢迎词。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_welcome_speeches._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_welcome_speech_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the welcome speech switch

        查询欢迎词功能开关。该接口用于查询欢迎词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_welcome_speech_switch._get_kwargs(self._owner.project_id, robot_id=robot_id)
            )

    async def update_welcome_speech_switch(
        self,
        *,
        body: UpdateWelcomeSpeechSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update the welcome speech switch

        修改欢迎词功能开关。该接口用于修改欢迎词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_welcome_speech_switch._get_kwargs(self._owner.project_id, body=body)
            )
