"""HTTP/1.1 for the policy's async side: asyncio connections in a keep-alive pool, answers parsed by
`httptools` (llhttp), under httpx's async transport interface. The same request check, answer parsing and
error stages as the sync `Http11Transport` (`http11.py`), on asyncio's streams instead of blocking sockets.

Why not httpx's own `AsyncHTTPTransport`: its pool spends most of a request's CPU once many requests are in
flight (bare httpx on two cores: ~160 requests/s at 64 in flight, ~5,100 on this transport); and why not
aiohttp under httpx (httpx-aiohttp): its own request and response machinery costs more per request (~3,800
requests/s), and that package reports a connection dropped after sending as a connect timeout, which would
let the retry policy send a paid job twice. `make bench` measures all three in the same run.

Connections belong to the event loop that opened them: each loop the transport is used from gets its own
pool. At most `max_connections` requests are in flight per loop (more wait, up to the pool timeout:
`PoolTimeout`); up to `max_keepalive_connections` idle connections per loop are kept for `keepalive_expiry`
seconds. A request that is cancelled, or fails, closes its connection. The policy imports this module on the
first async request (`network.LazyAsyncTransport`).
"""

from __future__ import annotations

import asyncio
import collections
import select
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any

import httptools
import httpx

from digihuman.policy.answers import ParsedResponse
from digihuman.policy.http11 import MAX_HEAD_BYTES, Answer, Origin, origin_of, parse_error, request_head

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)


