"""The policy's network against a scripted server on loopback: what goes on the wire, how answers are read,
and which httpx error each failure becomes, since the retry policy reads "sent or not" from that. Every
scenario runs on both: httpx's own transport (sync) and aiohttp under httpx (asyncio), as
`policy.network` sets them up; then a paid create over each, through the whole policy."""

from __future__ import annotations

import asyncio
import gzip
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from xingyun_client.api.video_synthesis_task import create_render_task
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman import xingyun
from digihuman.errors import AuthError, NoResponseError, PaidJobUncertainError
from digihuman.policy.network import Network
from digihuman.policy.network_async import AsyncNetworkTransport
from digihuman.policy.network_sync import NetworkTransport
from digihuman.policy.retry import NOT_SENT_ERRORS, Failure, failure_of_error
from tests.raw_server import Reply, Seen, answer, raw_server, refused_url
from tests.support import Sleeps

TIMEOUTS = {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}
SEGMENT = CreateRenderTaskBySegment(look_name="l", tts_vcn_name="t", studio_name="s", segment=[Segment(text="x")])


def ok(_: Seen, __: int) -> Reply:
    return answer(b'{"ok": true}')


class Side:
    """One network, sync or async, driven the same way by the tests."""

    def __init__(self, kind: str, network: Network | None = None) -> None:
        self.kind = kind
        network = network or Network(trust_env=False)
        self.sync = NetworkTransport(network) if kind == "sync" else None
        self.async_ = AsyncNetworkTransport(network) if kind == "async" else None
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
        try:
            self.read(response)
        except BaseException:
            self.discard(response)
            raise
        return response

    def get(
        self, url: str, method: str = "GET", timeouts: dict[str, float] | None = None, **options: Any
    ) -> httpx.Response:
        extensions = {"timeout": {**TIMEOUTS, **(timeouts or {})}}
        return self.send(httpx.Request(method, url, extensions=extensions, **options))

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


