"""`max_response_bytes`: an answer is counted as it arrives and again once decompressed; past the limit the
call fails with `ResponseTooLargeError` naming it, and what was held stays near the limit (a small gzip
answer that decompresses to 40 MB does not take 40 MB)."""

from __future__ import annotations

import asyncio
import gzip
import inspect
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from xingyun_client.api.video_synthesis_task import create_render_task, get_render_task
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman import metastudio, metaworks, policy, xingyun
from digihuman.errors import PaidJobUncertainError, ResponseTooLargeError
from digihuman.policy.network import Network
from tests.raw_server import answer, raw_server
from tests.test_transports import Side

LIMIT = 1 << 20
BOMB = gzip.compress(b"\0" * (40 << 20), compresslevel=9)  # ~40 KB on the wire
SEGMENT = CreateRenderTaskBySegment(look_name="l", tts_vcn_name="t", studio_name="s", segment=[Segment(text="x")])


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest) -> Iterator[Side]:
    chosen = Side(request.param, Network(trust_env=False, max_response_bytes=LIMIT))
    try:
        yield chosen
    finally:
        chosen.close()


def chunked(body: bytes, size: int = 64 * 1024) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)]
    return b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"".join(parts) + b"0\r\n\r\n"


def test_a_gzip_bomb_stops_at_the_limit_and_memory_stays_near_it(side: Side) -> None:
    assert len(BOMB) < LIMIT
    with raw_server(lambda _, i: answer(BOMB, b"200 OK", b"Content-Encoding: gzip")) as server:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as raised:
                side.get(server.url)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert raised.value.limit == LIMIT and "max_response_bytes (1,048,576 bytes)" in str(raised.value)
    assert "decompressed" in str(raised.value)
    assert peak < 16 << 20, f"held {peak / 2**20:.0f} MB for a 1 MB limit"


def test_a_big_plain_body_stops_at_the_limit_as_it_arrives(side: Side) -> None:
    with raw_server(lambda _, i: chunked(b"x" * (3 * LIMIT))) as server:
        with pytest.raises(ResponseTooLargeError, match="received"):
            side.get(server.url)


def test_a_declared_length_past_the_limit_fails_before_reading(side: Side) -> None:
    with raw_server(lambda _, i: answer(b"y" * (2 * LIMIT))) as server:
        with pytest.raises(ResponseTooLargeError, match="declares 2,097,152 bytes"):
            side.open(httpx.Request("GET", server.url, extensions={"timeout": {"read": 5.0}}))


def test_a_head_answer_declaring_a_large_body_is_no_error(side: Side) -> None:
    head = answer(b"", b"200 OK").replace(b"Content-Length: 0", b"Content-Length: %d" % (50 * LIMIT))
    with raw_server(lambda _, i: head) as server:
        assert side.get(server.url, method="HEAD").headers["content-length"] == str(50 * LIMIT)


def test_an_answer_at_the_limit_is_read(side: Side) -> None:
    body = b"z" * LIMIT
    with raw_server(lambda _, i: answer(gzip.compress(body), b"200 OK", b"Content-Encoding: gzip")) as server:
        assert side.get(server.url).content == body


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_clients_raise_it_typed_and_a_paid_create_reads_uncertain(kind: str) -> None:
    big = b'{"code": 0, "data": "' + b"x" * (2 * LIMIT) + b'"}'
    with raw_server(lambda _, i: chunked(big)) as server:
        client = xingyun.client(base_url=server.url, trust_env=False, max_response_bytes=LIMIT, retries=0)

        def run(call: Any, **args: Any) -> Any:
            if kind == "sync":
                return call.sync(client=client, **args)
            return asyncio.run(call.asyncio(client=client, **args))

        with pytest.raises(ResponseTooLargeError) as raised:
            run(get_render_task, task_id=1)
        assert raised.value.operation_id == "get_render_task" and raised.value.limit == LIMIT
        assert raised.value.status == 200 and "max_response_bytes" in str(raised.value)
        with pytest.raises(PaidJobUncertainError) as uncertain:
            run(create_render_task, body=SEGMENT)
        assert isinstance(uncertain.value.__cause__, ResponseTooLargeError)


def test_the_default_limit_is_32_mib_on_every_factory() -> None:
    assert policy.DEFAULT_MAX_RESPONSE_BYTES == 32 * 1024 * 1024 == Network().max_response_bytes
    for factory in (metastudio.client, xingyun.client, metaworks.client):
        assert inspect.signature(factory).parameters["max_response_bytes"].default == policy.DEFAULT_MAX_RESPONSE_BYTES
