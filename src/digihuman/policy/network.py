"""The network under the policy: the transports `PolicyTransport` hands each signed attempt to, made on the
first request (a client that is never used imports and sets up nothing for it).

- sync: `http11.Http11Transport`, blocking sockets in a keep-alive pool, answers parsed by llhttp.
- async: `http11_async.AsyncHttp11Transport`, the same on asyncio.

httpx stays the client interface; these replace only what sits under it (httpcore and h11), which spend
most of a small request's CPU, and in the async pool more with every request in flight. `make bench`
measures both against httpx's own transports, and the async one against aiohttp (httpx-aiohttp), in the
same run; docs/performance.md has the numbers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")


class _Once(Generic[T]):
    """What `factory` makes, made on first use, once, whichever thread asks first."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self.made: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        made = self.made
        if made is None:
            with self._lock:
                if self.made is None:
                    self.made = self._factory()
                made = self.made
        return made


class LazyTransport(httpx.BaseTransport):
    """A sync transport made by `factory` on the first request, so that building a client imports and sets
    up nothing it may never use."""

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._inner = _Once(factory)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.get().handle_request(request)

    def close(self) -> None:
        if self._inner.made is not None:
            self._inner.made.close()


class LazyAsyncTransport(httpx.AsyncBaseTransport):
    """An async transport made by `factory` on the first request: asyncio and the transport's module are
    imported then, not when the client is built."""

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._inner = _Once(factory)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.get().handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner.made is not None:
            await self._inner.made.aclose()


def default_async_transport(verify: Any) -> httpx.AsyncBaseTransport:
    def make() -> httpx.AsyncBaseTransport:
        from digihuman.policy.http11_async import AsyncHttp11Transport

        return AsyncHttp11Transport(verify=verify)

    return LazyAsyncTransport(make)


def default_sync_transport(verify: Any) -> httpx.BaseTransport:
    def make() -> httpx.BaseTransport:
        from digihuman.policy.http11 import Http11Transport

        return Http11Transport(verify=verify)

    return LazyTransport(make)