def request_line_and_headers(raw: bytes) -> tuple[bytes, dict[bytes, bytes], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    line, *fields = head.split(b"\r\n")
    return line, {name.lower(): value.strip() for name, _, value in (f.partition(b":") for f in fields)}, body


def test_sends_the_request_as_httpx_built_it_and_reuses_the_connection(side: Side) -> None:
    with raw_server(ok) as server:
        url = f"{server.url}/v1/p%2Fq/videos?b=2&a=%E4%BD%A0&plus=a%2Bb&sp=a%20b"
        request = httpx.Request("POST", url, headers={"X-Note": "你好".encode()}, content=b'{"x":1}')
        request.extensions["timeout"] = TIMEOUTS
        for _ in range(3):
            response = side.send(request)
            assert response.content == b'{"ok": true}'
        assert [s.connection for s in server.seen] == [0, 0, 0]
        line, headers, body = request_line_and_headers(server.seen[0].raw)
        assert line == b"POST /v1/p%2Fq/videos?b=2&a=%E4%BD%A0&plus=a%2Bb&sp=a%20b HTTP/1.1"  # nothing re-encoded
        assert body == b'{"x":1}'
        for name, value in request.headers.raw:  # every header httpx built (the signed ones among them), as built
            assert headers[name.lower()] == value and b"\r\n" + name + b": " + value + b"\r\n" in server.seen[0].raw
        assert response.http_version == "HTTP/1.1" and response.reason_phrase == "OK"


def test_bodies_framed_by_length_chunks_or_close(side: Side) -> None:
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
    until_close = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nto the end"
    replies = [chunked, answer(b"x" * 200_000), until_close]
    with raw_server(lambda _, i: replies[i]) as server:
        assert side.get(server.url).content == b"abcde"
        assert side.get(server.url).content == b"x" * 200_000
        assert side.get(server.url).content == b"to the end"


def test_answers_without_a_body(side: Side) -> None:
    replies = [
        answer(b"", b"200 OK").replace(b"Content-Length: 0", b"Content-Length: 12"),  # HEAD: length, no body
        b"HTTP/1.1 204 No Content\r\n\r\n",
        answer(b"done"),
    ]
    with raw_server(lambda _, i: replies[i]) as server:
        head = side.get(server.url, method="HEAD")
        assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == "12"
        assert side.get(server.url).status_code == 204
        assert side.get(server.url).content == b"done"
        assert {s.connection for s in server.seen} == {0}


def test_a_connection_the_server_closed_while_idle_is_not_reused(side: Side) -> None:
    def close_after_answering(_: Seen, i: int) -> Reply:
        return (answer(b"0", b"200 OK", b"Connection: close"), "close") if i == 0 else answer(b"%d" % i)

    with raw_server(close_after_answering) as server:
        assert side.get(server.url).content == b"0"
        time.sleep(0.05)
        assert side.get(server.url).content == b"1"
        assert [s.connection for s in server.seen] == [0, 1]


@pytest.mark.parametrize(
    ("headers", "method"),
    [({"X-Bad": "a\r\nInjected: 1"}, "GET"), ({"Bad Name": "x"}, "GET"), ({}, "GE T")],
)
def test_a_malformed_request_is_refused_before_anything_is_sent(
    side: Side, headers: dict[str, str], method: str
) -> None:
    with raw_server(ok) as server:
        with pytest.raises(httpx.LocalProtocolError):
            side.get(server.url, method=method, headers=headers)
        assert server.seen == []


def test_folded_header_lines_and_a_head_in_pieces_are_read(side: Side) -> None:
    def in_pieces(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\nContent-Le")
        time.sleep(0.1)
        conn.sendall(b"ngth: 2\r\n\r\nok")

    with raw_server(lambda _, i: in_pieces) as server:
        response = side.get(server.url)
    assert response.content == b"ok" and response.headers["x-folded"] == "a b"


def test_decoding_is_left_to_httpx(side: Side) -> None:
    packed = gzip.compress(b'{"packed": true}')
    with raw_server(lambda _, i: answer(packed, b"200 OK", b"Content-Encoding: gzip")) as server:
        assert side.get(server.url).content == b'{"packed": true}'


# -- which error, and so whether the request may have been sent --------------------------------------------


def drop_after_reading(_: Seen, __: int) -> Reply:
    return "close"  # the whole request was read; the connection ends without a byte of answer


def reset_after_reading(_: Seen, __: int) -> Reply:
    def reset(conn: socket.socket) -> None:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST on close

    return reset


def truncated(_: Seen, __: int) -> Reply:
    return (answer(b"0123456789")[:-4], "close")


@pytest.mark.parametrize("script", [drop_after_reading, reset_after_reading, truncated])
def test_a_failure_after_the_request_was_written_is_never_a_connect_error(side: Side, script: Any) -> None:
    with raw_server(script) as server, pytest.raises(httpx.TransportError) as raised:
        side.get(server.url, method="POST", content=b'{"paid": true}')
    assert len(server.seen) == 1  # the server had the request
    assert not isinstance(raised.value, NOT_SENT_ERRORS)
    assert failure_of_error(raised.value) is Failure.LOST


def test_each_failure_is_the_httpx_error_of_its_stage(side: Side) -> None:
    with pytest.raises(httpx.ConnectError):
        side.get(refused_url())
    with raw_server(drop_after_reading) as server, pytest.raises(httpx.RemoteProtocolError):
        side.get(server.url)
    with raw_server(lambda _, i: None) as server, pytest.raises(httpx.ReadTimeout):
        side.get(server.url, timeouts={"read": 0.2})
    with raw_server(truncated) as server, pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        side.get(server.url)
    with raw_server(lambda _, i: b"NOT HTTP AT ALL\r\n\r\n") as server, pytest.raises(httpx.RemoteProtocolError):
        side.get(server.url)
    with pytest.raises(httpx.UnsupportedProtocol):
        side.get("ftp://127.0.0.1/x")


def early_answer(status: bytes) -> Any:
    """Answers `status` as soon as the head of the request is in, then reads (and drops) the rest of the body
    before closing, as servers do (a close with unread data would reset the connection)."""

    def script(_: Seen, __: int) -> Reply:
        def respond(conn: socket.socket) -> None:
            conn.sendall(answer(b'{"error": "early"}', status, b"Connection: close"))
            conn.settimeout(5)
            while conn.recv(1 << 20):
                pass

        return respond

    return script


@pytest.mark.parametrize("status", [b"401 Unauthorized", b"413 Content Too Large"])
def test_an_early_answer_to_a_large_upload_is_the_answer(side: Side, status: bytes) -> None:
    with raw_server(early_answer(status), read_body=False) as server:
        response = side.get(server.url, method="PUT", content=b"v" * (32 << 20))
    assert response.status_code == int(status[:3]) and response.json() == {"error": "early"}


# -- through the whole policy: a paid create is never repeated, and never "not sent" once written ---------


def xingyun_at(url: str) -> Any:
    return xingyun.client(base_url=url, retries=Sleeps().retry(attempts=3, jitter=0.0), trust_env=False)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("script", [drop_after_reading, reset_after_reading])
def test_a_paid_create_whose_connection_drops_after_the_request_is_uncertain(kind: str, script: Any) -> None:
    with raw_server(script) as server:
        client = xingyun_at(server.url)
        with pytest.raises(PaidJobUncertainError) as raised:
            if kind == "sync":
                create_render_task.sync(client=client, body=SEGMENT)
            else:
                asyncio.run(create_render_task.asyncio(client=client, body=SEGMENT))
        assert len(server.seen) == 1  # never sent again
    cause = raised.value.__cause__
    assert isinstance(cause, NoResponseError) and cause.sent
    assert not isinstance(cause.__cause__, NOT_SENT_ERRORS)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_paid_create_the_server_refuses_early_is_its_answer(kind: str) -> None:
    with raw_server(early_answer(b"401 Unauthorized"), read_body=False) as server:
        client = xingyun_at(server.url)
        with pytest.raises(AuthError):
            if kind == "sync":
                create_render_task.sync(client=client, body=SEGMENT)
            else:
                asyncio.run(create_render_task.asyncio(client=client, body=SEGMENT))


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_proxy_that_refuses_the_tunnel_means_not_sent(kind: str) -> None:
    refusing = b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    with raw_server(lambda _, i: (refusing, "close")) as proxy:
        client = xingyun.client(base_url="https://localhost:9", proxy=proxy.url, retries=Sleeps().retry(attempts=3))
        with pytest.raises(NoResponseError) as raised:
            if kind == "sync":
                create_render_task.sync(client=client, body=SEGMENT)
            else:
                asyncio.run(create_render_task.asyncio(client=client, body=SEGMENT))
    assert not isinstance(raised.value, PaidJobUncertainError) and not raised.value.sent
    assert isinstance(raised.value.__cause__, httpx.ProxyError)
    assert [seen.raw.split(b" ")[0] for seen in proxy.seen] == [b"CONNECT"]  # not tried again: a proxy's "no"


# -- async only ---------------------------------------------------------------------------------------


def test_one_async_network_serves_one_event_loop_after_another() -> None:
    with raw_server(ok) as server:
        transport = AsyncNetworkTransport(Network(trust_env=False))

        async def get() -> httpx.Response:
            request = httpx.Request("GET", server.url, extensions={"timeout": TIMEOUTS})
            response = await transport.handle_async_request(request)
            await response.aread()
            return response

        for _ in range(3):
            assert asyncio.run(get()).status_code == 200  # each loop's connections close as the loop ends
        assert len(server.seen) == 3 and len(transport._loops) == 1  # the ended loops' transports are gone
        assert server.connections == 3
