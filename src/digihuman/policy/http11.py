"""HTTP/1.1 for the policy's sync side: blocking sockets in a keep-alive pool, answers parsed by
`httptools` (llhttp, the parser of Node.js and uvicorn), under httpx's transport interface.

Why not httpx's own `HTTPTransport`: httpcore and h11 are pure Python and spend ~140 µs of CPU on a small
loopback exchange that llhttp parses in a few; `make bench` measures both in the same run.

What it does, as httpcore does it: HTTP/1.1 only, no proxies (the policy never used them); TLS with the
SSL context httpx would build for `verify`, made on the first https request; keep-alive connections per
origin (at most `max_keepalive_connections` kept, none older than `keepalive_expiry`), and a kept
connection the server has since closed (readable while idle) is dropped rather than reused; request
headers validated as h11 validates them (an invalid name or value is `LocalProtocolError`, and nothing is
sent); bodies framed by Content-Length, chunked, or until close; `HEAD`, 1xx, 204 and 304 answers without
a body. Each error is the httpx error for the stage it happened at, which is what the retry policy reads:
connecting (`ConnectError`, `ConnectTimeout`: nothing was sent), writing (`WriteError`, `WriteTimeout`),
reading (`ReadError`, `ReadTimeout`, and `RemoteProtocolError` for a connection closed before a complete
answer or an answer that is not HTTP).
"""

from __future__ import annotations

import re
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any

import httptools
import httpx

from digihuman.policy.answers import ParsedResponse

Origin = tuple[str, str, int]

# h11's grammar for what it will send (h11/_abnf.py): header names are tokens; values have no NUL, CR, LF or
# surrounding whitespace; the method is a token and the target printable ASCII.
TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")
FIELD_VALUE = re.compile(rb"(?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?")
TARGET = re.compile(rb"[\x21-\x7e]+")
CONTENT_LENGTH = re.compile(rb"[0-9]+")

MAX_HEAD_BYTES = 64 * 1024  # a response head larger than this is refused (h11's default limit)
READ_SIZE = 64 * 1024
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


class Http11Transport(httpx.BaseTransport):
    def __init__(self, verify: Any = True, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._verify = verify
        self._ssl: ssl.SSLContext | None = None
        self._keep = limits.max_keepalive_connections if limits.max_keepalive_connections is not None else 1 << 30
        self._expiry = limits.keepalive_expiry
        self._idle: dict[Origin, list[_Connection]] = {}
        self._lock = threading.Lock()

    # -- the exchange ------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        origin = origin_of(request)
        timeouts = request.extensions.get("timeout") or {}
        head, chunked = request_head(request)
        connection = self._checkout(origin, request, timeouts)
        try:
            connection.send(request, head, chunked, timeouts.get("write"))
            answer = connection.receive_head(request, timeouts.get("read"))
        except BaseException:
            connection.close()
            raise
        body: httpx.SyncByteStream
        if answer.done:  # the whole answer came with its head (most API answers): the connection is free now
            if answer.reusable:
                self._checkin(origin, connection)
            else:
                connection.close()
            body = httpx.ByteStream(b"".join(answer.chunks))
        else:
            body = _Body(self, origin, connection, answer, request, timeouts.get("read"))
        return ParsedResponse(answer.status, headers=answer.headers, stream=body, extensions=answer.extensions)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()

    # -- the pool ----------------------------------------------------------------------------
    def _checkout(self, origin: Origin, request: httpx.Request, timeouts: dict[str, Any]) -> _Connection:
        now = time.monotonic()
        while True:
            with self._lock:
                kept = self._idle.get(origin)
                connection = kept.pop() if kept else None
            if connection is None:
                break
            if connection.reusable(now, self._expiry):
                return connection
            connection.close()
        sock = _connect(origin, request, timeouts.get("connect"), self._ssl_context if origin[0] == "https" else None)
        return _Connection(sock)

    def _ssl_context(self) -> ssl.SSLContext:
        with self._lock:
            if self._ssl is None:
                self._ssl = httpx.create_ssl_context(verify=self._verify)
            return self._ssl

    def _checkin(self, origin: Origin, connection: _Connection) -> None:
        connection.idle_since = time.monotonic()
        with self._lock:
            kept = self._idle.setdefault(origin, [])
            if len(kept) < self._keep:
                kept.append(connection)
                return
        connection.close()


def origin_of(request: httpx.Request) -> Origin:
    url = request.url
    scheme = url.scheme
    if scheme not in ("http", "https"):
        raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.", request=request)
    if not url.host:
        raise httpx.UnsupportedProtocol("Request URL is missing a host.", request=request)
    return (scheme, url.host, url.port or (443 if scheme == "https" else 80))


def _connect(origin: Origin, request: httpx.Request, timeout: float | None, tls: Any) -> socket.socket:
    scheme, host, port = origin
    try:
        sock = socket.create_connection((host, port), timeout)
    except TimeoutError as exc:
        raise httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request) from exc
    except OSError as exc:
        raise httpx.ConnectError(str(exc), request=request) from exc
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if tls is not None:
            server_hostname = request.extensions.get("sni_hostname") or host
            sock = tls().wrap_socket(sock, server_hostname=server_hostname)
    except TimeoutError as exc:
        sock.close()
        raise httpx.ConnectTimeout(str(exc) or "timed out in the TLS handshake", request=request) from exc
    except (OSError, ssl.SSLError, ssl.CertificateError) as exc:
        sock.close()
        raise httpx.ConnectError(str(exc), request=request) from exc
    return sock


