"""Deadlines over loopback: a server that trickles its answer a byte at a time cannot hold an attempt past its
timeout (connecting, writing and reading together), and `deadline=` bounds a call across its retries.

The bounds asserted are loose on purpose (several times the deadline, far below what the server would
take): they tell a deadline that holds from one that does not, on a loaded machine too."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from xingyun_client.api.video_synthesis_task import get_render_task

from digihuman import policy, xingyun
from digihuman.errors import ConfigurationError, NoResponseError
from digihuman.policy.network import CALL_ENDS, attempt_ends
from tests.raw_server import Reply, Seen, raw_server

TRICKLE = 0.25  # seconds between two bytes
ANSWER = b'{"code": 0, "message": "ok", "data": {"task_id": 1}}'


def trickling(head_too: bool) -> Callable[[Seen, int], Reply]:
    """Answers a byte every TRICKLE seconds: the whole answer (`head_too`), or the body after a prompt head.
    Either takes ~25 s or more to finish."""
    body = ANSWER + b" " * 50
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)

    def script(_: Seen, __: int) -> Reply:
        def trickle(conn: socket.socket) -> None:
            slow = head + body if head_too else body
            if not head_too:
                conn.sendall(head)
            for i in range(len(slow)):
                conn.sendall(slow[i : i + 1])
                time.sleep(TRICKLE)

        return trickle

    return script


def call(kind: str, client: Any) -> Any:
    if kind == "sync":
        return get_render_task.sync_detailed(client=client, task_id=1)
    return asyncio.run(get_render_task.asyncio_detailed(client=client, task_id=1))


def client_at(url: str, **options: Any) -> Any:
    return xingyun.client(base_url=url, trust_env=False, timeout=httpx.Timeout(1.0), **options)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("head_too", [True, False], ids=["head-and-body", "body"])
def test_a_trickling_server_cannot_hold_an_attempt_past_its_timeout(kind: str, head_too: bool) -> None:
    with raw_server(trickling(head_too)) as server:
        client = client_at(server.url, retries=0)
        started = time.monotonic()
        with pytest.raises(NoResponseError) as raised:
            call(kind, client)
        took = time.monotonic() - started
    assert took < 6, f"held {took:.1f} s by a server trickling a byte every {TRICKLE} s, with a 1 s timeout"
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert raised.value.sent  # a timed-out attempt may have reached the server
    assert len(server.seen) == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_call_deadline_bounds_the_retries(kind: str) -> None:
    retry = policy.Retry(attempts=20, base_delay=0.01, max_delay=0.01)
    with raw_server(trickling(head_too=True)) as server:
        client = client_at(server.url, retries=retry, deadline=2.5)
        started = time.monotonic()
        with pytest.raises(NoResponseError):
            call(kind, client)
        took = time.monotonic() - started
    # Without the deadline: 21 attempts of ~1 s each. (The first async call also imports aiohttp, within
    # the call's deadline: on a slow machine that leaves room for fewer attempts.)
    assert 2.0 <= took < 8, f"a call with deadline=2.5 took {took:.1f} s"
    assert 1 <= len(server.seen) <= 4


def test_a_deadline_must_be_positive() -> None:
    with pytest.raises(ConfigurationError, match="deadline"):
        client_at("http://127.0.0.1:1", deadline=0)


def test_an_attempt_ends_within_its_longest_timeout_and_never_past_the_calls_deadline() -> None:
    timeouts = {"connect": 1.0, "read": 3.0, "write": None, "pool": 2.0}
    request = httpx.Request("GET", "http://127.0.0.1:1/", extensions={"timeout": timeouts})
    before = time.monotonic()
    ends = attempt_ends(request)
    assert ends is not None and before + 3.0 <= ends <= time.monotonic() + 3.0
    token = CALL_ENDS.set(time.monotonic() + 1.5)
    try:
        ends = attempt_ends(request)
        assert ends is not None and ends <= time.monotonic() + 1.5
    finally:
        CALL_ENDS.reset(token)
    token = CALL_ENDS.set(time.monotonic() - 0.1)
    try:
        with pytest.raises(httpx.ConnectTimeout):  # an attempt that would start past the call's deadline: not sent
            attempt_ends(request)
    finally:
        CALL_ENDS.reset(token)
