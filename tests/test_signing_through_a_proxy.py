"""AK/SK-signed calls through a rewriting intermediary on loopback, to a served MetaStudio mock.

The relay does what RFC 9110 obliges or allows a hop to do, and what TLS-inspecting proxies do: it removes
`Connection` (and the names it lists), sets `Accept-Encoding: identity`, and re-frames the body as chunked
(no `Content-Length`). HTTP is parsed by h11 on both sides. Signed as the official SDK signs, the calls
succeed; signed over every header (what this client did before), the same relay makes the gateway refuse
them, which shows that the relay really changes what arrives.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import h11
import httpx
import pytest
from metastudio_client.api.digital_assets import create_digital_asset, list_digital_assets
from metastudio_client.models import CreateDigitalAssetRequest

from digihuman import metastudio
from digihuman.auth.sdk_hmac import (
    RequestParts,
    authorization,
    canonical_request,
    format_date,
    signature,
    string_to_sign,
)
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.server import serve_in_thread
from digihuman.secret import Secret

DEMO = ENV["metastudio"]
AKSK_ENV = {name: DEMO[name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")}
PROJECT = DEMO["HUAWEICLOUD_SDK_PROJECT_ID"]


def rewrite(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    listed = {t.strip().lower() for name, value in headers if name.lower() == b"connection" for t in value.split(b",")}
    dropped = {b"connection", b"content-length", b"transfer-encoding", b"accept-encoding", b"keep-alive", *listed}
    kept = [(name, value) for name, value in headers if name.lower() not in dropped]
    return [*kept, (b"Accept-Encoding", b"identity"), (b"Transfer-Encoding", b"chunked"), (b"Via", b"1.1 relay")]


class Relay:
    """A loopback HTTP/1.1 relay to one upstream; it records the request heads it forwarded."""

    def __init__(self, upstream: str) -> None:
        url = httpx.URL(upstream)
        self.upstream = (url.host, url.port or 80)
        self.forwarded: list[list[tuple[bytes, bytes]]] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, client: socket.socket) -> None:
        with client:
            server = h11.Connection(h11.SERVER)
            while True:
                request, body = self._read(server, client)
                if request is None:
                    return
                headers = rewrite(list(request.headers.raw_items()))
                self.forwarded.append(headers)
                response, answer = self._forward(request, headers, body)
                client.sendall(server.send(response))
                client.sendall(server.send(h11.Data(data=answer)))
                client.sendall(server.send(h11.EndOfMessage()))
                if server.our_state is h11.MUST_CLOSE:
                    return
                server.start_next_cycle()

    @staticmethod
    def _read(conn: h11.Connection, sock: socket.socket) -> tuple[Any, bytes]:
        head, body = None, b""
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = sock.recv(65536)
                conn.receive_data(data)
                if not data and head is None:
                    return None, b""
            elif isinstance(event, (h11.Request, h11.Response)):
                head = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, (h11.EndOfMessage, h11.ConnectionClosed)):
                return head, body

    def _forward(self, request: Any, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[Any, bytes]:
        with socket.create_connection(self.upstream, timeout=30) as sock:
            conn = h11.Connection(h11.CLIENT)
            out = conn.send(h11.Request(method=request.method, target=request.target, headers=headers))
            if body:
                out += conn.send(h11.Data(data=body))  # sent as a chunk: the head says chunked
            out += conn.send(h11.EndOfMessage())
            sock.sendall(out)
            response, answer = self._read(conn, sock)
            kept = [(n, v) for n, v in response.headers.raw_items() if n.lower() != b"connection"]
            return h11.Response(status_code=response.status_code, headers=kept, reason=response.reason), answer

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def relay() -> Iterator[Relay]:
    with serve_in_thread(demo_mock("metastudio")) as upstream:
        r = Relay(upstream)
        try:
            yield r
        finally:
            r.close()


class SignsEveryHeader(httpx.Auth):
    """The earlier signing: every header the request holds (but those with `_`), Accept and Connection too."""

    requires_request_body = True

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:  # type: ignore[override]
        date = format_date(time.time())
        request.headers["X-Sdk-Date"] = date
        request.headers["X-Project-Id"] = PROJECT
        signed = sorted({n.decode().lower() for n, _ in request.headers.raw if b"_" not in n})
        canonical = canonical_request(RequestParts.from_httpx(request), signed)
        sig = signature(Secret(DEMO["HUAWEICLOUD_SDK_SK"]), string_to_sign(date, canonical))
        request.headers["Authorization"] = authorization(DEMO["HUAWEICLOUD_SDK_AK"], signed, sig)
        yield request


def test_signed_calls_succeed_through_a_rewriting_relay(relay: Relay) -> None:
    client = metastudio.client(base_url=relay.url, env=AKSK_ENV, retries=0)
    body = CreateDigitalAssetRequest.from_dict({"asset_name": "relayed", "asset_type": "IMAGE"})
    created = create_digital_asset.sync_detailed(PROJECT, client=client, body=body)
    assert created.status_code == 200
    listed = list_digital_assets.sync_detailed(PROJECT, client=client)
    assert listed.status_code == 200
    # The relay did change the request: no Connection, no Content-Length, chunked, Accept-Encoding rewritten.
    post = {n.lower(): v for n, v in relay.forwarded[0]}
    assert b"connection" not in post and b"content-length" not in post
    assert post[b"transfer-encoding"] == b"chunked" and post[b"accept-encoding"] == b"identity"


def test_signing_every_header_fails_through_the_same_relay(relay: Relay) -> None:
    body = b'{"asset_name": "relayed", "asset_type": "IMAGE"}'
    path = f"/v1/{PROJECT}/digital-assets"
    upstream = f"http://{relay.upstream[0]}:{relay.upstream[1]}"
    with httpx.Client(auth=SignsEveryHeader(), headers={"Content-Type": "application/json"}) as raw:
        assert raw.post(upstream + path, content=body).status_code == 200  # straight to the mock: accepted
        refused = raw.post(relay.url + path, content=body)  # the same signing through the relay: refused
    assert refused.status_code == 401
    assert refused.json()["error_code"] == "APIG.0301"