class AsyncHttp11Transport(httpx.AsyncBaseTransport):
    def __init__(self, verify: Any = True, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._verify = verify
        self._limits = limits
        self._ssl: ssl.SSLContext | None = None
        self._pools: dict[asyncio.AbstractEventLoop, _Pool] = {}

    def _pool(self) -> _Pool:
        loop = asyncio.get_running_loop()
        pool = self._pools.get(loop)
        if pool is None:
            for ended in [other for other in self._pools if other.is_closed()]:
                del self._pools[ended]  # its connections ended with it
            pool = self._pools[loop] = _Pool(self)
        return pool

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context(verify=self._verify)
        return self._ssl

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        origin = origin_of(request)
        timeouts = request.extensions.get("timeout") or {}
        head, chunked = request_head(request)
        pool = self._pool()
        connection = await pool.checkout(origin, request, timeouts)
        try:
            await connection.send(request, head, chunked, timeouts.get("write"))
            answer = await connection.receive_head(request, timeouts.get("read"))
        except BaseException:
            pool.discard(connection)
            raise
        body: httpx.AsyncByteStream
        if answer.done:  # the whole answer came with its head (most API answers): the connection is free now
            pool.checkin(origin, connection, reuse=answer.reusable)
            body = httpx.ByteStream(b"".join(answer.chunks))
        else:
            body = _Body(pool, origin, connection, answer, request, timeouts.get("read"))
        return ParsedResponse(answer.status, headers=answer.headers, stream=body, extensions=answer.extensions)

    async def aclose(self) -> None:
        pool = self._pools.pop(asyncio.get_running_loop(), None)
        if pool is not None:
            pool.close()


class _Pool:
    """One event loop's connections."""

    def __init__(self, transport: AsyncHttp11Transport) -> None:
        limits = transport._limits
        self.transport = transport
        self.idle: dict[Origin, list[_Connection]] = {}
        self.idle_count = 0
        self.keep = limits.max_keepalive_connections if limits.max_keepalive_connections is not None else 1 << 30
        self.expiry = limits.keepalive_expiry
        self.slots = limits.max_connections or 1 << 30  # requests allowed in flight
        self.in_flight = 0
        self.queue: collections.deque[asyncio.Future[None]] = collections.deque()  # requests waiting for a slot

    async def checkout(self, origin: Origin, request: httpx.Request, timeouts: dict[str, Any]) -> _Connection:
        if self.in_flight < self.slots and not self.queue:
            self.in_flight += 1
        else:  # every slot taken: wait for one, up to the pool timeout
            await self._wait_for_slot(request, timeouts.get("pool"))
        try:
            now = time.monotonic()
            kept = self.idle.get(origin)
            while kept:
                connection = kept.pop()
                self.idle_count -= 1
                if connection.reusable(now, self.expiry):
                    return connection
                connection.close()
            return await self._connect(origin, request, timeouts.get("connect"))
        except BaseException:
            self.release()
            raise

    async def _wait_for_slot(self, request: httpx.Request, timeout: float | None) -> None:
        """Wait in turn for a slot; `release` hands it over (the count stays as it is)."""
        slot = asyncio.get_running_loop().create_future()
        self.queue.append(slot)
        try:
            async with asyncio.timeout(timeout):
                await slot
        except BaseException as exc:
            if slot.done() and not slot.cancelled():  # handed a slot just as the wait ended: pass it on
                self.release()
            elif slot in self.queue:  # (a release may have passed over it already)
                self.queue.remove(slot)
            if isinstance(exc, TimeoutError):
                raise httpx.PoolTimeout("timed out waiting for a connection", request=request) from exc
            raise

    def release(self) -> None:
        """Give up a slot: to the first request still waiting, else back to the count."""
        while self.queue:
            slot = self.queue.popleft()
            if not slot.done():
                slot.set_result(None)
                return
        self.in_flight -= 1

    async def _connect(self, origin: Origin, request: httpx.Request, timeout: float | None) -> _Connection:
        scheme, host, port = origin
        tls = self.transport._ssl_context() if scheme == "https" else None
        server_hostname = (request.extensions.get("sni_hostname") or host) if tls is not None else None
        try:
            async with asyncio.timeout(timeout):
                _, protocol = await asyncio.get_running_loop().create_connection(
                    _Protocol, host, port, ssl=tls, server_hostname=server_hostname
                )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout("timed out connecting", request=request) from exc
        except (OSError, ssl.SSLError, ssl.CertificateError) as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        return _Connection(protocol)

    def checkin(self, origin: Origin, connection: _Connection, reuse: bool) -> None:
        self.release()
        if reuse and self.idle_count < self.keep and not connection.protocol.closed:
            connection.idle_since = time.monotonic()
            connection.protocol.answer = None
            self.idle.setdefault(origin, []).append(connection)
            self.idle_count += 1
        else:
            connection.close()

    def discard(self, connection: _Connection) -> None:
        self.release()
        connection.close()

    def close(self) -> None:
        for kept in self.idle.values():
            for connection in kept:
                connection.close()
        self.idle.clear()
        self.idle_count = 0


class _Protocol(asyncio.Protocol):
    """asyncio's side of one connection: bytes in go to the current answer's parser, and wake its reader."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.answer: Answer | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.error: Exception | None = None  # how the current answer failed, if it did
        self.received = 0  # bytes of the current answer so far
        self.closed = False  # the connection has ended (either side)
        self.unasked = False  # bytes arrived while idle: the connection cannot be trusted with a request
        self.paused = False
        self.drained: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        answer = self.answer
        if answer is None:
            self.unasked = True
            return
        if self.error is None:
            self.received += len(data)
            try:
                answer.feed(data)
            except (httptools.HttpParserError, httptools.HttpParserUpgrade) as exc:  # the reader raises httpx's
                self.error = exc
        self._wake()

    def eof_received(self) -> bool:
        self.closed = True
        self._wake()
        return False  # let asyncio close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if exc is not None and self.error is None and self.answer is not None:
            self.error = exc
        self._wake()
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


class _Connection:
    def __init__(self, protocol: _Protocol) -> None:
        self.protocol = protocol
        self.idle_since = time.monotonic()
        self._poller: Any = None

    def reusable(self, now: float, expiry: float | None) -> bool:
        """Not closed, not kept too long, and not readable: the loop may not have run since the server closed
        the connection (or sent bytes nobody asked for), so the socket is asked too, as httpcore asks it."""
        p = self.protocol
        if p.closed or p.unasked or p.transport is None or p.transport.is_closing():
            return False
        if expiry is not None and now - self.idle_since > expiry:
            return False
        return not self._readable()

    def _readable(self) -> bool:
        assert self.protocol.transport is not None
        sock = self.protocol.transport.get_extra_info("socket")
        if sock is None:
            return False
        try:
            if hasattr(select, "poll"):
                if self._poller is None:
                    self._poller = select.poll()
                    self._poller.register(sock.fileno(), select.POLLIN)
                return bool(self._poller.poll(0))
            return bool(select.select([sock.fileno()], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    async def send(self, request: httpx.Request, head: bytes, chunked: bool, timeout: float | None) -> None:
        p = self.protocol
        p.answer, p.error, p.received = Answer(), None, 0  # an answer may start while the body is still going
        assert p.transport is not None
        try:
            body = request.content
        except httpx.RequestNotRead:  # a stream: sent as it comes
            p.transport.write(head)
            async for chunk in request.stream:  # type: ignore[union-attr]
                if chunk:
                    p.transport.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                    await self._drain(request, timeout)
            if chunked:
                p.transport.write(b"0\r\n\r\n")
        else:
            if chunked:
                body = (b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)) if body else b"0\r\n\r\n"
            p.transport.write(head + body)
        await self._drain(request, timeout)

    async def _drain(self, request: httpx.Request, timeout: float | None) -> None:
        p = self.protocol
        if p.closed and p.answer is not None and not p.answer.head_done:
            raise httpx.WriteError("the connection closed while the request was being written", request=request)
        if not p.paused:
            return
        p.drained = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(timeout):
                await p.drained
        except TimeoutError as exc:
            raise httpx.WriteTimeout("timed out writing the request", request=request) from exc

    async def receive_head(self, request: httpx.Request, timeout: float | None) -> Answer:
        p = self.protocol
        answer = p.answer
        assert answer is not None
        while not answer.head_done:
            self._raise_if_failed(request, answer)
            if p.received > MAX_HEAD_BYTES:
                raise httpx.RemoteProtocolError("The answer's head is too large.", request=request)
            await self._wait(request, timeout)
        answer.head_of(request.method)
        return answer

    async def receive_body(self, request: httpx.Request, answer: Answer, timeout: float | None) -> None:
        """Wait for more of the body (or its end)."""
        self._raise_if_failed(request, answer)
        await self._wait(request, timeout)

    def _raise_if_failed(self, request: httpx.Request, answer: Answer) -> None:
        p = self.protocol
        if p.error is not None:
            error = p.error
            if isinstance(error, OSError):
                raise httpx.ReadError(str(error) or type(error).__name__, request=request) from error
            raise parse_error(error, request) from error
        if p.closed and not answer.done:
            if answer.head_done and answer.until_close:
                answer.done = True
                return
            said = "without sending a response" if not answer.head_done else "before the answer was complete"
            raise httpx.RemoteProtocolError(f"Server disconnected {said}.", request=request)

    async def _wait(self, request: httpx.Request, timeout: float | None) -> None:
        p = self.protocol
        if p.closed or p.error is not None:
            return
        loop = asyncio.get_running_loop()
        p.waiter = waiter = loop.create_future()
        # A timer that fails the waiter: what asyncio.timeout does, without cancelling the task.
        timer = loop.call_later(timeout, _expire, waiter) if timeout is not None else None
        try:
            await waiter
        except _Expired as exc:
            raise httpx.ReadTimeout("timed out reading the answer", request=request) from exc
        finally:
            p.waiter = None
            if timer is not None:
                timer.cancel()

    def close(self) -> None:
        transport = self.protocol.transport
        self.protocol.closed = True
        if transport is not None:
            try:
                transport.abort()
            except RuntimeError:  # its loop has ended: the socket went with it
                pass


class _Expired(Exception):
    """A read timer went off."""


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(_Expired())


class _Body(httpx.AsyncByteStream):
    """The answer's body as it arrives; the connection goes back to the pool once it has been read to the
    end of a keep-alive answer, and is closed otherwise."""

    def __init__(
        self,
        pool: _Pool,
        origin: Origin,
        connection: _Connection,
        answer: Answer,
        request: httpx.Request,
        timeout: float | None,
    ) -> None:
        self._pool = pool
        self._origin = origin
        self._connection: _Connection | None = connection
        self._answer = answer
        self._request = request
        self._timeout = timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        answer, connection = self._answer, self._connection
        if connection is None:
            return
        try:
            while True:
                if answer.chunks:
                    chunks, answer.chunks = answer.chunks, []
                    for chunk in chunks:
                        yield chunk
                if answer.done:
                    break
                await connection.receive_body(self._request, answer, self._timeout)
        except BaseException:
            self._release(reuse=False)
            raise
        self._release(reuse=answer.reusable)

    async def aclose(self) -> None:
        self._release(reuse=False)

    def _release(self, reuse: bool) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._pool.checkin(self._origin, connection, reuse)
