"""The network under the policy: where each signed attempt goes, and the limits it runs under.

- sync: httpx's own `HTTPTransport` (`network_sync`), one per proxy in use.
- async: aiohttp under httpx (`httpx-aiohttp`, `network_async`), per event loop and proxy: at 64 requests in
  flight it serves ~5× the requests httpx's own async transport does (docs/performance.md).

Both are made on the first request (building a client imports neither asyncio nor aiohttp) and share what
`Network` holds: the proxy for each origin (`proxy=`, else `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY`
when `trust_env`), the TLS context (`verify=`), and `max_response_bytes`. Answers are read whole within the
attempt, counted as the bytes arrive and again as they are decompressed. Each attempt has a deadline
(`attempt_ends`): no sequence of slow reads holds it past its timeout, nor past the call's deadline
(`CALL_ENDS`, set by `PolicyTransport`).
"""

from __future__ import annotations

import os
import ssl
import threading
import time
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, TypeVar

import httpx

from digihuman.errors import ConfigurationError, ResponseTooLargeError
from digihuman.policy.answers import ParsedResponse

T = TypeVar("T")

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
ENCODED_STEP = 1024
"""An encoded answer is decompressed this many received bytes at a time, so that the decompressed size is
checked at least every ~1 MB (gzip and deflate expand 1 KiB to at most ~1 MiB)."""
ORIGINS_KEPT = 64
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
"""Per transport: at most 100 connections (more requests wait, up to the pool timeout), 20 idle ones kept 5 s."""

ProxyTypes = str | httpx.URL | httpx.Proxy
VerifyTypes = ssl.SSLContext | str | os.PathLike[str] | bool

CALL_ENDS: ContextVar[float | None] = ContextVar("digihuman_call_ends", default=None)
"""When the current call must be over (`time.monotonic()`), its retries included; None: no such limit."""


def attempt_ends(request: httpx.Request) -> float | None:
    """When an attempt to send `request` that starts now must be over, connecting, writing and reading
    together: its longest timeout from now (an attempt takes no longer than the longest single wait it
    allows), and never past the call's deadline. `ConnectTimeout` (nothing sent) when that has passed."""
    timeouts: Mapping[str, float | None] = request.extensions.get("timeout") or {}
    budget = max((value for value in timeouts.values() if value is not None), default=None)
    ends = None if budget is None else time.monotonic() + budget
    call_ends = CALL_ENDS.get()
    if call_ends is None:
        return ends
    if call_ends <= time.monotonic():
        raise httpx.ConnectTimeout("the call's deadline passed before this attempt", request=request)
    return call_ends if ends is None else min(ends, call_ends)


@dataclass(frozen=True, eq=False, repr=False)
class Network:
    """How a client's requests reach the servers.

    `proxy`: every request goes through it (a URL or `httpx.Proxy`). Without it, and with `trust_env`, the
    proxy variables of `env` (os.environ, and the system's settings, by default) choose one per origin, as
    httpx and the standard library read them. `verify`: True (the system's CA bundle, or `SSL_CERT_FILE` /
    `SSL_CERT_DIR` with `trust_env`), a CA bundle file or directory, an `ssl.SSLContext`, or False.
    `max_response_bytes`: the largest answer read, as received and decompressed."""

    proxy: ProxyTypes | None = None
    trust_env: bool = True
    verify: VerifyTypes = True
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    env: Mapping[str, str] | None = None
    _origins: dict[tuple[str, str, int | None], httpx.Proxy | None] = field(
        default_factory=dict, init=False, repr=False
    )

    def __post_init__(self) -> None:
        """Settings that cannot work are refused now, not on the first request."""
        if self.max_response_bytes <= 0:
            raise ConfigurationError("max_response_bytes must be a positive number of bytes")
        if self.proxy is not None:
            try:
                self._explicit_proxy  # noqa: B018 - made now, to be checked now
            except (ValueError, TypeError, httpx.InvalidURL):
                raise ConfigurationError(
                    "proxy must be an http://, https://, socks5:// or socks5h:// URL, or an httpx.Proxy"
                ) from None
        if isinstance(self.verify, str | os.PathLike) and not os.path.exists(self.verify):
            raise ConfigurationError(f"verify: there is no CA bundle file or directory at {os.fspath(self.verify)!r}")

    def __repr__(self) -> str:  # the proxy's password masked (httpx.Proxy's repr), the environment left out
        proxy = None if self.proxy is None else self._explicit_proxy
        env = "os.environ" if self.env is None else "{...}"
        return (
            f"Network(proxy={proxy!r}, trust_env={self.trust_env}, verify={self.verify!r}, "
            f"max_response_bytes={self.max_response_bytes}, env={env})"
        )

    @cached_property
    def ssl_context(self) -> ssl.SSLContext:
        """Made on first use (loading a CA bundle takes ~20 ms)."""
        verify = self.verify
        if isinstance(verify, str | os.PathLike):
            path = os.fspath(verify)
            if os.path.isdir(path):
                return ssl.create_default_context(capath=path)
            return ssl.create_default_context(cafile=path)
        return httpx.create_ssl_context(verify=verify, trust_env=self.trust_env)

    def proxy_for(self, url: httpx.URL) -> httpx.Proxy | None:
        """The proxy a request to `url` goes through; None: straight to the server."""
        if self.proxy is not None:
            return self._explicit_proxy
        if not self.trust_env:
            return None
        origin = (url.scheme, url.host, url.port)
        try:
            return self._origins[origin]
        except KeyError:
            pass
        chosen = self._environment_proxy(url)
        if len(self._origins) >= ORIGINS_KEPT:
            self._origins.clear()
        self._origins[origin] = chosen
        return chosen

    @cached_property
    def _explicit_proxy(self) -> httpx.Proxy:
        return self.proxy if isinstance(self.proxy, httpx.Proxy) else httpx.Proxy(self.proxy)  # type: ignore[arg-type]

    @cached_property
    def _environment(self) -> dict[str, str]:
        return urllib.request.getproxies() if self.env is None else environment_proxies(self.env)

    def _environment_proxy(self, url: httpx.URL) -> httpx.Proxy | None:
        proxies = self._environment
        where = url.host if url.port is None else f"{url.host}:{url.port}"
        if proxies.get("no") and urllib.request.proxy_bypass_environment(where, proxies):  # type: ignore[attr-defined]
            return None
        chosen = proxies.get(url.scheme) or proxies.get("all")
        if not chosen:
            return None
        return httpx.Proxy(chosen if "://" in chosen else f"http://{chosen}")  # a bare host:port is an HTTP proxy

    def cap(self, request: httpx.Request, response: httpx.Response) -> Cap:
        """What counts `response`'s body as it is read; `ResponseTooLargeError` if it declares too many bytes
        (an answer to HEAD, a 204 or a 304 declares the length of a body it does not have)."""
        limit = self.max_response_bytes
        declared = response.headers.get("content-length", "")
        bodiless = request.method == "HEAD" or response.status_code in (204, 304)
        if declared.isdigit() and int(declared) > limit and not bodiless:
            raise too_large(limit, response.status_code, f"it declares {int(declared):,} bytes")
        step = ENCODED_STEP if response.headers.get("content-encoding", "identity") != "identity" else 0
        return Cap(limit, response.status_code, step)

    @staticmethod
    def answer(response: httpx.Response, request: httpx.Request, cap: Cap) -> Answer:
        """`response`, its body read (into `cap`), as the policy reads it."""
        return Answer(
            response.status_code,
            headers=response.headers,
            stream=Pieces(cap.kept),
            extensions=response.extensions,
            request=request,
            cap=cap,
        )


