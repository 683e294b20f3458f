"""What every mock shares: request parsing, validation against the spec, and the ASGI/httpx adapters."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qsl

import httpx

from digihuman.asgi import Receive, Scope, Send, lifespan, read_body
from digihuman.openapi import Api, CheckedRequest, Operation, api

Clock = Callable[[], float]


@dataclass
class Request:
    method: str
    path: str
    query_string: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    raw_path: str = ""  # path + "?" + query as sent, percent-encoded

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query_string, keep_blank_values=True)

    @classmethod
    def from_httpx(cls, request: httpx.Request) -> Request:
        return cls(
            method=request.method,
            path=request.url.path,
            query_string=request.url.query.decode(),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=request.read(),
            raw_path=request.url.raw_path.decode("ascii"),
        )


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        ascii_headers = {k: v.encode("ascii", "backslashreplace").decode() for k, v in self.headers.items()}
        if self.body is None:  # a status the spec documents without a body
            return b"", ascii_headers
        if isinstance(self.body, bytes):
            return self.body, {"content-type": "application/octet-stream", **ascii_headers}
        data = json.dumps(self.body, ensure_ascii=False).encode()
        return data, {"content-type": "application/json", **ascii_headers}


Parsed = CheckedRequest  # what the handlers get: a request that passed validation


def validate_request(spec: Api, request: Request) -> tuple[Parsed | None, list[str]]:
    """Match the request to an operation and check it against the spec; problems name the field."""
    checked = spec.check_request(request.method, request.path, request.query, request.headers, request.body)
    if checked is None:
        return None, [f"{request.method} {request.path}: no such operation"]
    return checked, checked.problems


class MockApp:
    """Base of the vendor mocks. Subclasses set `vendor` and implement `authenticate`, `rejected` and
    one method per operationId taking a `Parsed` request and returning a `Reply`."""

    vendor = ""

    clock_offset = 0.0
    """Seconds this server's clock is ahead of `base_clock` (negative: behind); set it to try a client whose
    clock is off. Every answer carries the server's time in a `Date` header, as live services' do."""

    def __init__(self, clock: Clock | None = None, seed: int | None = None, step_seconds: float = 0.3) -> None:
        self.base_clock: Clock = clock or time.time
        self.random = random.Random(seed)  # noqa: S311 - reproducible mock behaviour, not security
        self.step_seconds = step_seconds
        self.lock = threading.RLock()  # re-entrant: a subclass may hold it around `handle` too
        self.api: Api = api(self.vendor)
        self.requests_seen = 0

    def clock(self) -> float:
        return self.base_clock() + self.clock_offset

    def date_header(self) -> str:
        return formatdate(self.clock(), usegmt=True)

    # -- vendor-specific -------------------------------------------------------------------
    def authenticate(self, request: Request) -> Reply | None:
        raise NotImplementedError

    def rejected(self, operation: Operation | None, problems: list[str]) -> Reply:
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------
    def handle(self, request: Request) -> Reply:
        with self.lock:
            self.requests_seen += 1
            denied = self.authenticate(request)
            if denied is not None:
                return denied
            parsed, problems = validate_request(self.api, request)
            if parsed is None or problems:
                return self.rejected(parsed.operation if parsed else None, problems)
            return self.dispatch(parsed, request)

    def dispatch(self, parsed: Parsed, request: Request) -> Reply:
        """Run the handler of a valid request: by default the method named after its operationId."""
        handler: Callable[[Parsed, Request], Reply] = getattr(self, parsed.operation.operation_id)
        return handler(parsed, request)

    def steps_since(self, started: float) -> int:
        """How many `step_seconds` have passed since `started` (robust to float rounding)."""
        if self.step_seconds <= 0:
            return 1 << 30
        return int((self.clock() - started) / self.step_seconds + 1e-6)

    def base_url(self, request: Request) -> str:
        return f"http://{request.headers.get('host', 'localhost')}"

    def transport(self) -> httpx.MockTransport:
        """A sync in-process transport for `httpx.Client(transport=...)`: the same `handle` as the ASGI app."""
        return httpx.MockTransport(self._respond)

    def _respond(self, request: httpx.Request) -> httpx.Response:
        reply = self.handle(Request.from_httpx(request))
        body, headers = reply.encoded()
        headers.setdefault("date", self.date_header())
        response = httpx.Response(reply.status, headers=headers, content=body)
        response.elapsed = timedelta(0)  # in-process: httpx only times responses it streams itself
        return response

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] == "lifespan":
            return await lifespan(receive, send)
        body = await read_body(receive)
        query = scope.get("query_string", b"").decode("latin-1")
        raw = scope.get("raw_path") or scope["path"].encode()
        raw_path = raw.decode("latin-1") + (f"?{query}" if query else "")
        request = Request(
            method=scope["method"],
            path=scope["path"],
            query_string=query,
            headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]},
            body=body,
            raw_path=raw_path,
        )
        reply = self.handle(request)
        body, headers = reply.encoded()
        headers.setdefault("date", self.date_header())
        await send(
            {
                "type": "http.response.start",
                "status": reply.status,
                "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": body})
