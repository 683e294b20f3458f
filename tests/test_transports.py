"""The policy's network transports against a scripted server on loopback: what goes on the wire, how answers
are framed, when connections are reused, and which httpx error each failure becomes (the retry policy
reads "sent or not" from that). Every scenario runs on both: `Http11Transport` (sync) and
`AsyncHttp11Transport` (asyncio, one event loop per test)."""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx
import pytest

from digihuman.policy.http11 import Http11Transport
from digihuman.policy.http11_async import AsyncHttp11Transport

TIMEOUTS = {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}


@dataclass
class Seen:
    raw: bytes  # the request exactly as it arrived
    connection: int  # which connection (0, 1, …) it came on


Reply = bytes | tuple[bytes, str] | str | None
"""Bytes to send; (bytes, "close") to send them and close; "close" to close without answering; None to stay silent."""


@dataclass
class RawServer:
    """Answers each request with `script(request, index)`: bytes to send (then keeps the connection open,
    unless the answer is HTTP/1.0), "close", or None (never answers). Records every request as it arrived."""

    script: Callable[[Seen, int], Reply]
    seen: list[Seen] = field(default_factory=list)
    connections: int = 0
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def serve(self, listener: socket.socket) -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            index = self.connections
            self.connections += 1
            threading.Thread(target=self.handle, args=(conn, index), daemon=True).start()

    def handle(self, conn: socket.socket, index: int) -> None:
        try:
            self.converse(conn, index)
        except OSError:  # the client went away (a body it did not read makes its close a reset)
            pass

    def converse(self, conn: socket.socket, index: int) -> None:
        buffer = b""
        with conn:
            while True:
                raw, buffer = read_request(conn, buffer)
                if raw is None:
                    return
                request = Seen(raw, index)
                self.seen.append(request)
                reply = self.script(request, len(self.seen) - 1)
                if reply == "close":
                    return
                if reply is None:
                    time.sleep(5)
                    return
                if isinstance(reply, tuple):
                    conn.sendall(reply[0])
                    return
                assert isinstance(reply, bytes)
                conn.sendall(reply)
                if reply.startswith(b"HTTP/1.0"):  # an HTTP/1.0 answer ends with its connection
                    return


