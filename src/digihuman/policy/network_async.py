"""The async network: aiohttp under httpx (`httpx_aiohttp.AiohttpTransport`), one per event loop and proxy.

Two things are ours. Errors: httpx-aiohttp reports most of aiohttp's as `ConnectTimeout`, a connection the
server dropped after reading the request included, and the retry policy would read that as "not sent".
Here each is named by what aiohttp says happened: only a connection that was never made (or a proxy that
refused the tunnel) is a connect error; anything later is a read error, a timeout or a protocol error, so
the request may have reached the server. Deadline: the attempt's (`network.attempt_ends`) bounds sending
and reading the whole answer.

aiohttp's connections belong to the event loop that opened them: each loop gets its own transports, closed
when the loop shuts down (`asyncio.run` closes the loop's async generators; one of them holds them).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncGenerator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from digihuman.policy.network import LIMITS, Network, attempt_ends

DEADLINE_PASSED = "the attempt's deadline passed"
TOKEN = re.compile(r"[-!#$%&'*+.^_`|~0-9A-Za-z]+")  # RFC 9110 §5.6.2: a method or a header name


def transport_error(exc: BaseException) -> httpx.TransportError:
    """The httpx error for what aiohttp reported (`exc`, or the aiohttp error httpx-aiohttp wrapped)."""
    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if isinstance(exc, httpx.TransportError) and not isinstance(cause, aiohttp.ClientError):
        return exc  # not aiohttp's: as httpx-aiohttp raised it
    kind: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ClientConnectorError):  # no connection (to the server, or to the proxy)
        kind = httpx.ConnectError
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):  # no connection in time
        kind = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.ClientHttpProxyError):  # the proxy refused the tunnel
        kind = httpx.ProxyError
    elif isinstance(cause, aiohttp.InvalidURL):
        kind = httpx.UnsupportedProtocol
    elif isinstance(cause, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError | aiohttp.ClientPayloadError):
        kind = httpx.RemoteProtocolError
    else:  # the connection failed after it was made: the request may have been written
        kind = httpx.ReadError
    error = kind(str(cause) or type(cause).__name__)
    error.__cause__ = cause
    return error


class HeadersAsBuilt(httpx.Headers):
    """A request's headers as httpx-aiohttp hands them to aiohttp (through `items()`): each name in the case it
    was built in, each header once as it is, where httpx's `items()` lower-cases names and joins repeated ones.
    (An intermediary that compares names case-sensitively, as proxy.py does, otherwise adds a second
    Content-Length, and the server refuses the request.)"""

    def items(self) -> list[tuple[str, str]]:  # type: ignore[override]
        encoding = self.encoding
        return [(name.decode(encoding), value.decode(encoding)) for name, value in self.raw]


def refuse_malformed(request: httpx.Request) -> None:
    """What httpx's sync transport refuses to send and aiohttp would send: a method or header name
    that is not a token (aiohttp itself refuses control characters in header values), or another scheme."""
    if request.url.scheme not in ("http", "https"):
        raise httpx.UnsupportedProtocol(f"request URL has an unsupported protocol {request.url.scheme!r}")
    if not TOKEN.fullmatch(request.method):
        raise httpx.LocalProtocolError(f"illegal method {request.method!r}")
    for name, _ in request.headers.raw:
        if not TOKEN.fullmatch(name.decode("latin-1")):
            raise httpx.LocalProtocolError(f"illegal header name {name!r}")


def left(ends: float | None) -> float | None:
    return None if ends is None else max(0.0, ends - time.monotonic())


class AsyncNetworkTransport(httpx.AsyncBaseTransport):
    def __init__(self, network: Network) -> None:
        self.network = network
        self._loops: dict[asyncio.AbstractEventLoop, dict[str | None, AiohttpTransport]] = {}
        self._closers: dict[asyncio.AbstractEventLoop, AsyncGenerator[None, None]] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        refuse_malformed(request)
        request.headers = HeadersAsBuilt(request.headers)
        transport = await self._transport(self.network.proxy_for(request.url))
        ends = attempt_ends(request)
        try:
            async with asyncio.timeout(left(ends)):
                response = await transport.handle_async_request(request)
                try:
                    cap = self.network.cap(request, response)
                    async for chunk in response.stream:  # type: ignore[union-attr]
                        cap.take(chunk)
                finally:
                    await response.aclose()
        except TimeoutError as exc:  # (aiohttp's own timeouts arrive as httpx errors)
            raise httpx.ReadTimeout(DEADLINE_PASSED) from exc
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            raise transport_error(exc)  # noqa: B904 - its cause is aiohttp's error
        except ValueError as exc:  # aiohttp refused to write the request (a control character in a header)
            raise httpx.LocalProtocolError(str(exc)) from exc
        return self.network.answer(response, request, cap)

    async def _transport(self, proxy: httpx.Proxy | None) -> AiohttpTransport:
        loop = asyncio.get_running_loop()
        transports = self._loops.get(loop)
        if transports is None:
            for ended in [other for other in self._loops if other.is_closed()]:
                del self._loops[ended], self._closers[ended]
            transports = self._loops[loop] = {}
            closer = self._closers[loop] = _close_at_shutdown(transports)
            await closer.__anext__()
        key = None if proxy is None else repr((str(proxy.url), proxy.auth, proxy.headers.raw))
        transport = transports.get(key)
        if transport is None:
            transport = transports[key] = AiohttpTransport(
                verify=self.network.ssl_context, proxy=proxy, limits=LIMITS, trust_env=False
            )
        return transport

    async def aclose(self) -> None:
        loop = asyncio.get_running_loop()
        transports = self._loops.pop(loop, {})
        closer = self._closers.pop(loop, None)
        for transport in transports.values():
            await transport.aclose()
        if closer is not None:
            await closer.aclose()


async def _close_at_shutdown(transports: dict[str | None, AiohttpTransport]) -> AsyncGenerator[None, None]:
    """Suspended until its loop shuts down its async generators, then closes the loop's transports."""
    try:
        yield
    finally:
        for transport in transports.values():
            await transport.aclose()
