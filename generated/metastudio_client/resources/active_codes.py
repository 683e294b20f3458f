"""Operations of tag `active_codes`: `ActiveCodes` (sync), `AsyncActiveCodes` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.active_codes import create_active_code as _create_active_code
from ..api.active_codes import delete_active_codes as _delete_active_codes
from ..api.active_codes import list_active_codes as _list_active_codes
from ..api.active_codes import reset_active_code as _reset_active_code
from ..api.active_codes import show_active_code as _show_active_code
from ..api.active_codes import update_active_code as _update_active_code
from ..models.active_code_info import ActiveCodeInfo
from ..models.create_active_code_request import CreateActiveCodeRequest
from ..models.create_active_code_response import CreateActiveCodeResponse
from ..models.list_active_codes_response import ListActiveCodesResponse
from ..models.reset_active_code_request import ResetActiveCodeRequest
from ..models.reset_active_code_response import ResetActiveCodeResponse
from ..models.show_active_code_response import ShowActiveCodeResponse
from ..models.update_active_code_request import UpdateActiveCodeRequest
from ..models.update_active_code_response import UpdateActiveCodeResponse
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncActiveCodes", "AsyncActiveCodesWithRawResponse", "ActiveCodes", "ActiveCodesWithRawResponse"]


class ActiveCodes:
    """Operations of tag `active_codes`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "ActiveCodesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return ActiveCodesWithRawResponse(self._owner)

    def list_active_codes(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListActiveCodesResponse:
        """List activation codes

        查询激活码列表。该接口用于查询激活码列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_active_codes.sync(
                self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id, client=self._owner.client
            )

    def iter_list_active_codes(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[ActiveCodeInfo]:
        """Every item of `list_active_codes` (`data`), page after page from `offset`, until `count` is reached or a page
        comes back short.

        查询激活码列表。该接口用于查询激活码列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_active_codes(
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

    def create_active_code(
        self,
        *,
        body: CreateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateActiveCodeResponse:
        """Create an activation code

        创建激活码。该接口用于创建激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_active_code.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_active_code(
        self,
        active_code_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowActiveCodeResponse:
        """Show an activation code

        查询激活码详情。该接口用于查询激活码详情。

        Args:
            active_code_id: 激活码ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_active_code.sync(self._owner.project_id, active_code_id, client=self._owner.client)

    def update_active_code(
        self,
        active_code_id: str,
        *,
        body: UpdateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateActiveCodeResponse:
        """Update an activation code

        修改激活码。该接口用于修改激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_active_code.sync(
                self._owner.project_id, active_code_id, body=body, client=self._owner.client
            )

    def reset_active_code(
        self,
        active_code_id: str,
        *,
        body: ResetActiveCodeRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResetActiveCodeResponse:
        """Reset an activation code

        重置激活码。该接口用于重置激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _reset_active_code.sync(self._owner.project_id, active_code_id, body=body, client=self._owner.client)

    def delete_active_codes(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete activation codes in batch

        删除激活码。该接口用于删除激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_active_codes.sync(self._owner.project_id, body=body, client=self._owner.client)


class ActiveCodesWithRawResponse:
    """Operations of tag `active_codes` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_active_codes(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List activation codes

        查询激活码列表。该接口用于查询激活码列表。

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
                **_list_active_codes._get_kwargs(self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id)
            )

    def create_active_code(
        self,
        *,
        body: CreateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create an activation code

        创建激活码。该接口用于创建激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_active_code._get_kwargs(self._owner.project_id, body=body)
            )

    def show_active_code(
        self,
        active_code_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show an activation code

        查询激活码详情。该接口用于查询激活码详情。

        Args:
            active_code_id: 激活码ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_active_code._get_kwargs(self._owner.project_id, active_code_id)
            )

    def update_active_code(
        self,
        active_code_id: str,
        *,
        body: UpdateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update an activation code

        修改激活码。该接口用于修改激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_active_code._get_kwargs(self._owner.project_id, active_code_id, body=body)
            )

    def reset_active_code(
        self,
        active_code_id: str,
        *,
        body: ResetActiveCodeRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Reset an activation code

        重置激活码。该接口用于重置激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_reset_active_code._get_kwargs(self._owner.project_id, active_code_id, body=body)
            )

    def delete_active_codes(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete activation codes in batch

        删除激活码。该接口用于删除激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_active_codes._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncActiveCodes:
    """Operations of tag `active_codes` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncActiveCodesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncActiveCodesWithRawResponse(self._owner)

    async def list_active_codes(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListActiveCodesResponse:
        """List activation codes

        查询激活码列表。该接口用于查询激活码列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_active_codes.asyncio(
                self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id, client=self._owner.client
            )

    async def iter_list_active_codes(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[ActiveCodeInfo]:
        """Every item of `list_active_codes` (`data`), page after page from `offset`, until `count` is reached or a page
        comes back short.

        查询激活码列表。该接口用于查询激活码列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            robot_id: 应用ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_active_codes(
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

    async def create_active_code(
        self,
        *,
        body: CreateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateActiveCodeResponse:
        """Create an activation code

        创建激活码。该接口用于创建激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_active_code.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_active_code(
        self,
        active_code_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowActiveCodeResponse:
        """Show an activation code

        查询激活码详情。该接口用于查询激活码详情。

        Args:
            active_code_id: 激活码ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_active_code.asyncio(self._owner.project_id, active_code_id, client=self._owner.client)

    async def update_active_code(
        self,
        active_code_id: str,
        *,
        body: UpdateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateActiveCodeResponse:
        """Update an activation code

        修改激活码。该接口用于修改激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_active_code.asyncio(
                self._owner.project_id, active_code_id, body=body, client=self._owner.client
            )

    async def reset_active_code(
        self,
        active_code_id: str,
        *,
        body: ResetActiveCodeRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResetActiveCodeResponse:
        """Reset an activation code

        重置激活码。该接口用于重置激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _reset_active_code.asyncio(
                self._owner.project_id, active_code_id, body=body, client=self._owner.client
            )

    async def delete_active_codes(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete activation codes in batch

        删除激活码。该接口用于删除激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_active_codes.asyncio(self._owner.project_id, body=body, client=self._owner.client)


class AsyncActiveCodesWithRawResponse:
    """Operations of tag `active_codes` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_active_codes(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List activation codes

        查询激活码列表。该接口用于查询激活码列表。

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
                **_list_active_codes._get_kwargs(self._owner.project_id, offset=offset, limit=limit, robot_id=robot_id)
            )

    async def create_active_code(
        self,
        *,
        body: CreateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create an activation code

        创建激活码。该接口用于创建激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_active_code._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_active_code(
        self,
        active_code_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show an activation code

        查询激活码详情。该接口用于查询激活码详情。

        Args:
            active_code_id: 激活码ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_active_code._get_kwargs(self._owner.project_id, active_code_id)
            )

    async def update_active_code(
        self,
        active_code_id: str,
        *,
        body: UpdateActiveCodeRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update an activation code

        修改激活码。该接口用于修改激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_active_code._get_kwargs(self._owner.project_id, active_code_id, body=body)
            )

    async def reset_active_code(
        self,
        active_code_id: str,
        *,
        body: ResetActiveCodeRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Reset an activation code

        重置激活码。该接口用于重置激活码。

        Args:
            active_code_id: 激活码ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_reset_active_code._get_kwargs(self._owner.project_id, active_code_id, body=body)
            )

    async def delete_active_codes(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete activation codes in batch

        删除激活码。该接口用于删除激活码。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_active_codes._get_kwargs(self._owner.project_id, body=body)
            )