def read_request(conn: socket.socket, buffer: bytes) -> tuple[bytes | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        data = conn.recv(65536)
        if not data:
            return None, b""
        buffer += data
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.lower().split(b"\r\n")
    length = next((int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length:")), 0)
    if b"transfer-encoding: chunked" in lines:
        while not rest.endswith(b"0\r\n\r\n"):
            rest += conn.recv(65536)
        return head + b"\r\n\r\n" + rest, b""
    while len(rest) < length:
        rest += conn.recv(65536)
    return head + b"\r\n\r\n" + rest[:length], rest[length:]


@contextmanager
def raw_server(script: Callable[[Seen, int], Reply]) -> Iterator[RawServer]:
    server = RawServer(script)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    server.port = listener.getsockname()[1]
    threading.Thread(target=server.serve, args=(listener,), daemon=True).start()
    try:
        yield server
    finally:
        listener.close()


def answer(body: bytes = b"{}", status: bytes = b"200 OK", *headers: bytes) -> bytes:
    head = [b"HTTP/1.1 " + status, b"Content-Type: application/json", b"Content-Length: %d" % len(body), *headers]
    return b"\r\n".join(head) + b"\r\n\r\n" + body


def ok(_: Seen, __: int) -> Reply:
    return answer(b'{"ok": true}')


class Side:
    """One transport, sync or async, driven the same way by the tests."""

    def __init__(self, kind: str, **options: object) -> None:
        self.kind = kind
        self.sync = Http11Transport(**options) if kind == "sync" else None  # type: ignore[arg-type]
        self.async_ = AsyncHttp11Transport(**options) if kind == "async" else None  # type: ignore[arg-type]
        self.runner = asyncio.Runner() if kind == "async" else None

    def open(self, request: httpx.Request) -> httpx.Response:
        if self.sync is not None:
            return self.sync.handle_request(request)
        assert self.runner is not None and self.async_ is not None
        return self.runner.run(self.async_.handle_async_request(request))

    def read(self, response: httpx.Response) -> bytes:
        if self.sync is not None:
            return response.read()
        assert self.runner is not None
        return self.runner.run(response.aread())

    def discard(self, response: httpx.Response) -> None:
        if self.sync is not None:
            response.close()
        else:
            assert self.runner is not None
            self.runner.run(response.aclose())

    def send(self, request: httpx.Request) -> httpx.Response:
        response = self.open(request)
        self.read(response)
        return response

    def get(
        self, url: str, method: str = "GET", timeouts: dict[str, float] | None = None, **options: object
    ) -> httpx.Response:
        extensions = {"timeout": {**TIMEOUTS, **(timeouts or {})}}
        return self.send(httpx.Request(method, url, extensions=extensions, **options))  # type: ignore[arg-type]

    def close(self) -> None:
        if self.sync is not None:
            self.sync.close()
        else:
            assert self.runner is not None and self.async_ is not None
            self.runner.run(self.async_.aclose())
            self.runner.close()


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest) -> Iterator[Side]:
    chosen = Side(request.param)
    try:
        yield chosen
    finally:
        chosen.close()


def test_sends_the_request_as_httpx_built_it_and_reuses_the_connection(side: Side) -> None:
    with raw_server(ok) as server:
        url = f"{server.url}/v1/p%2Fq/videos?b=2&a=%E4%BD%A0&plus=a%2Bb"
        request = httpx.Request("POST", url, headers={"X-Note": "你好".encode()}, content=b'{"x":1}')
        request.extensions["timeout"] = TIMEOUTS
        for _ in range(3):
            response = side.send(request)
            assert response.content == b'{"ok": true}'
        assert [s.connection for s in server.seen] == [0, 0, 0]
        assert server.seen[0].raw == (  # nothing added, nothing re-encoded
            b"POST /v1/p%2Fq/videos?b=2&a=%E4%BD%A0&plus=a%2Bb HTTP/1.1\r\n"
            + b"".join(name + b": " + value + b"\r\n" for name, value in request.headers.raw)
            + b'\r\n{"x":1}'
        )
        assert response.http_version == "HTTP/1.1" and response.reason_phrase == "OK"


def test_bodies_framed_by_length_chunks_or_close(side: Side) -> None:
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n"
    until_close = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nto the end"
    replies = [chunked, answer(b"x" * 200_000), until_close]
    with raw_server(lambda _, i: replies[i]) as server:
        first = side.get(server.url)
        assert first.content == b"abcde" and "x-trailer" not in first.headers
        assert side.get(server.url).content == b"x" * 200_000
        assert side.get(server.url).content == b"to the end"
        assert [s.connection for s in server.seen] == [0, 0, 0]


def test_answers_without_a_body(side: Side) -> None:
    replies = [
        answer(b"", b"200 OK").replace(b"Content-Length: 0", b"Content-Length: 12"),  # HEAD: length, no body
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" + answer(b"[]"),
        answer(b"done"),
    ]
    with raw_server(lambda _, i: replies[i]) as server:
        head = side.get(server.url, method="HEAD")
        assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == "12"
        assert side.get(server.url).status_code == 204
        early = side.get(server.url)
        assert early.status_code == 200 and early.content == b"[]" and "link" not in early.headers
        assert side.get(server.url).content == b"done"
        assert {s.connection for s in server.seen} == {0}


def test_a_connection_the_server_closed_while_idle_is_not_reused(side: Side) -> None:
    def close_after_answering(_: Seen, i: int) -> Reply:
        return (answer(b"0"), "close") if i == 0 else answer(b"%d" % i)

    with raw_server(close_after_answering) as server:
        assert side.get(server.url).content == b"0"
        time.sleep(0.05)
        assert side.get(server.url).content == b"1"
        assert [s.connection for s in server.seen] == [0, 1]


def test_bytes_after_the_answer_make_its_connection_untrusted(side: Side) -> None:
    with raw_server(lambda _, i: answer(b"%d" % i) + (answer(b"unasked") if i == 0 else b"")) as server:
        assert side.get(server.url).content == b"0"
        assert side.get(server.url).content == b"1"
        assert [s.connection for s in server.seen] == [0, 1]


def test_a_body_left_unread_closes_its_connection(side: Side) -> None:
    with raw_server(lambda _, i: answer(b"y" * 300_000)) as server:
        side.discard(side.open(httpx.Request("GET", server.url, extensions={"timeout": TIMEOUTS})))
        side.get(server.url)
        assert [s.connection for s in server.seen] == [0, 1]


def test_chunked_and_streamed_request_bodies(side: Side) -> None:
    with raw_server(ok) as server:
        if side.kind == "sync":
            content: object = iter([b"ab", b"", b"cde"])
        else:

            async def parts() -> AsyncIterator[bytes]:
                for part in (b"ab", b"", b"cde"):
                    yield part

            content = parts()
        side.send(httpx.Request("PUT", server.url, content=content, extensions={"timeout": TIMEOUTS}))  # type: ignore[arg-type]
        assert server.seen[0].raw.endswith(b"\r\n\r\n2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n")
        assert b"Transfer-Encoding: chunked" in server.seen[0].raw


@pytest.mark.parametrize(
    ("headers", "method"),
    [
        ({"X-Bad": " leading space"}, "GET"),
        ({"X-Bad": "a\r\nInjected: 1"}, "GET"),
        ({"Bad Name": "x"}, "GET"),
        ({}, "GE T"),
    ],
)
def test_what_h11_would_refuse_to_send_is_refused_before_anything_is_sent(
    side: Side, headers: dict[str, str], method: str
) -> None:
    with raw_server(ok) as server:
        with pytest.raises(httpx.LocalProtocolError):
            side.get(server.url, method=method, headers=headers)
        assert server.seen == [] and server.connections == 0


def refused_url() -> str:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()
    return url


def test_each_failure_is_the_httpx_error_of_its_stage(side: Side) -> None:
    with pytest.raises(httpx.ConnectError):
        side.get(refused_url())
    with raw_server(lambda _, i: "close") as server, pytest.raises(httpx.RemoteProtocolError, match="without sending"):
        side.get(server.url)
    with raw_server(lambda _, i: None) as server, pytest.raises(httpx.ReadTimeout):
        side.get(server.url, timeouts={"read": 0.2})
    with raw_server(lambda _, i: (answer(b"0123456789")[:-4], "close")) as server:
        with pytest.raises(httpx.RemoteProtocolError, match="before the answer was complete"):
            side.get(server.url)
    with raw_server(lambda _, i: b"NOT HTTP AT ALL\r\n\r\n") as server, pytest.raises(httpx.RemoteProtocolError):
        side.get(server.url)
    with pytest.raises(httpx.UnsupportedProtocol):
        side.get("ftp://127.0.0.1/x")


def test_decoding_is_left_to_httpx(side: Side) -> None:
    packed = gzip.compress(b'{"packed": true}')
    with raw_server(lambda _, i: answer(packed, b"200 OK", b"Content-Encoding: gzip")) as server:
        assert side.get(server.url).content == b'{"packed": true}'


# -- async only ---------------------------------------------------------------------------------------


def test_one_async_transport_serves_one_event_loop_after_another() -> None:
    with raw_server(ok) as server:
        transport = AsyncHttp11Transport()

        async def get() -> httpx.Response:
            request = httpx.Request("GET", server.url, extensions={"timeout": TIMEOUTS})
            response = await transport.handle_async_request(request)
            await response.aread()
            return response

        for _ in range(3):
            assert asyncio.run(get()).status_code == 200  # each loop ends with its connection open
        assert len(server.seen) == 3 and len(transport._pools) == 1  # the ended loops' pools are gone
        asyncio.run(transport.aclose())


def test_in_flight_requests_wait_for_a_slot_up_to_the_pool_timeout() -> None:
    with raw_server(lambda _, i: None if i == 0 else answer(b"%d" % i)) as server:
        transport = AsyncHttp11Transport(limits=httpx.Limits(max_connections=1))

        async def run() -> None:
            slow = asyncio.ensure_future(
                transport.handle_async_request(httpx.Request("GET", server.url, extensions={"timeout": TIMEOUTS}))
            )
            await asyncio.sleep(0.1)
            quick = {**TIMEOUTS, "pool": 0.1}
            with pytest.raises(httpx.PoolTimeout):
                await transport.handle_async_request(httpx.Request("GET", server.url, extensions={"timeout": quick}))
            slow.cancel()  # a cancelled request gives its slot (and closes its connection)
            with pytest.raises(asyncio.CancelledError):
                await slow
            response = await transport.handle_async_request(
                httpx.Request("GET", server.url, extensions={"timeout": quick})
            )
            assert await response.aread() == b"1"
            await transport.aclose()

        asyncio.run(run())
        assert [s.connection for s in server.seen] == [0, 1]
