"""What every mock shares: request parsing, validation against the spec, and the ASGI/httpx adapters.

Served on a port, a mock is a server like any other, so it screens what arrives (`Limits`): a body past
`max_body_bytes` is refused from its Content-Length, or while it streams, before it is held in memory (413);
then, once the credentials are checked, JSON that does not parse or nests deeper than `max_json_depth` is
refused as the vendor refuses a malformed request (`malformed_status`), and a method the spec does not declare
on a known path is a 405 with `Allow`. Each answer is the vendor's own error body. What a mock keeps is
bounded too: past `keep` jobs (or uploads) of a kind, the oldest finished ones are forgotten.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import formatdate
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl

import httpx

from digihuman.asgi import BodyTooLarge, Receive, Scope, Send, lifespan, read_body
from digihuman.openapi import Api, CheckedRequest, Operation, api

Clock = Callable[[], float]
K = TypeVar("K")
V = TypeVar("V")
METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH")


@dataclass(frozen=True)
class Limits:
    """What a mock accepts and keeps. `keep`: jobs (and uploads) of one kind kept, per project where there
    are projects; past it the oldest finished ones are dropped (a job still running is never dropped)."""

    max_body_bytes: int = 32 * 1024 * 1024
    max_json_depth: int = 64
    keep: int = 1000


DEFAULT_LIMITS = Limits()


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
    def from_httpx(cls, request: httpx.Request, body: bytes) -> Request:
        return cls(
            method=request.method,
            path=request.url.path,
            query_string=request.url.query.decode(),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
            raw_path=request.url.raw_path.decode("ascii"),
        )


def _declared_too_large(headers: Mapping[str, str], limit: int) -> bool:
    declared = headers.get("content-length", "")
    return declared.isdigit() and int(declared) > limit


def _read_capped(request: httpx.Request, limit: int) -> bytes:
    """The body of a request, BodyTooLarge as soon as more than `limit` bytes are declared or have arrived."""
    if _declared_too_large(request.headers, limit):
        raise BodyTooLarge
    chunks, size = [], 0
    for chunk in cast(Iterable[bytes], request.stream):
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def _aread_capped(request: httpx.Request, limit: int) -> bytes:
    if _declared_too_large(request.headers, limit):
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in cast(AsyncIterable[bytes], request.stream):
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A mock as an httpx transport, sync or async. Unlike httpx.MockTransport it does not read the whole
    request body first: the body goes through the mock's cap as it streams."""

    def __init__(self, app: MockApp) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            body = _read_capped(request, self.app.limits.max_body_bytes)
        except BodyTooLarge:
            return self.app.in_process_response(self.app.too_large())
        return self.app.in_process_response(self.app.handle(Request.from_httpx(request, body)))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            body = await _aread_capped(request, self.app.limits.max_body_bytes)
        except BodyTooLarge:
            return self.app.in_process_response(self.app.too_large())
        return self.app.in_process_response(self.app.handle(Request.from_httpx(request, body)))


def json_problem(body: bytes, max_depth: int) -> str | None:
    """Why `body` is not JSON the mock will read: it does not parse, or nests deeper than `max_depth`."""
    try:
        value = json.loads(body)
    except RecursionError:  # the decoder recurses once per level
        return f"the request body nests deeper than {max_depth} levels"
    except ValueError as error:
        return f"the request body is not valid JSON ({error})"
    level: list[tuple[Any, int]] = [(value, 1)]
    while level:
        node, depth = level.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > max_depth:
            return f"the request body nests deeper than {max_depth} levels"
        level.extend((child, depth + 1) for child in children)
    return None


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
    # The status of a refused body (JSON that does not parse or nests too deep): MetaStudio documents 400 for
    # its operations; a vendor whose documents answer every refusal with 200 and a code in the envelope sets 200.
    malformed_status = 400

    clock_offset = 0.0
    """Seconds this server's clock is ahead of `base_clock` (negative: behind); set it to try a client whose
    clock is off. Every answer carries the server's time in a `Date` header, as live services' do."""

    def __init__(
        self,
        clock: Clock | None = None,
        seed: int | None = None,
        step_seconds: float = 0.3,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self.limits = limits
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

    def in_process_response(self, reply: Reply) -> httpx.Response:
        body, headers = reply.encoded()
        headers.setdefault("date", self.date_header())
        response = httpx.Response(reply.status, headers=headers, content=body)
        response.elapsed = timedelta(0)  # in-process: httpx only times responses it streams itself
        return response

    # -- vendor-specific -------------------------------------------------------------------
    def authenticate(self, request: Request) -> Reply | None:
        raise NotImplementedError

    def rejected(self, operation: Operation | None, problems: list[str]) -> Reply:
        raise NotImplementedError

    def refusal(self, status: int, message: str, operation: Operation | None = None) -> Reply:
        """The vendor's error body (the operation's, where the request names one) for a request refused before
        it is read as an operation, at `status`."""
        reply = self.rejected(operation, [message])
        reply.status = status
        return reply

    # -- shared ----------------------------------------------------------------------------
    def screen(self, request: Request) -> Reply | None:
        """What a server refuses before reading a request as an operation: an undeclared method on a known
        path (405 with `Allow`), a JSON body that does not parse or nests too deep (`malformed_status`)."""
        matched = self.api.match(request.method, request.path)
        if matched is None:
            allowed = self.allowed_methods(request.path)
            if allowed:
                reply = self.refusal(405, f"{request.method} is not allowed on {request.path}")
                reply.headers["Allow"] = ", ".join(allowed)
                return reply
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if request.body and content_type == "application/json":
            problem = json_problem(request.body, self.limits.max_json_depth)
            if problem is not None:
                return self.refusal(self.malformed_status, problem, matched[0] if matched else None)
        return None

    def allowed_methods(self, path: str) -> list[str]:
        return [method for method in METHODS if self.api.match(method, path) is not None]

    def too_large(self) -> Reply:
        return self.refusal(413, f"the request body is larger than {self.limits.max_body_bytes} bytes")

    def evict(self, items: MutableMapping[K, V], finished: Callable[[V], bool]) -> None:
        """Past `limits.keep` entries, drop the oldest finished ones (in insertion order) until within it."""
        excess = len(items) - self.limits.keep
        if excess <= 0:
            return
        victims: list[K] = []
        for key, value in items.items():
            if len(victims) == excess:
                break
            if finished(value):
                victims.append(key)
        for key in victims:
            del items[key]

    def handle(self, request: Request) -> Reply:
        with self.lock:
            self.requests_seen += 1
            denied = self.authenticate(request) or self.screen(request)
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

    def transport(self) -> InProcessTransport:
        """An in-process transport for `httpx.Client(transport=...)` (or AsyncClient): the same `handle` as
        the ASGI app."""
        return InProcessTransport(self)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] == "lifespan":
            return await lifespan(receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            if _declared_too_large(headers, self.limits.max_body_bytes):
                raise BodyTooLarge  # refused before a byte of it is read
            body = await read_body(receive, self.limits.max_body_bytes)
        except BodyTooLarge:
            return await self._send(send, self.too_large())
        query = scope.get("query_string", b"").decode("latin-1")
        raw = scope.get("raw_path") or scope["path"].encode()
        raw_path = raw.decode("latin-1") + (f"?{query}" if query else "")
        request = Request(
            method=scope["method"],
            path=scope["path"],
            query_string=query,
            headers=headers,
            body=body,
            raw_path=raw_path,
        )
        await self._send(send, self.handle(request))

    async def _send(self, send: Send, reply: Reply) -> None:
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
