"""Fault injection around any mock: the same in-process transport and ASGI app, with some answers replaced
by the failures a client must survive.

    faulty = FaultyMock(mock, Fault("500", first=2), Fault("drop", probability=0.2), seed=7)
    client = xingyun.client(base_url="http://127.0.0.1", transport=faulty.transport())

Modes (the mock handles the request first where a real server would have):

    refuse     the connection is refused; the mock never sees the request (httpx.ConnectError)
    drop       the mock handles the request, then the connection drops before the answer
    429        answered 429 with `Retry-After: retry_after`; the mock never sees the request
    500        answered 500; the mock never sees the request
    malformed  the mock handles the request, and its answer arrives as broken JSON
    slow       the mock handles the request, and its answer comes `delay` seconds later. In-process the
               client's read timeout is honoured as a socket would: past it, httpx.ReadTimeout

Over a real socket (the ASGI app served by uvicorn) `drop` and `refuse` both show up as a dropped
connection. `injected` counts the faults by mode; `seen` counts every request that reached the wrapper.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx

from digihuman.mock.base import MockApp

MODES = ("refuse", "drop", "429", "500", "malformed", "slow")
BROKEN_JSON = b'{"broken": '


@dataclass(frozen=True)
class Fault:
    mode: str
    first: int | None = None  # the first N matching requests; or else
    probability: float = 0.0  # each matching request with this probability (seeded)
    operations: frozenset[str] | None = None  # only requests for these operation ids
    retry_after: int = 1  # seconds, for 429
    delay: float = 1.0  # for slow

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown fault mode {self.mode!r}; one of {', '.join(MODES)}")


class FaultyMock:
    def __init__(self, mock: MockApp, *faults: Fault, seed: int | None = None) -> None:
        self.mock = mock
        self.faults = faults
        self.random = random.Random(seed)  # noqa: S311 - reproducible faults, not security
        self.injected: Counter[str] = Counter()
        self.seen = 0
        self._matched: Counter[int] = Counter()
        self._lock = threading.Lock()

    def draw(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any (the first that fires, in the order given)."""
        found = self.mock.api.match(method, path)
        operation_id = found[0].operation_id if found else None
        with self._lock:
            self.seen += 1
            for index, fault in enumerate(self.faults):
                if fault.operations is not None and operation_id not in fault.operations:
                    continue
                self._matched[index] += 1
                fires = fault.first is not None and self._matched[index] <= fault.first
                if fires or (fault.probability and self.random.random() < fault.probability):
                    self.injected[fault.mode] += 1
                    return fault
        return None

    # -- in-process transport -------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._respond)

    def _respond(self, request: httpx.Request) -> httpx.Response:
        fault = self.draw(request.method, request.url.path)
        if fault is None:
            return self.mock.transport().handle_request(request)
        if fault.mode == "refuse":
            raise httpx.ConnectError("connection refused (injected)", request=request)
        if fault.mode in ("429", "500"):
            return _answer(canned_reply(fault))
        response = self.mock.transport().handle_request(request)
        if fault.mode == "drop":
            raise httpx.RemoteProtocolError("server disconnected without an answer (injected)", request=request)
        if fault.mode == "malformed":
            return _answer((200, {"content-type": "application/json"}, BROKEN_JSON))
        read_timeout = (request.extensions.get("timeout") or {}).get("read")
        if read_timeout is not None and fault.delay > read_timeout:
            time.sleep(read_timeout)
            raise httpx.ReadTimeout("timed out waiting for the answer (injected slow response)", request=request)
        time.sleep(fault.delay)
        return response

    # -- ASGI app -------------------------------------------------------------------------
    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            await self.mock(scope, receive, send)
            return
        fault = self.draw(scope["method"], scope["path"])
        if fault is None:
            await self.mock(scope, receive, send)
            return
        if fault.mode == "refuse":
            raise httpx.ConnectError("connection refused (injected)")
        if fault.mode in ("429", "500"):
            await _send_reply(send, canned_reply(fault))
            return
        sent: list[dict[str, Any]] = []

        async def keep(message: dict[str, Any]) -> None:
            sent.append(message)

        await self.mock(scope, receive, keep)
        if fault.mode == "drop":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            raise httpx.RemoteProtocolError("server disconnected without an answer (injected)")
        if fault.mode == "malformed":
            await _send_reply(send, (200, {"content-type": "application/json"}, BROKEN_JSON))
            return
        await asyncio.sleep(fault.delay)
        for message in sent:
            await send(message)


def canned_reply(fault: Fault) -> tuple[int, dict[str, str], bytes]:
    """What a gateway in front of the service answers: the request never reaches the service."""
    if fault.mode == "429":
        body = json.dumps({"message": "too many requests (injected)"}).encode()
        return 429, {"content-type": "application/json", "retry-after": str(fault.retry_after)}, body
    return 500, {"content-type": "application/json"}, json.dumps({"message": "internal error (injected)"}).encode()


def _answer(reply: tuple[int, dict[str, str], bytes]) -> httpx.Response:
    status, headers, body = reply
    response = httpx.Response(status, headers=headers, content=body)
    response.elapsed = timedelta(0)
    return response


async def _send_reply(send: Callable[..., Any], reply: tuple[int, dict[str, str], bytes]) -> None:
    status, headers, body = reply
    pairs = [(k.encode(), v.encode()) for k, v in {**headers, "content-length": str(len(body))}.items()]
    await send({"type": "http.response.start", "status": status, "headers": pairs})
    await send({"type": "http.response.body", "body": body})
