"""Operations of tag `knowledge_intents`: `KnowledgeIntents` (sync), `AsyncKnowledgeIntents` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.knowledge_intents import create_knowledge_intent as _create_knowledge_intent
from ..api.knowledge_intents import create_knowledge_intent_and_questions as _create_knowledge_intent_and_questions
from ..api.knowledge_intents import delete_knowledge_intents as _delete_knowledge_intents
from ..api.knowledge_intents import list_knowledge_intents as _list_knowledge_intents
from ..api.knowledge_intents import show_knowledge_intent as _show_knowledge_intent
from ..api.knowledge_intents import update_knowledge_intent as _update_knowledge_intent
from ..models.create_knowledge_intent_and_questions_request import CreateKnowledgeIntentAndQuestionsRequest
from ..models.create_knowledge_intent_and_questions_response import CreateKnowledgeIntentAndQuestionsResponse
from ..models.create_knowledge_intent_request import CreateKnowledgeIntentRequest
from ..models.create_knowledge_intent_response import CreateKnowledgeIntentResponse
from ..models.knowledge_intent_info import KnowledgeIntentInfo
from ..models.list_knowledge_intents_response import ListKnowledgeIntentsResponse
from ..models.show_knowledge_intent_response import ShowKnowledgeIntentResponse
from ..models.update_knowledge_intent_request import UpdateKnowledgeIntentRequest
from ..types import Unset
from . import Owner, next_page

__all__ = [
    "AsyncKnowledgeIntents",
    "AsyncKnowledgeIntentsWithRawResponse",
    "KnowledgeIntents",
    "KnowledgeIntentsWithRawResponse",
]


class KnowledgeIntents:
    """Operations of tag `knowledge_intents`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "KnowledgeIntentsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return KnowledgeIntentsWithRawResponse(self._owner)

    def list_knowledge_intents(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        skill_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListKnowledgeIntentsResponse:
        """List knowledge base intents

        查询知识库意图列表。该接口用于查询知识库意图列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_knowledge_intents.sync(
                self._owner.project_id, offset=offset, limit=limit, skill_id=skill_id, client=self._owner.client
            )

    def iter_list_knowledge_intents(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        skill_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[KnowledgeIntentInfo]:
        """Every item of `list_knowledge_intents` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询知识库意图列表。该接口用于查询知识库意图列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_knowledge_intents(
                offset=_offset,
                limit=limit,
                skill_id=skill_id,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_knowledge_intent(
        self,
        *,
        body: CreateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeIntentResponse:
        """Create a knowledge base intent

        创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_knowledge_intent.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_knowledge_intent(
        self,
        intent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowKnowledgeIntentResponse:
        """Show a knowledge base intent

        查询知识库意图详情。该接口用于查询知识库意图详情。

        Args:
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_knowledge_intent.sync(self._owner.project_id, intent_id, client=self._owner.client)

    def update_knowledge_intent(
        self,
        intent_id: str,
        *,
        body: UpdateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a knowledge base intent

        修改知识库意图。该接口用于修改知识库意图。

        Args:
            intent_id: 意图ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_knowledge_intent.sync(
                self._owner.project_id, intent_id, body=body, client=self._owner.client
            )

    def delete_knowledge_intents(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete knowledge base intents

        删除知识库意图。该接口用于删除知识库意图。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_knowledge_intents.sync(self._owner.project_id, body=body, client=self._owner.client)

    def create_knowledge_intent_and_questions(
        self,
        *,
        body: CreateKnowledgeIntentAndQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeIntentAndQuestionsResponse:
        """Create a knowledge base intent with its questions

        创建知识库意图和问法。该接口用于创建知识库意图和问法。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_knowledge_intent_and_questions.sync(
                self._owner.project_id, body=body, client=self._owner.client
            )


class KnowledgeIntentsWithRawResponse:
    """Operations of tag `knowledge_intents` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_knowledge_intents(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        skill_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List knowledge base intents

        查询知识库意图列表。该接口用于查询知识库意图列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_knowledge_intents._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, skill_id=skill_id
                )
            )

    def create_knowledge_intent(
        self,
        *,
        body: CreateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base intent

        创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_knowledge_intent._get_kwargs(self._owner.project_id, body=body)
            )

    def show_knowledge_intent(
        self,
        intent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a knowledge base intent

        查询知识库意图详情。该接口用于查询知识库意图详情。

        Args:
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_knowledge_intent._get_kwargs(self._owner.project_id, intent_id)
            )

    def update_knowledge_intent(
        self,
        intent_id: str,
        *,
        body: UpdateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a knowledge base intent

        修改知识库意图。该接口用于修改知识库意图。

        Args:
            intent_id: 意图ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_knowledge_intent._get_kwargs(self._owner.project_id, intent_id, body=body)
            )

    def delete_knowledge_intents(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete knowledge base intents

        删除知识库意图。该接口用于删除知识库意图。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_knowledge_intents._get_kwargs(self._owner.project_id, body=body)
            )

    def create_knowledge_intent_and_questions(
        self,
        *,
        body: CreateKnowledgeIntentAndQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base intent with its questions

        创建知识库意图和问法。该接口用于创建知识库意图和问法。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_knowledge_intent_and_questions._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncKnowledgeIntents:
    """Operations of tag `knowledge_intents` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncKnowledgeIntentsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncKnowledgeIntentsWithRawResponse(self._owner)

    async def list_knowledge_intents(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        skill_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListKnowledgeIntentsResponse:
        """List knowledge base intents

        查询知识库意图列表。该接口用于查询知识库意图列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_knowledge_intents.asyncio(
                self._owner.project_id, offset=offset, limit=limit, skill_id=skill_id, client=self._owner.client
            )

    async def iter_list_knowledge_intents(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        skill_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[KnowledgeIntentInfo]:
        """Every item of `list_knowledge_intents` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询知识库意图列表。该接口用于查询知识库意图列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_knowledge_intents(
                offset=_offset,
                limit=limit,
                skill_id=skill_id,
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

    async def create_knowledge_intent(
        self,
        *,
        body: CreateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeIntentResponse:
        """Create a knowledge base intent

        创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_knowledge_intent.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_knowledge_intent(
        self,
        intent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowKnowledgeIntentResponse:
        """Show a knowledge base intent

        查询知识库意图详情。该接口用于查询知识库意图详情。

        Args:
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_knowledge_intent.asyncio(self._owner.project_id, intent_id, client=self._owner.client)

    async def update_knowledge_intent(
        self,
        intent_id: str,
        *,
        body: UpdateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a knowledge base intent

        修改知识库意图。该接口用于修改知识库意图。

        Args:
            intent_id: 意图ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_knowledge_intent.asyncio(
                self._owner.project_id, intent_id, body=body, client=self._owner.client
            )

    async def delete_knowledge_intents(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete knowledge base intents

        删除知识库意图。该接口用于删除知识库意图。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_knowledge_intents.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def create_knowledge_intent_and_questions(
        self,
        *,
        body: CreateKnowledgeIntentAndQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeIntentAndQuestionsResponse:
        """Create a knowledge base intent with its questions

        创建知识库意图和问法。该接口用于创建知识库意图和问法。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_knowledge_intent_and_questions.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )


class AsyncKnowledgeIntentsWithRawResponse:
    """Operations of tag `knowledge_intents` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_knowledge_intents(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        skill_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List knowledge base intents

        查询知识库意图列表。该接口用于查询知识库意图列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_knowledge_intents._get_kwargs(
                    self._owner.project_id, offset=offset, limit=limit, skill_id=skill_id
                )
            )

    async def create_knowledge_intent(
        self,
        *,
        body: CreateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base intent

        创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_knowledge_intent._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_knowledge_intent(
        self,
        intent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a knowledge base intent

        查询知识库意图详情。该接口用于查询知识库意图详情。

        Args:
            intent_id: 意图ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_knowledge_intent._get_kwargs(self._owner.project_id, intent_id)
            )

    async def update_knowledge_intent(
        self,
        intent_id: str,
        *,
        body: UpdateKnowledgeIntentRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a knowledge base intent

        修改知识库意图。该接口用于修改知识库意图。

        Args:
            intent_id: 意图ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_knowledge_intent._get_kwargs(self._owner.project_id, intent_id, body=body)
            )

    async def delete_knowledge_intents(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete knowledge base intents

        删除知识库意图。该接口用于删除知识库意图。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_knowledge_intents._get_kwargs(self._owner.project_id, body=body)
            )

    async def create_knowledge_intent_and_questions(
        self,
        *,
        body: CreateKnowledgeIntentAndQuestionsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base intent with its questions

        创建知识库意图和问法。该接口用于创建知识库意图和问法。一个意图包含一个主题，一个答案，若干个问法等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_knowledge_intent_and_questions._get_kwargs(self._owner.project_id, body=body)
            )