def request_head(request: httpx.Request) -> tuple[bytes, bool]:
    """The request line and headers, validated as h11 validates them; whether the body goes chunked."""
    method = request.method.encode("ascii", "replace")
    target = request.url.raw_path
    if not TOKEN.fullmatch(method) or not TARGET.fullmatch(target):
        raise httpx.LocalProtocolError(f"Illegal request line {method!r} {target!r}", request=request)
    lines = [method, b" ", target, b" HTTP/1.1\r\n"]
    chunked = False
    lengths: set[bytes] = set()
    for pair in request.headers.raw:
        line = _LINES.get(pair) or _header_line(pair, request)
        name, value = pair
        if line[0] in (0x43, 0x54, 0x63, 0x74):  # C, T: maybe Content-Length or Transfer-Encoding
            lower = name.lower()
            if lower == b"content-length":
                lengths.update(part.strip() for part in value.split(b","))
            elif lower == b"transfer-encoding":
                if chunked or value.lower() != b"chunked":
                    raise httpx.LocalProtocolError("Only one Transfer-Encoding: chunked is supported", request=request)
                chunked = True
        lines.append(line)
    if len(lengths) > 1 or any(not CONTENT_LENGTH.fullmatch(length) for length in lengths):
        raise httpx.LocalProtocolError("bad or conflicting Content-Length", request=request)
    lines.append(b"\r\n")
    return b"".join(lines), chunked


_LINES: dict[tuple[bytes, bytes], bytes] = {}  # header lines already checked (a pure function's memo)
_LINES_KEPT = 512


def _header_line(pair: tuple[bytes, bytes], request: httpx.Request) -> bytes:
    name, value = pair
    if not TOKEN.fullmatch(name):
        raise httpx.LocalProtocolError(f"Illegal header name {name!r}", request=request)
    if not FIELD_VALUE.fullmatch(value):
        raise httpx.LocalProtocolError(f"Illegal header value {value!r}", request=request)
    if len(_LINES) >= _LINES_KEPT:
        _LINES.clear()
    line = _LINES[pair] = name + b": " + value + b"\r\n"
    return line


