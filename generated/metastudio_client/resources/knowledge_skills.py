"""Operations of tag `knowledge_skills`: `KnowledgeSkills` (sync), `AsyncKnowledgeSkills` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.knowledge_skills import create_knowledge_skill as _create_knowledge_skill
from ..api.knowledge_skills import delete_knowledge_skills as _delete_knowledge_skills
from ..api.knowledge_skills import export_knowledge_skill as _export_knowledge_skill
from ..api.knowledge_skills import list_knowledge_skills as _list_knowledge_skills
from ..api.knowledge_skills import show_knowledge_skill as _show_knowledge_skill
from ..api.knowledge_skills import update_knowledge_skill as _update_knowledge_skill
from ..models.create_knowledge_skill_request import CreateKnowledgeSkillRequest
from ..models.create_knowledge_skill_response import CreateKnowledgeSkillResponse
from ..models.knowledge_skill_info import KnowledgeSkillInfo
from ..models.list_knowledge_skills_response import ListKnowledgeSkillsResponse
from ..models.show_knowledge_skill_response import ShowKnowledgeSkillResponse
from ..models.update_knowledge_skill_request import UpdateKnowledgeSkillRequest
from ..types import File, Unset
from . import Owner, next_page

__all__ = [
    "AsyncKnowledgeSkills",
    "AsyncKnowledgeSkillsWithRawResponse",
    "KnowledgeSkills",
    "KnowledgeSkillsWithRawResponse",
]


class KnowledgeSkills:
    """Operations of tag `knowledge_skills`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "KnowledgeSkillsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return KnowledgeSkillsWithRawResponse(self._owner)

    def list_knowledge_skills(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListKnowledgeSkillsResponse:
        """List knowledge base skills

        查询知识库技能列表。该接口用于查询知识库技能列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_knowledge_skills.sync(
                self._owner.project_id, offset=offset, limit=limit, client=self._owner.client
            )

    def iter_list_knowledge_skills(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[KnowledgeSkillInfo]:
        """Every item of `list_knowledge_skills` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询知识库技能列表。该接口用于查询知识库技能列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_knowledge_skills(
                offset=_offset, limit=limit, timeout=timeout, retries=retries, extra_headers=extra_headers
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_knowledge_skill(
        self,
        *,
        body: CreateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeSkillResponse:
        """Create a knowledge base skill

        创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_knowledge_skill.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_knowledge_skill(
        self,
        skill_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowKnowledgeSkillResponse:
        """Show a knowledge base skill

        查询知识库技能详情。该接口用于查询知识库技能详情。

        Args:
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_knowledge_skill.sync(self._owner.project_id, skill_id, client=self._owner.client)

    def update_knowledge_skill(
        self,
        skill_id: str,
        *,
        body: UpdateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a knowledge base skill

        修改知识库技能。该接口用于修改知识库技能。

        Args:
            skill_id: 技能ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_knowledge_skill.sync(self._owner.project_id, skill_id, body=body, client=self._owner.client)

    def delete_knowledge_skills(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete knowledge base skills

        删除知识库技能。该接口用于删除知识库技能。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_knowledge_skills.sync(self._owner.project_id, body=body, client=self._owner.client)

    def export_knowledge_skill(
        self,
        skill_id: str,
        *,
        export_type: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> File:
        """Export a knowledge base skill

        导出知识库技能。该接口用于导出知识库技能。

        Args:
            skill_id: 技能ID。
            export_type: 导出格式类型。0: 科大讯飞 取值范围: 0-64
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _export_knowledge_skill.sync(
                self._owner.project_id, skill_id, export_type=export_type, client=self._owner.client
            )


class KnowledgeSkillsWithRawResponse:
    """Operations of tag `knowledge_skills` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_knowledge_skills(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List knowledge base skills

        查询知识库技能列表。该接口用于查询知识库技能列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_knowledge_skills._get_kwargs(self._owner.project_id, offset=offset, limit=limit)
            )

    def create_knowledge_skill(
        self,
        *,
        body: CreateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base skill

        创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_knowledge_skill._get_kwargs(self._owner.project_id, body=body)
            )

    def show_knowledge_skill(
        self,
        skill_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a knowledge base skill

        查询知识库技能详情。该接口用于查询知识库技能详情。

        Args:
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_knowledge_skill._get_kwargs(self._owner.project_id, skill_id)
            )

    def update_knowledge_skill(
        self,
        skill_id: str,
        *,
        body: UpdateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a knowledge base skill

        修改知识库技能。该接口用于修改知识库技能。

        Args:
            skill_id: 技能ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_knowledge_skill._get_kwargs(self._owner.project_id, skill_id, body=body)
            )

    def delete_knowledge_skills(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete knowledge base skills

        删除知识库技能。该接口用于删除知识库技能。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_knowledge_skills._get_kwargs(self._owner.project_id, body=body)
            )

    def export_knowledge_skill(
        self,
        skill_id: str,
        *,
        export_type: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Export a knowledge base skill

        导出知识库技能。该接口用于导出知识库技能。

        Args:
            skill_id: 技能ID。
            export_type: 导出格式类型。0: 科大讯飞 取值范围: 0-64
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_export_knowledge_skill._get_kwargs(self._owner.project_id, skill_id, export_type=export_type)
            )


class AsyncKnowledgeSkills:
    """Operations of tag `knowledge_skills` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncKnowledgeSkillsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncKnowledgeSkillsWithRawResponse(self._owner)

    async def list_knowledge_skills(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListKnowledgeSkillsResponse:
        """List knowledge base skills

        查询知识库技能列表。该接口用于查询知识库技能列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_knowledge_skills.asyncio(
                self._owner.project_id, offset=offset, limit=limit, client=self._owner.client
            )

    async def iter_list_knowledge_skills(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[KnowledgeSkillInfo]:
        """Every item of `list_knowledge_skills` (`data`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        查询知识库技能列表。该接口用于查询知识库技能列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_knowledge_skills(
                offset=_offset, limit=limit, timeout=timeout, retries=retries, extra_headers=extra_headers
            )
            _items, _next = next_page(_page, "data", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_knowledge_skill(
        self,
        *,
        body: CreateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateKnowledgeSkillResponse:
        """Create a knowledge base skill

        创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_knowledge_skill.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_knowledge_skill(
        self,
        skill_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowKnowledgeSkillResponse:
        """Show a knowledge base skill

        查询知识库技能详情。该接口用于查询知识库技能详情。

        Args:
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_knowledge_skill.asyncio(self._owner.project_id, skill_id, client=self._owner.client)

    async def update_knowledge_skill(
        self,
        skill_id: str,
        *,
        body: UpdateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a knowledge base skill

        修改知识库技能。该接口用于修改知识库技能。

        Args:
            skill_id: 技能ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_knowledge_skill.asyncio(
                self._owner.project_id, skill_id, body=body, client=self._owner.client
            )

    async def delete_knowledge_skills(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete knowledge base skills

        删除知识库技能。该接口用于删除知识库技能。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_knowledge_skills.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def export_knowledge_skill(
        self,
        skill_id: str,
        *,
        export_type: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> File:
        """Export a knowledge base skill

        导出知识库技能。该接口用于导出知识库技能。

        Args:
            skill_id: 技能ID。
            export_type: 导出格式类型。0: 科大讯飞 取值范围: 0-64
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _export_knowledge_skill.asyncio(
                self._owner.project_id, skill_id, export_type=export_type, client=self._owner.client
            )


class AsyncKnowledgeSkillsWithRawResponse:
    """Operations of tag `knowledge_skills` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_knowledge_skills(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List knowledge base skills

        查询知识库技能列表。该接口用于查询知识库技能列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_knowledge_skills._get_kwargs(self._owner.project_id, offset=offset, limit=limit)
            )

    async def create_knowledge_skill(
        self,
        *,
        body: CreateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a knowledge base skill

        创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_knowledge_skill._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_knowledge_skill(
        self,
        skill_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a knowledge base skill

        查询知识库技能详情。该接口用于查询知识库技能详情。

        Args:
            skill_id: 技能ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_knowledge_skill._get_kwargs(self._owner.project_id, skill_id)
            )

    async def update_knowledge_skill(
        self,
        skill_id: str,
        *,
        body: UpdateKnowledgeSkillRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a knowledge base skill

        修改知识库技能。该接口用于修改知识库技能。

        Args:
            skill_id: 技能ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_knowledge_skill._get_kwargs(self._owner.project_id, skill_id, body=body)
            )

    async def delete_knowledge_skills(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete knowledge base skills

        删除知识库技能。该接口用于删除知识库技能。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_knowledge_skills._get_kwargs(self._owner.project_id, body=body)
            )

    async def export_knowledge_skill(
        self,
        skill_id: str,
        *,
        export_type: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Export a knowledge base skill

        导出知识库技能。该接口用于导出知识库技能。

        Args:
            skill_id: 技能ID。
            export_type: 导出格式类型。0: 科大讯飞 取值范围: 0-64
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_export_knowledge_skill._get_kwargs(self._owner.project_id, skill_id, export_type=export_type)
            )
