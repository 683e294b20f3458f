"""Operations of tag `knowledge_questions`: `KnowledgeQuestions` (sync), `AsyncKnowledgeQuestions` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.knowledge_questions import batch_create_knowledge_questions as _batch_create_knowledge_questions
from ..api.knowledge_questions import batch_update_knowledge_questions as _batch_update_knowledge_questions
from ..api.knowledge_questions import create_knowledge_question as _create_knowledge_question
from ..api.knowledge_questions import delete_knowledge_questions as _delete_knowledge_questions
from ..api.knowledge_questions import list_knowledge_questions as _list_knowledge_questions
from ..api.knowledge_questions import show_knowledge_question as _show_knowledge_question
from ..api.knowledge_questions import update_knowledge_question as _update_knowledge_question
from ..models.batch_create_knowledge_questions_request import BatchCreateKnowledgeQuestionsRequest
from ..models.batch_create_knowledge_questions_response import BatchCreateKnowledgeQuestionsResponse
from ..models.batch_update_knowledge_questions_request import BatchUpdateKnowledgeQuestionsRequest
from ..models.create_knowledge_question_request import CreateKnowledgeQuestionRequest
from ..models.create_knowledge_question_response import CreateKnowledgeQuestionResponse
from ..models.knowledge_question_info import KnowledgeQuestionInfo
from ..models.list_knowledge_questions_response import ListKnowledgeQuestionsResponse
from ..models.show_knowledge_question_response import ShowKnowledgeQuestionResponse
from ..models.update_knowledge_question_request import UpdateKnowledgeQuestionRequest
from ..types import Unset
from . import Owner, next_page

__all__ = [
    "AsyncKnowledgeQuestions",
    "AsyncKnowledgeQuestionsWithRawResponse",
    "KnowledgeQuestions",
    "KnowledgeQuestionsWithRawResponse",
]


class KnowledgeQuestions:
    """Operations of tag `knowledge_questions`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "KnowledgeQuestionsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return KnowledgeQuestionsWithRawResponse(self._owner)

    def list_knowledge_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        intent_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListKnowledgeQuestionsResponse:
        """List knowledge base questions

        查询知识库问法列表。该接口用于查询知识库问法列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_knowledge_questions.sync(
                self._owner.project_id, offset=offset, limit=limit, intent_id=intent_id, client=self._owner.client
            )

    def iter_list_knowledge_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        intent_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[KnowledgeQuestionInfo]:
        """Every item of `list_knowledge_questions` (`data`), page after page from `offset`, until `count` is reached or
        a page comes back short.

        查询知识库问法列表。该接口用于查询知识库问法列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_knowledge_questions(
                offset=_offset,
                limit=limit,
                intent_id=intent_id,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_knowledge_question(
        self,
        *,
        body: CreateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeQuestionResponse:
        """Create a knowledge base question

        创建知识库问法。该接口用于创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_knowledge_question.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_knowledge_question(
        self,
        question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowKnowledgeQuestionResponse:
        """Show a knowledge base question

        查询知识库问法详情。该接口用于查询知识库问法详情。

        Args:
            question_id: 问法ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_knowledge_question.sync(self._owner.project_id, question_id, client=self._owner.client)

    def update_knowledge_question(
        self,
        question_id: str,
        *,
        body: UpdateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a knowledge base question

        修改知识库问法。该接口用于修改知识库问法。

        Args:
            question_id: 问法ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_knowledge_question.sync(
                self._owner.project_id, question_id, body=body, client=self._owner.client
            )

    def delete_knowledge_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete knowledge base questions

        删除知识库问法。该接口用于删除知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_knowledge_questions.sync(self._owner.project_id, body=body, client=self._owner.client)

    def batch_update_knowledge_questions(
        self,
        *,
        body: BatchUpdateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Batch update knowledge base questions

        批量修改知识库问法。该接口用于批量修改知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _batch_update_knowledge_questions.sync(self._owner.project_id, body=body, client=self._owner.client)

    def batch_create_knowledge_questions(
        self,
        *,
        body: BatchCreateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchCreateKnowledgeQuestionsResponse:
        """Batch create knowledge base questions

        批量创建知识库问法。该接口用于批量创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _batch_create_knowledge_questions.sync(self._owner.project_id, body=body, client=self._owner.client)


class KnowledgeQuestionsWithRawResponse:
    """Operations of tag `knowledge_questions` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_knowledge_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        intent_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List knowledge base questions

        查询知识库问法列表。该接口用于查询知识库问法列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_knowledge_questions._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, intent_id=intent_id
                )
            )

    def create_knowledge_question(
        self,
        *,
        body: CreateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base question

        创建知识库问法。该接口用于创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_knowledge_question._get_kwargs(self._owner.project_id, body=body)
            )

    def show_knowledge_question(
        self,
        question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a knowledge base question

        查询知识库问法详情。该接口用于查询知识库问法详情。

        Args:
            question_id: 问法ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_knowledge_question._get_kwargs(self._owner.project_id, question_id)
            )

    def update_knowledge_question(
        self,
        question_id: str,
        *,
        body: UpdateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a knowledge base question

        修改知识库问法。该接口用于修改知识库问法。

        Args:
            question_id: 问法ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_knowledge_question._get_kwargs(self._owner.project_id, question_id, body=body)
            )

    def delete_knowledge_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete knowledge base questions

        删除知识库问法。该接口用于删除知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_knowledge_questions._get_kwargs(self._owner.project_id, body=body)
            )

    def batch_update_knowledge_questions(
        self,
        *,
        body: BatchUpdateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Batch update knowledge base questions

        批量修改知识库问法。该接口用于批量修改知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_batch_update_knowledge_questions._get_kwargs(self._owner.project_id, body=body)
            )

    def batch_create_knowledge_questions(
        self,
        *,
        body: BatchCreateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Batch create knowledge base questions

        批量创建知识库问法。该接口用于批量创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_batch_create_knowledge_questions._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncKnowledgeQuestions:
    """Operations of tag `knowledge_questions` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncKnowledgeQuestionsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncKnowledgeQuestionsWithRawResponse(self._owner)

    async def list_knowledge_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        intent_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListKnowledgeQuestionsResponse:
        """List knowledge base questions

        查询知识库问法列表。该接口用于查询知识库问法列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_knowledge_questions.asyncio(
                self._owner.project_id, offset=offset, limit=limit, intent_id=intent_id, client=self._owner.client
            )

    async def iter_list_knowledge_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        intent_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[KnowledgeQuestionInfo]:
        """Every item of `list_knowledge_questions` (`data`), page after page from `offset`, until `count` is reached or
        a page comes back short.

        查询知识库问法列表。该接口用于查询知识库问法列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_knowledge_questions(
                offset=_offset,
                limit=limit,
                intent_id=intent_id,
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

    async def create_knowledge_question(
        self,
        *,
        body: CreateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeQuestionResponse:
        """Create a knowledge base question

        创建知识库问法。该接口用于创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_knowledge_question.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def show_knowledge_question(
        self,
        question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowKnowledgeQuestionResponse:
        """Show a knowledge base question

        查询知识库问法详情。该接口用于查询知识库问法详情。

        Args:
            question_id: 问法ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_knowledge_question.asyncio(
                self._owner.project_id, question_id, client=self._owner.client
            )

    async def update_knowledge_question(
        self,
        question_id: str,
        *,
        body: UpdateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a knowledge base question

        修改知识库问法。该接口用于修改知识库问法。

        Args:
            question_id: 问法ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_knowledge_question.asyncio(
                self._owner.project_id, question_id, body=body, client=self._owner.client
            )

    async def delete_knowledge_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete knowledge base questions

        删除知识库问法。该接口用于删除知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_knowledge_questions.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def batch_update_knowledge_questions(
        self,
        *,
        body: BatchUpdateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Batch update knowledge base questions

        批量修改知识库问法。该接口用于批量修改知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _batch_update_knowledge_questions.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def batch_create_knowledge_questions(
        self,
        *,
        body: BatchCreateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchCreateKnowledgeQuestionsResponse:
        """Batch create knowledge base questions

        批量创建知识库问法。该接口用于批量创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _batch_create_knowledge_questions.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )


class AsyncKnowledgeQuestionsWithRawResponse:
    """Operations of tag `knowledge_questions` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_knowledge_questions(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        intent_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List knowledge base questions

        查询知识库问法列表。该接口用于查询知识库问法列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_knowledge_questions._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, intent_id=intent_id
                )
            )

    async def create_knowledge_question(
        self,
        *,
        body: CreateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base question

        创建知识库问法。该接口用于创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_knowledge_question._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_knowledge_question(
        self,
        question_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a knowledge base question

        查询知识库问法详情。该接口用于查询知识库问法详情。

        Args:
            question_id: 问法ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_knowledge_question._get_kwargs(self._owner.project_id, question_id)
            )

    async def update_knowledge_question(
        self,
        question_id: str,
        *,
        body: UpdateKnowledgeQuestionRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a knowledge base question

        修改知识库问法。该接口用于修改知识库问法。

        Args:
            question_id: 问法ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_knowledge_question._get_kwargs(self._owner.project_id, question_id, body=body)
            )

    async def delete_knowledge_questions(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete knowledge base questions

        删除知识库问法。该接口用于删除知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_knowledge_questions._get_kwargs(self._owner.project_id, body=body)
            )

    async def batch_update_knowledge_questions(
        self,
        *,
        body: BatchUpdateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Batch update knowledge base questions

        批量修改知识库问法。该接口用于批量修改知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_batch_update_knowledge_questions._get_kwargs(self._owner.project_id, body=body)
            )

    async def batch_create_knowledge_questions(
        self,
        *,
        body: BatchCreateKnowledgeQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Batch create knowledge base questions

        批量创建知识库问法。该接口用于批量创建知识库问法。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_batch_create_knowledge_questions._get_kwargs(self._owner.project_id, body=body)
            )
