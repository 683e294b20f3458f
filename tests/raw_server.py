"""A scripted HTTP/1.1 server on loopback for the network tests: it records each request exactly as it
arrived and answers with whatever bytes the test's script says, when the script says."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Seen:
    raw: bytes  # the request exactly as it arrived (its body read by Content-Length or chunks)
    connection: int  # which connection (0, 1, …) it came on


Reply = bytes | tuple[bytes, str] | str | Callable[[socket.socket], None] | None
"""Bytes to send; (bytes, "close") to send them and close; "close" to close without answering; a function
to run on the connection (then it is closed); None to stay silent for 5 s."""


@dataclass
class RawServer:
    script: Callable[[Seen, int], Reply]
    read_body: bool = True  # False: answer as soon as the head has arrived
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
        except OSError:  # the client went away
            pass

    def converse(self, conn: socket.socket, index: int) -> None:
        buffer = b""
        with conn:
            while True:
                raw, buffer = read_request(conn, buffer, self.read_body)
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
                if callable(reply):
                    reply(conn)
                    return
                if isinstance(reply, tuple):
                    conn.sendall(reply[0])
                    return
                assert isinstance(reply, bytes)
                conn.sendall(reply)
                if reply.startswith(b"HTTP/1.0"):  # an HTTP/1.0 answer ends with its connection
                    return


def read_request(conn: socket.socket, buffer: bytes, read_body: bool = True) -> tuple[bytes | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        data = conn.recv(65536)
        if not data:
            return None, b""
        buffer += data
    head, _, rest = buffer.partition(b"\r\n\r\n")
    if not read_body:
        return head + b"\r\n\r\n", b""
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
def raw_server(script: Callable[[Seen, int], Reply], read_body: bool = True) -> Iterator[RawServer]:
    server = RawServer(script, read_body)
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


def refused_url() -> str:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()
    return url