def environment_proxies(env: Mapping[str, str]) -> dict[str, str]:
    """The proxy variables of `env` as `urllib.request.getproxies()` reads them from os.environ: scheme (or
    "all", or "no") to value, the lower-case spelling winning over the upper-case one."""
    found: dict[str, str] = {}
    for name, value in sorted(env.items(), key=lambda item: item[0].islower()):  # lower-case names last
        if not name.lower().endswith("_proxy"):
            continue
        if name == "HTTP_PROXY" and "REQUEST_METHOD" in env:  # a CGI request's Proxy header (httpoxy)
            continue
        scheme = name[:-6].lower()
        if value:
            found[scheme] = value
        elif name.islower():
            found.pop(scheme, None)
    return found


def too_large(limit: int, status: int, how: str) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"the answer is larger than max_response_bytes ({limit:,} bytes): {how}", limit=limit, status=status
    )


@dataclass
class Cap:
    """An answer's body as it was received, counted; an encoded one kept in small pieces, so that what they
    decompress to is counted (`decoded`) before much of it is held."""

    limit: int
    status: int
    step: int
    received: int = 0
    kept: list[bytes] = field(default_factory=list)

    def take(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self.received > self.limit:
            raise too_large(self.limit, self.status, f"{self.received:,} bytes received")
        if not self.step or len(chunk) <= self.step:
            self.kept.append(chunk)
        else:
            self.kept.extend(chunk[start : start + self.step] for start in range(0, len(chunk), self.step))

    def decoded(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        size = 0
        for chunk in chunks:
            size += len(chunk)
            if size > self.limit:
                raise too_large(self.limit, self.status, f"more than {self.limit:,} bytes once decompressed")
            yield chunk


class Pieces(httpx.ByteStream):
    """A body read already, in the pieces it was kept in (an `httpx.ByteStream`: read without I/O)."""

    def __init__(self, pieces: list[bytes]) -> None:
        super().__init__(b"")
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.pieces)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece


class Answer(ParsedResponse):
    """An answer from the network, read whole: what it decompresses to is counted against the cap as httpx
    decodes it."""

    def __init__(self, *args: Any, cap: Cap, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cap = cap

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self._cap.decoded(super().iter_bytes(chunk_size))

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        size, limit = 0, self._cap.limit
        async for chunk in super().aiter_bytes(chunk_size):
            size += len(chunk)
            if size > limit:
                raise too_large(limit, self._cap.status, f"more than {limit:,} bytes once decompressed")
            yield chunk


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
    """An async transport made by `factory` on the first request: asyncio and aiohttp are imported then,
    not when the client is built."""

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._inner = _Once(factory)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.get().handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner.made is not None:
            await self._inner.made.aclose()


def default_async_transport(network: Network) -> httpx.AsyncBaseTransport:
    def make() -> httpx.AsyncBaseTransport:
        from digihuman.policy.network_async import AsyncNetworkTransport

        return AsyncNetworkTransport(network)

    return LazyAsyncTransport(make)


def default_sync_transport(network: Network) -> httpx.BaseTransport:
    def make() -> httpx.BaseTransport:
        from digihuman.policy.network_sync import NetworkTransport

        return NetworkTransport(network)

    return LazyTransport(make)