class Answer:
    """One response as llhttp reports it (the parser's protocol object)."""

    __slots__ = (
        "status",
        "reason",
        "version",
        "headers",
        "chunks",
        "head_done",
        "done",
        "keep_alive",
        "until_close",
        "unasked",
        "_reason",
        "_parser",
    )

    def __init__(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: list[bytes] = []
        self.head_done = False
        self.done = False
        self.keep_alive = False  # llhttp's answer, asked while the message is current (it resets after)
        self.until_close = False  # the body ends where the connection does (no Content-Length, not chunked)
        self.unasked = False  # bytes came after the answer: the connection is not trusted with another request
        self._reason: list[bytes] = []
        self.status = 0
        self.reason = b""
        self.version = b"HTTP/1.1"
        self._parser = httptools.HttpResponseParser(self)

    def feed(self, data: bytes) -> None:
        self._parser.feed_data(data)

    # llhttp's callbacks. A message after the answer is not ours: it is noted, and otherwise ignored.
    def on_message_begin(self) -> None:
        if self.done:
            self.unasked = True
        elif not self.head_done:  # again after an interim (1xx) answer: start over
            self.headers.clear()
            self._reason.clear()

    def on_status(self, reason: bytes) -> None:
        if not self.head_done:
            self._reason.append(reason)

    def on_header(self, name: bytes, value: bytes) -> None:
        if not self.head_done:  # later ones are a chunked body's trailers
            self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        if self.head_done:
            return
        status = self._parser.get_status_code()
        if 100 <= status < 200 and status != 101:
            return  # an interim answer: the real one follows
        self.status = status
        self.reason = b"".join(self._reason)
        self.version = f"HTTP/{self._parser.get_http_version()}".encode()
        self.keep_alive = bool(self._parser.should_keep_alive())
        names = {name.lower() for name, _ in self.headers}
        self.until_close = status not in (204, 304) and not names & {b"content-length", b"transfer-encoding"}
        self.head_done = True

    def on_body(self, chunk: bytes) -> None:
        if not self.done:
            self.chunks.append(chunk)

    def on_message_complete(self) -> None:
        if self.head_done and not self.done:
            self.keep_alive = bool(self._parser.should_keep_alive())
            self.done = True

    @property
    def reusable(self) -> bool:
        """Whether the connection may carry another request once this answer has been read to its end."""
        return self.done and self.keep_alive and not self.until_close and not self.unasked

    @property
    def extensions(self) -> dict[str, Any]:
        return {"http_version": self.version, "reason_phrase": self.reason}

    def head_of(self, method: str) -> None:
        """Called once the head is in: a HEAD answer has no body, whatever its Content-Length says."""
        if method == "HEAD":
            self.done = True
            self.until_close = False
            self.chunks.clear()


class _Connection:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.idle_since = time.monotonic()
        self.closed = False
        self._poller: Any = None

    def reusable(self, now: float, expiry: float | None) -> bool:
        """Not kept too long, and not readable: an idle connection that is readable has been closed by the
        server (or sent something unasked), and must not carry a request."""
        if self.closed or (expiry is not None and now - self.idle_since > expiry):
            return False
        return not self._readable()

    def _readable(self) -> bool:
        """As httpcore asks it (`is_socket_readable`): poll where there is poll, select elsewhere."""
        try:
            if hasattr(select, "poll"):
                if self._poller is None:
                    self._poller = select.poll()
                    self._poller.register(self.sock, select.POLLIN)
                return bool(self._poller.poll(0))
            return bool(select.select([self.sock], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    def send(self, request: httpx.Request, head: bytes, chunked: bool, timeout: float | None) -> None:
        try:
            self.sock.settimeout(timeout)
            try:
                body = request.content
            except httpx.RequestNotRead:  # a stream: sent as it comes
                self.sock.sendall(head)
                for chunk in request.stream:  # type: ignore[union-attr]
                    if chunk:
                        self.sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                if chunked:
                    self.sock.sendall(b"0\r\n\r\n")
            else:
                if chunked:
                    body = (b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)) if body else b"0\r\n\r\n"
                if len(body) <= READ_SIZE:
                    self.sock.sendall(head + body)
                else:
                    self.sock.sendall(head)
                    self.sock.sendall(body)
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out writing the request", request=request) from exc
        except OSError as exc:
            raise httpx.WriteError(str(exc), request=request) from exc

    def receive(self, request: httpx.Request, timeout: float | None) -> bytes:
        try:
            self.sock.settimeout(timeout)
            return self.sock.recv(READ_SIZE)
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out reading the answer", request=request) from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc), request=request) from exc

    def receive_head(self, request: httpx.Request, timeout: float | None) -> Answer:
        answer = Answer()
        seen = 0
        while not answer.head_done:
            data = self.receive(request, timeout)
            if not data:
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
            seen += len(data)
            if seen > MAX_HEAD_BYTES and not answer.head_done:
                raise httpx.RemoteProtocolError("The answer's head is too large.", request=request)
            feed(answer, data, request)
        answer.head_of(request.method)
        return answer

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            try:
                self.sock.close()
            except OSError:
                pass


def feed(answer: Answer, data: bytes, request: httpx.Request) -> None:
    try:
        answer.feed(data)
    except (httptools.HttpParserError, httptools.HttpParserUpgrade) as exc:
        raise parse_error(exc, request) from exc


def parse_error(exc: Exception, request: httpx.Request) -> httpx.RemoteProtocolError:
    if isinstance(exc, httptools.HttpParserUpgrade):
        return httpx.RemoteProtocolError("The server switched protocols; that is not supported.", request=request)
    return httpx.RemoteProtocolError(f"The answer is not valid HTTP/1.1: {exc}", request=request)


class _Body(httpx.SyncByteStream):
    """The answer's body as it arrives; the connection goes back to the pool once it has been read to the
    end of a keep-alive answer, and is closed otherwise."""

    def __init__(
        self,
        transport: Http11Transport,
        origin: Origin,
        connection: _Connection,
        answer: Answer,
        request: httpx.Request,
        timeout: float | None,
    ) -> None:
        self._transport = transport
        self._origin = origin
        self._connection: _Connection | None = connection
        self._answer = answer
        self._request = request
        self._timeout = timeout

    def __iter__(self) -> Iterator[bytes]:
        answer, connection = self._answer, self._connection
        if connection is None:
            return
        try:
            while True:
                if answer.chunks:
                    chunks, answer.chunks = answer.chunks, []
                    yield from chunks
                if answer.done:
                    break
                data = connection.receive(self._request, self._timeout)
                if not data:
                    if answer.until_close:
                        break
                    raise httpx.RemoteProtocolError(
                        "Server disconnected before the answer was complete.", request=self._request
                    )
                feed(answer, data, self._request)
        except BaseException:
            self._release(reuse=False)
            raise
        self._release(reuse=answer.reusable)

    def close(self) -> None:
        self._release(reuse=False)

    def _release(self, reuse: bool) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        if reuse:
            self._transport._checkin(self._origin, connection)
        else:
            connection.close()
