"""A minimal HTTP/1.1 responder on loopback: every request gets the same JSON answer over a kept-alive
connection, so that what a figure measures is the client's cost, not a server's.

    python -m bench.server <body-file>      # prints the port on stdout, serves until stdin closes

It runs in its own process (the client's CPU time never includes it). It reads each request's head and
its Content-Length body, and answers `200` with `Content-Type: application/json`, `Connection: keep-alive`
and the fixed body. Nothing else (no chunked request bodies, no pipelining beyond what arrives in order).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

HEAD_END = b"\r\n\r\n"


class Responder(asyncio.Protocol):
    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        answers = 0
        while True:
            end = self.buffer.find(HEAD_END)
            if end < 0:
                break
            length = content_length(self.buffer[:end])
            total = end + len(HEAD_END) + length
            if len(self.buffer) < total:
                break
            self.buffer = self.buffer[total:]
            answers += 1
        if answers and self.transport is not None:
            self.transport.write(self.answer * answers)


def content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def answer_bytes(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "X-Request-Id: 0b1ec5f5d1b4c0a6\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


async def serve(body: bytes) -> None:
    loop = asyncio.get_running_loop()
    answer = answer_bytes(body)
    server = await loop.create_server(lambda: Responder(answer), "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    stdin_closed = loop.create_future()

    def on_stdin() -> None:
        if not os.read(sys.stdin.fileno(), 1024) and not stdin_closed.done():
            stdin_closed.set_result(None)

    loop.add_reader(sys.stdin.fileno(), on_stdin)
    async with server:
        await stdin_closed


@contextlib.contextmanager
def running(body: bytes, workdir: Path) -> Iterator[str]:
    """Start the responder in a subprocess; yields its base URL; stops it by closing its stdin."""
    body_file = workdir / "answer.json"
    body_file.write_bytes(body)
    process = subprocess.Popen(  # noqa: S603 - our own module, with the interpreter running us
        [sys.executable, "-m", "bench.server", str(body_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    asyncio.run(serve(Path(sys.argv[1]).read_bytes()))


if __name__ == "__main__":
    main()
