"""The policy's network over TLS on loopback: certificate verification (`verify=` an SSL context, a CA bundle
file, or the default store), SNI and keep-alive work, and a certificate the client does not trust is
refused as a connect error (so nothing was sent)."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from digihuman.policy.network import Network
from digihuman.policy.network_async import AsyncNetworkTransport
from digihuman.policy.network_sync import NetworkTransport

TLS = Path(__file__).parent / "data" / "tls"
CERT, KEY = TLS / "localhost.crt", TLS / "localhost.key"


class Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        body = f'{{"path": "{self.path}", "host": "{self.headers["Host"]}"}}'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture(scope="module")
def tls_origin() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(CERT, KEY)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def trusting() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(CERT))


TRUSTING = [pytest.param(trusting, id="ssl-context"), pytest.param(lambda: str(CERT), id="ca-bundle-path")]


@pytest.mark.parametrize("verify", TRUSTING)
def test_sync_network_speaks_tls_and_reuses_the_connection(tls_origin: str, verify: Any) -> None:
    with httpx.Client(transport=NetworkTransport(Network(verify=verify(), trust_env=False))) as client:
        first = client.get(f"{tls_origin}/a?x=1")
        second = client.get(f"{tls_origin}/b")
    assert first.status_code == 200 and first.json() == {"path": "/a?x=1", "host": tls_origin.removeprefix("https://")}
    assert second.json()["path"] == "/b"


def test_sync_network_refuses_an_untrusted_certificate(tls_origin: str) -> None:
    with httpx.Client(transport=NetworkTransport(Network(trust_env=False))) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(f"{tls_origin}/a")


@pytest.mark.parametrize("verify", TRUSTING)
def test_async_network_speaks_tls(tls_origin: str, verify: Any) -> None:
    async def fetch() -> list[httpx.Response]:
        network = AsyncNetworkTransport(Network(verify=verify(), trust_env=False))
        async with httpx.AsyncClient(transport=network) as client:
            return list(await asyncio.gather(*(client.get(f"{tls_origin}/{i}") for i in range(5))))

    answers = asyncio.run(fetch())
    assert [a.json()["path"] for a in answers] == [f"/{i}" for i in range(5)]


def test_async_network_refuses_an_untrusted_certificate(tls_origin: str) -> None:
    async def fetch() -> None:
        async with httpx.AsyncClient(transport=AsyncNetworkTransport(Network(trust_env=False))) as client:
            await client.get(f"{tls_origin}/a")

    with pytest.raises(httpx.ConnectError):
        asyncio.run(fetch())
