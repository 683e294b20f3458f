"""Operations of tag `hot_questions`: `HotQuestions` (sync), `AsyncHotQuestions` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.hot_questions import create_hot_question as _create_hot_question
from ..api.hot_questions import delete_hot_questions as _delete_hot_questions
from ..api.hot_questions import list_hot_questions as _list_hot_questions
from ..api.hot_questions import show_hot_question as _show_hot_question
from ..api.hot_questions import update_hot_question as _update_hot_question
from ..models.create_hot_question_request import CreateHotQuestionRequest
from ..models.create_hot_question_response import CreateHotQuestionResponse
from ..models.hot_question_info import HotQuestionInfo
from ..models.list_hot_questions_response import ListHotQuestionsResponse
from ..models.list_hot_questions_sort_dir import ListHotQuestionsSortDir
from ..models.show_hot_question_response import ShowHotQuestionResponse
from ..models.update_hot_question_request import UpdateHotQuestionRequest
from ..models.update_hot_question_response import UpdateHotQuestionResponse
from ..types import Unset
from . import Owner, next_page

__all__ = ["AsyncHotQuestions", "AsyncHotQuestionsWithRawResponse", "HotQuestions", "HotQuestionsWithRawResponse"]


class HotQuestions:
    """Operations of tag `hot_questions`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "HotQuestionsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return HotQuestionsWithRawResponse(self._owner)

    def list_hot_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_dir: ListHotQuestionsSortDir | Unset = ListHotQuestionsSortDir.ASC,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListHotQuestionsResponse:
        """List hot questions

        查询热点问题列表。该接口用于查询热点问题列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            robot_id: 机器人ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_hot_questions.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                sort_dir=sort_dir,
                robot_id=robot_id,
                client=self._owner.client,
            )

    def iter_list_hot_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_dir: ListHotQuestionsSortDir | Unset = ListHotQuestionsSortDir.ASC,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[HotQuestionInfo]:
        """Every item of `list_hot_questions` (`data`), page after page from `offset`, until `count` is reached or a page
        comes back short.

        查询热点问题列表。该接口用于查询热点问题列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            robot_id: 机器人ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_hot_questions(
                offset=_offset,
                limit=limit,
                sort_dir=sort_dir,
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

    def create_hot_question(
        self,
        *,
        body: CreateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateHotQuestionResponse:
        """Create a hot question

        创建热点问题。该接口用于创建热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_hot_question.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_hot_question(
        self,
        hot_question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowHotQuestionResponse:
        """Show a hot question

        查询热点问题详情。该接口用于查询热点问题详情。

        Args:
            hot_question_id: 热点问题ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_hot_question.sync(self._owner.project_id, hot_question_id, client=self._owner.client)

    def update_hot_question(
        self,
        hot_question_id: str,
        *,
        body: UpdateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateHotQuestionResponse:
        """Update a hot question

        修改热点问题。该接口用于修改热点问题。

        Args:
            hot_question_id: 热点问题ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_hot_question.sync(
                self._owner.project_id, hot_question_id, body=body, client=self._owner.client
            )

    def delete_hot_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete hot questions

        删除热点问题。该接口用于删除热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_hot_questions.sync(self._owner.project_id, body=body, client=self._owner.client)


class HotQuestionsWithRawResponse:
    """Operations of tag `hot_questions` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_hot_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_dir: ListHotQuestionsSortDir | Unset = ListHotQuestionsSortDir.ASC,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List hot questions

        查询热点问题列表。该接口用于查询热点问题列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            robot_id: 机器人ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_hot_questions._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, sort_dir=sort_dir, robot_id=robot_id
                )
            )

    def create_hot_question(
        self,
        *,
        body: CreateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a hot question

        创建热点问题。该接口用于创建热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_hot_question._get_kwargs(self._owner.project_id, body=body)
            )

    def show_hot_question(
        self,
        hot_question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a hot question

        查询热点问题详情。该接口用于查询热点问题详情。

        Args:
            hot_question_id: 热点问题ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_hot_question._get_kwargs(self._owner.project_id, hot_question_id)
            )

    def update_hot_question(
        self,
        hot_question_id: str,
        *,
        body: UpdateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a hot question

        修改热点问题。该接口用于修改热点问题。

        Args:
            hot_question_id: 热点问题ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_hot_question._get_kwargs(self._owner.project_id, hot_question_id, body=body)
            )

    def delete_hot_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete hot questions

        删除热点问题。该接口用于删除热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_hot_questions._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncHotQuestions:
    """Operations of tag `hot_questions` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncHotQuestionsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncHotQuestionsWithRawResponse(self._owner)

    async def list_hot_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_dir: ListHotQuestionsSortDir | Unset = ListHotQuestionsSortDir.ASC,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListHotQuestionsResponse:
        """List hot questions

        查询热点问题列表。该接口用于查询热点问题列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            robot_id: 机器人ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_hot_questions.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                sort_dir=sort_dir,
                robot_id=robot_id,
                client=self._owner.client,
            )

    async def iter_list_hot_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_dir: ListHotQuestionsSortDir | Unset = ListHotQuestionsSortDir.ASC,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[HotQuestionInfo]:
        """Every item of `list_hot_questions` (`data`), page after page from `offset`, until `count` is reached or a page
        comes back short.

        查询热点问题列表。该接口用于查询热点问题列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            robot_id: 机器人ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_hot_questions(
                offset=_offset,
                limit=limit,
                sort_dir=sort_dir,
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

    async def create_hot_question(
        self,
        *,
        body: CreateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateHotQuestionResponse:
        """Create a hot question

        创建热点问题。该接口用于创建热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_hot_question.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_hot_question(
        self,
        hot_question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowHotQuestionResponse:
        """Show a hot question

        查询热点问题详情。该接口用于查询热点问题详情。

        Args:
            hot_question_id: 热点问题ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_hot_question.asyncio(self._owner.project_id, hot_question_id, client=self._owner.client)

    async def update_hot_question(
        self,
        hot_question_id: str,
        *,
        body: UpdateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateHotQuestionResponse:
        """Update a hot question

        修改热点问题。该接口用于修改热点问题。

        Args:
            hot_question_id: 热点问题ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_hot_question.asyncio(
                self._owner.project_id, hot_question_id, body=body, client=self._owner.client
            )

    async def delete_hot_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete hot questions

        删除热点问题。该接口用于删除热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_hot_questions.asyncio(self._owner.project_id, body=body, client=self._owner.client)


class AsyncHotQuestionsWithRawResponse:
    """Operations of tag `hot_questions` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_hot_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_dir: ListHotQuestionsSortDir | Unset = ListHotQuestionsSortDir.ASC,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List hot questions

        查询热点问题列表。该接口用于查询热点问题列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            robot_id: 机器人ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_hot_questions._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, sort_dir=sort_dir, robot_id=robot_id
                )
            )

    async def create_hot_question(
        self,
        *,
        body: CreateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a hot question

        创建热点问题。该接口用于创建热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_hot_question._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_hot_question(
        self,
        hot_question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a hot question

        查询热点问题详情。该接口用于查询热点问题详情。

        Args:
            hot_question_id: 热点问题ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_hot_question._get_kwargs(self._owner.project_id, hot_question_id)
            )

    async def update_hot_question(
        self,
        hot_question_id: str,
        *,
        body: UpdateHotQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a hot question

        修改热点问题。该接口用于修改热点问题。

        Args:
            hot_question_id: 热点问题ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_hot_question._get_kwargs(self._owner.project_id, hot_question_id, body=body)
            )

    async def delete_hot_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete hot questions

        删除热点问题。该接口用于删除热点问题。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_hot_questions._get_kwargs(self._owner.project_id, body=body)
            )
