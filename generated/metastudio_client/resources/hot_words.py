"""Operations of tag `hot_words`: `HotWords` (sync), `AsyncHotWords` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.hot_words import create_hot_words_record as _create_hot_words_record
from ..api.hot_words import delete_hot_words_record as _delete_hot_words_record
from ..api.hot_words import list_hot_words_records as _list_hot_words_records
from ..api.hot_words import show_hot_words_record as _show_hot_words_record
from ..api.hot_words import show_hot_words_switch as _show_hot_words_switch
from ..api.hot_words import update_hot_words_record as _update_hot_words_record
from ..api.hot_words import update_hot_words_switch as _update_hot_words_switch
from ..models.create_hot_words_record_request import CreateHotWordsRecordRequest
from ..models.create_hot_words_record_response import CreateHotWordsRecordResponse
from ..models.hot_words_info import HotWordsInfo
from ..models.list_hot_words_records_language import ListHotWordsRecordsLanguage
from ..models.list_hot_words_records_response import ListHotWordsRecordsResponse
from ..models.show_hot_words_record_response import ShowHotWordsRecordResponse
from ..models.show_hot_words_switch_response import ShowHotWordsSwitchResponse
from ..models.update_hot_words_record_request import UpdateHotWordsRecordRequest
from ..models.update_hot_words_record_response import UpdateHotWordsRecordResponse
from ..models.update_hot_words_switch_request import UpdateHotWordsSwitchRequest
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncHotWords", "AsyncHotWordsWithRawResponse", "HotWords", "HotWordsWithRawResponse"]


class HotWords:
    """Operations of tag `hot_words`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "HotWordsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return HotWordsWithRawResponse(self._owner)

    def list_hot_words_records(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        region: int | Unset = UNSET,
        language: ListHotWordsRecordsLanguage | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListHotWordsRecordsResponse:
        """List hot words records

        查询热词记录列表。该接口用于查询热词记录列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            region: sis服务所在区域 取值范围： 0-32
            language: 智能交互语言 zh_CN:简体中文 en_US:英语
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_hot_words_records.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                robot_id=robot_id,
                region=region,
                language=language,
                client=self._owner.client,
            )

    def iter_list_hot_words_records(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        region: int | Unset = UNSET,
        language: ListHotWordsRecordsLanguage | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[HotWordsInfo]:
        """Every item of `list_hot_words_records` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询热词记录列表。该接口用于查询热词记录列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            region: sis服务所在区域 取值范围： 0-32
            language: 智能交互语言 zh_CN:简体中文 en_US:英语
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_hot_words_records(
                offset=_offset,
                limit=limit,
                robot_id=robot_id,
                region=region,
                language=language,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_hot_words_record(
        self,
        *,
        body: CreateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateHotWordsRecordResponse:
        """Create a hot words record

        创建热词记录。该接口用于创建热词记录。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_hot_words_record.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowHotWordsRecordResponse:
        """Show a hot words record

        查询配置热词记录详情。该接口用于查询热词记录详情。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_hot_words_record.sync(self._owner.project_id, hot_words_id, client=self._owner.client)

    def update_hot_words_record(
        self,
        hot_words_id: str,
        *,
        body: UpdateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateHotWordsRecordResponse:
        """Update a hot words record

        修改热词记录。该接口用于修改热词记录。

        Args:
            hot_words_id: 热词记录ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_hot_words_record.sync(
                self._owner.project_id, hot_words_id, body=body, client=self._owner.client
            )

    def delete_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a hot words record

        删除热词记录。该接口用于删除热词记录。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_hot_words_record.sync(self._owner.project_id, hot_words_id, client=self._owner.client)

    def show_hot_words_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowHotWordsSwitchResponse:
        """Show the hot words switch

        查询热词功能开关。该接口用于查询热词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_hot_words_switch.sync(self._owner.project_id, robot_id=robot_id, client=self._owner.client)

    def update_hot_words_switch(
        self,
        *,
        body: UpdateHotWordsSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update the hot words switch

        修改热词功能开关。该接口用于修改热词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_hot_words_switch.sync(self._owner.project_id, body=body, client=self._owner.client)


class HotWordsWithRawResponse:
    """Operations of tag `hot_words` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_hot_words_records(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        region: int | Unset = UNSET,
        language: ListHotWordsRecordsLanguage | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List hot words records

        查询热词记录列表。该接口用于查询热词记录列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            region: sis服务所在区域 取值范围： 0-32
            language: 智能交互语言 zh_CN:简体中文 en_US:英语
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_hot_words_records._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    robot_id=robot_id,
                    region=region,
                    language=language,
                )
            )

    def create_hot_words_record(
        self,
        *,
        body: CreateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a hot words record

        创建热词记录。该接口用于创建热词记录。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_hot_words_record._get_kwargs(self._owner.project_id, body=body)
            )

    def show_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a hot words record

        查询配置热词记录详情。该接口用于查询热词记录详情。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_hot_words_record._get_kwargs(self._owner.project_id, hot_words_id)
            )

    def update_hot_words_record(
        self,
        hot_words_id: str,
        *,
        body: UpdateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a hot words record

        修改热词记录。该接口用于修改热词记录。

        Args:
            hot_words_id: 热词记录ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_hot_words_record._get_kwargs(self._owner.project_id, hot_words_id, body=body)
            )

    def delete_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a hot words record

        删除热词记录。该接口用于删除热词记录。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_hot_words_record._get_kwargs(self._owner.project_id, hot_words_id)
            )

    def show_hot_words_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the hot words switch

        查询热词功能开关。该接口用于查询热词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_hot_words_switch._get_kwargs(self._owner.project_id, robot_id=robot_id)
            )

    def update_hot_words_switch(
        self,
        *,
        body: UpdateHotWordsSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update the hot words switch

        修改热词功能开关。该接口用于修改热词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_hot_words_switch._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncHotWords:
    """Operations of tag `hot_words` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncHotWordsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncHotWordsWithRawResponse(self._owner)

    async def list_hot_words_records(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        region: int | Unset = UNSET,
        language: ListHotWordsRecordsLanguage | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListHotWordsRecordsResponse:
        """List hot words records

        查询热词记录列表。该接口用于查询热词记录列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            region: sis服务所在区域 取值范围： 0-32
            language: 智能交互语言 zh_CN:简体中文 en_US:英语
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_hot_words_records.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                robot_id=robot_id,
                region=region,
                language=language,
                client=self._owner.client,
            )

    async def iter_list_hot_words_records(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        region: int | Unset = UNSET,
        language: ListHotWordsRecordsLanguage | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[HotWordsInfo]:
        """Every item of `list_hot_words_records` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询热词记录列表。该接口用于查询热词记录列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            region: sis服务所在区域 取值范围： 0-32
            language: 智能交互语言 zh_CN:简体中文 en_US:英语
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_hot_words_records(
                offset=_offset,
                limit=limit,
                robot_id=robot_id,
                region=region,
                language=language,
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

    async def create_hot_words_record(
        self,
        *,
        body: CreateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateHotWordsRecordResponse:
        """Create a hot words record

        创建热词记录。该接口用于创建热词记录。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_hot_words_record.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowHotWordsRecordResponse:
        """Show a hot words record

        查询配置热词记录详情。该接口用于查询热词记录详情。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_hot_words_record.asyncio(self._owner.project_id, hot_words_id, client=self._owner.client)

    async def update_hot_words_record(
        self,
        hot_words_id: str,
        *,
        body: UpdateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateHotWordsRecordResponse:
        """Update a hot words record

        修改热词记录。该接口用于修改热词记录。

        Args:
            hot_words_id: 热词记录ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_hot_words_record.asyncio(
                self._owner.project_id, hot_words_id, body=body, client=self._owner.client
            )

    async def delete_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a hot words record

        删除热词记录。该接口用于删除热词记录。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_hot_words_record.asyncio(
                self._owner.project_id, hot_words_id, client=self._owner.client
            )

    async def show_hot_words_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowHotWordsSwitchResponse:
        """Show the hot words switch

        查询热词功能开关。该接口用于查询热词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_hot_words_switch.asyncio(
                self._owner.project_id, robot_id=robot_id, client=self._owner.client
            )

    async def update_hot_words_switch(
        self,
        *,
        body: UpdateHotWordsSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update the hot words switch

        修改热词功能开关。该接口用于修改热词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_hot_words_switch.asyncio(self._owner.project_id, body=body, client=self._owner.client)


class AsyncHotWordsWithRawResponse:
    """Operations of tag `hot_words` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_hot_words_records(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        region: int | Unset = UNSET,
        language: ListHotWordsRecordsLanguage | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List hot words records

        查询热词记录列表。该接口用于查询热词记录列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            region: sis服务所在区域 取值范围： 0-32
            language: 智能交互语言 zh_CN:简体中文 en_US:英语
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_hot_words_records._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    robot_id=robot_id,
                    region=region,
                    language=language,
                )
            )

    async def create_hot_words_record(
        self,
        *,
        body: CreateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a hot words record

        创建热词记录。该接口用于创建热词记录。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_hot_words_record._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a hot words record

        查询配置热词记录详情。该接口用于查询热词记录详情。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_hot_words_record._get_kwargs(self._owner.project_id, hot_words_id)
            )

    async def update_hot_words_record(
        self,
        hot_words_id: str,
        *,
        body: UpdateHotWordsRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a hot words record

        修改热词记录。该接口用于修改热词记录。

        Args:
            hot_words_id: 热词记录ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_hot_words_record._get_kwargs(self._owner.project_id, hot_words_id, body=body)
            )

    async def delete_hot_words_record(
        self,
        hot_words_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a hot words record

        删除热词记录。该接口用于删除热词记录。

        Args:
            hot_words_id: 热词记录ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_hot_words_record._get_kwargs(self._owner.project_id, hot_words_id)
            )

    async def show_hot_words_switch(
        self,
        *,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the hot words switch

        查询热词功能开关。该接口用于查询热词功能开关。

        Args:
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_hot_words_switch._get_kwargs(self._owner.project_id, robot_id=robot_id)
            )

    async def update_hot_words_switch(
        self,
        *,
        body: UpdateHotWordsSwitchRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update the hot words switch

        修改热词功能开关。该接口用于修改热词功能开关。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_hot_words_switch._get_kwargs(self._owner.project_id, body=body)
            )
