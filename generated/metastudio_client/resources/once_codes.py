"""Operations of tag `once_codes`: `OnceCodes` (sync), `AsyncOnceCodes` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.once_codes import create_once_code as _create_once_code
from ..models.create_once_code_response import CreateOnceCodeResponse
from . import Owner

__all__ = ["AsyncOnceCodes", "AsyncOnceCodesWithRawResponse", "OnceCodes", "OnceCodesWithRawResponse"]


class OnceCodes:
    """Operations of tag `once_codes`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "OnceCodesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return OnceCodesWithRawResponse(self._owner)

    def create_once_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateOnceCodeResponse:
        """Create a one-time auth code

        创建一次性鉴权码。该接口用于创建一次性鉴权码，有效期5分钟，鉴权码只能使用一次，每次使用后需要重新获取。 说明：接口只能通过第三方后台调用，不能在浏览器前台直接调用，否则会有跨域问题。

        Args:
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_once_code.sync(self._owner.project_id, client=self._owner.client)


class OnceCodesWithRawResponse:
    """Operations of tag `once_codes` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def create_once_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a one-time auth code

        创建一次性鉴权码。该接口用于创建一次性鉴权码，有效期5分钟，鉴权码只能使用一次，每次使用后需要重新获取。 说明：接口只能通过第三方后台调用，不能在浏览器前台直接调用，否则会有跨域问题。

        Args:
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_once_code._get_kwargs(self._owner.project_id)
            )


class AsyncOnceCodes:
    """Operations of tag `once_codes` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncOnceCodesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncOnceCodesWithRawResponse(self._owner)

    async def create_once_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateOnceCodeResponse:
        """Create a one-time auth code

        创建一次性鉴权码。该接口用于创建一次性鉴权码，有效期5分钟，鉴权码只能使用一次，每次使用后需要重新获取。 说明：接口只能通过第三方后台调用，不能在浏览器前台直接调用，否则会有跨域问题。

        Args:
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_once_code.asyncio(self._owner.project_id, client=self._owner.client)


class AsyncOnceCodesWithRawResponse:
    """Operations of tag `once_codes` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def create_once_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a one-time auth code

        创建一次性鉴权码。该接口用于创建一次性鉴权码，有效期5分钟，鉴权码只能使用一次，每次使用后需要重新获取。 说明：接口只能通过第三方后台调用，不能在浏览器前台直接调用，否则会有跨域问题。

        Args:
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_once_code._get_kwargs(self._owner.project_id)
            )
