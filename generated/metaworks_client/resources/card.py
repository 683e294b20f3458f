"""Operations of tag `card`: `Card` (sync), `AsyncCard` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.card import generate_cards as _generate_cards
from ..api.card import list_cards as _list_cards
from ..models.generate_cards_request import GenerateCardsRequest
from ..models.generate_cards_response import GenerateCardsResponse
from ..models.list_cards_request import ListCardsRequest
from ..models.list_cards_response import ListCardsResponse
from . import Owner

__all__ = ["AsyncCard", "AsyncCardWithRawResponse", "Card", "CardWithRawResponse"]


class Card:
    """Operations of tag `card`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "CardWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return CardWithRawResponse(self._owner)

    def generate_cards(
        self,
        *,
        body: GenerateCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerateCardsResponse:
        """Generate a batch of template videos

        视频批量生成。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _generate_cards.sync(body=body, client=self._owner.client)

    def list_cards(
        self,
        *,
        body: ListCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListCardsResponse:
        """Query the generation state of template videos

        视频生成状态查询。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_cards.sync(body=body, client=self._owner.client)


class CardWithRawResponse:
    """Operations of tag `card` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def generate_cards(
        self,
        *,
        body: GenerateCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Generate a batch of template videos

        视频批量生成。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(**_generate_cards._get_kwargs(body=body))

    def list_cards(
        self,
        *,
        body: ListCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Query the generation state of template videos

        视频生成状态查询。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(**_list_cards._get_kwargs(body=body))


class AsyncCard:
    """Operations of tag `card` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncCardWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncCardWithRawResponse(self._owner)

    async def generate_cards(
        self,
        *,
        body: GenerateCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerateCardsResponse:
        """Generate a batch of template videos

        视频批量生成。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _generate_cards.asyncio(body=body, client=self._owner.client)

    async def list_cards(
        self,
        *,
        body: ListCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListCardsResponse:
        """Query the generation state of template videos

        视频生成状态查询。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_cards.asyncio(body=body, client=self._owner.client)


class AsyncCardWithRawResponse:
    """Operations of tag `card` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def generate_cards(
        self,
        *,
        body: GenerateCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Generate a batch of template videos

        视频批量生成。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(**_generate_cards._get_kwargs(body=body))

    async def list_cards(
        self,
        *,
        body: ListCardsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Query the generation state of template videos

        视频生成状态查询。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(**_list_cards._get_kwargs(body=body))
