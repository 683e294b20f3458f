"""The mocks as servers: a body cap checked before the body is read, bounded state, malformed and deeply
nested JSON answered 400 in the vendor's error body, 405 with `Allow` for an undeclared method, and
`digihuman mock` accepting the credentials of its environment."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any, cast

import httpx
import pytest

from digihuman import metastudio, metaworks
from digihuman.mock.base import Limits, MockApp, Request
from digihuman.mock.demo import ENV, accepting, demo_mock
from digihuman.mock.metastudio import MetaStudioMock
from digihuman.mock.server import serve_in_thread
from digihuman.mock.xingyun import XingyunMock, expected_token

NOW = 1_700_000_000.0
PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]
AKSK = {
    name: ENV["metastudio"][name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")
}
XY_CREATE = "/user/v1/video_synthesis_task/create_render_task"
NESTED = b"[" * 10_000 + b"]" * 10_000


def clock() -> float:
    return NOW


# -- signing a raw request as each vendor's client would ---------------------------------------------


def xingyun_signed(method: str, path: str, body: bytes = b"") -> httpx.Request:
    """X-TOKEN as the mock itself reads it (so any body, even one that is not JSON, can be signed)."""
    headers = {"content-type": "application/json", "x-app-id": ENV["xingyun"]["XINGYUN_APP_ID"]}
    headers["x-timestamp"] = str(int(NOW))
    raw = Request(method, path, "", headers, body, raw_path=path)
    headers["x-token"] = expected_token(raw, ENV["xingyun"]["XINGYUN_APP_SECRET"], headers["x-timestamp"])
    return httpx.Request(method, "http://127.0.0.1" + path, headers=headers, content=body)


def metaworks_signed(method: str, path: str, body: bytes = b"") -> httpx.Request:
    request = httpx.Request(
        method, "http://127.0.0.1" + path, headers={"content-type": "application/json"}, content=body
    )
    return next(metaworks.auth(clock=clock).auth_flow(request))


def metastudio_signed(method: str, path: str, body: bytes = b"") -> httpx.Request:
    request = httpx.Request(
        method, "http://127.0.0.1" + path, headers={"content-type": "application/json"}, content=body
    )
    return next(metastudio.auth(clock=clock, env=AKSK).auth_flow(request))


VENDORS: dict[str, tuple[Callable[[str, str, bytes], httpx.Request], str, str]] = {
    # vendor: (signer, a POST path, the vendor's error code field)
    "xingyun": (xingyun_signed, XY_CREATE, "error_code"),
    "metaworks": (metaworks_signed, "/card/generate", "err_code"),
    "metastudio": (metastudio_signed, f"/v1/{PROJECT}/2d-digital-human-videos", "error_code"),
}
VENDOR_ERROR = {"xingyun": 30005, "metaworks": -10002, "metastudio": "MSS.00000003"}


def mock_of(vendor: str, **options: Any) -> MockApp:
    return demo_mock(vendor, clock=clock, seed=1, **options)


# -- malformed and deeply nested JSON ------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(
    "body",
    [NESTED, b"[" * 100 + b"]" * 100, b'{"items": [1, 2', b"\xff\xfe"],
    ids=["10000-deep", "100-deep", "truncated", "not-utf8"],
)
def test_malformed_or_deeply_nested_json_is_refused_in_the_vendors_error_body(vendor: str, body: bytes) -> None:
    """MetaStudio answers 400; Xmov and Metaworks answer every refusal with 200 and a code (their specs)."""
    sign, path, code_field = VENDORS[vendor]
    answer = mock_of(vendor).transport().handle_request(sign("POST", path, body))
    assert answer.status_code == (400 if vendor == "metastudio" else 200)
    assert answer.json()[code_field] == VENDOR_ERROR[vendor]


def test_a_deeply_nested_iam_request_is_a_400_too() -> None:
    mock = mock_of("metastudio")
    answer = mock.transport().handle_request(
        httpx.Request(
            "POST", "http://127.0.0.1/v3/auth/tokens", headers={"content-type": "application/json"}, content=NESTED
        )
    )
    assert answer.status_code == 400 and answer.json()["error_code"] == "MSS.00000003"


# -- undeclared methods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vendor", "method", "path", "allow"),
    [
        ("xingyun", "GET", XY_CREATE, "POST"),
        ("xingyun", "DELETE", "/user/v1/video_synthesis_task/get_render_task", "GET"),
        ("metaworks", "GET", "/card/list", "POST"),
        ("metastudio", "PATCH", f"/v1/{PROJECT}/2d-digital-human-videos/j1", "GET"),
        ("metastudio", "DELETE", f"/v1/{PROJECT}/2d-digital-human-videos", "POST"),
    ],
)
def test_an_undeclared_method_on_a_known_path_is_405_with_allow(
    vendor: str, method: str, path: str, allow: str
) -> None:
    sign, _, code_field = VENDORS[vendor]
    answer = mock_of(vendor).transport().handle_request(sign(method, path, b""))
    assert (answer.status_code, answer.headers["allow"]) == (405, allow)
    assert answer.json()[code_field] == VENDOR_ERROR[vendor]


def test_an_unknown_path_is_still_not_found_and_credentials_come_first() -> None:
    answer = mock_of("metastudio").transport().handle_request(metastudio_signed("GET", f"/v1/{PROJECT}/nothing-here"))
    assert answer.status_code == 404
    unsigned = httpx.Request("PATCH", f"http://127.0.0.1/v1/{PROJECT}/2d-digital-human-videos/j1")
    assert mock_of("metastudio").transport().handle_request(unsigned).status_code == 401


# -- the body cap ----------------------------------------------------------------------------------------


class Receiving:
    """An ASGI `receive` that counts what the app pulled: a declared 300 MB body, or endless chunks."""

    def __init__(self, chunk: bytes, chunks: int) -> None:
        self.chunk, self.left, self.pulled = chunk, chunks, 0

    async def __call__(self) -> dict[str, Any]:
        self.pulled += len(self.chunk)
        self.left -= 1
        return {"type": "http.request", "body": self.chunk, "more_body": self.left > 0}


def asgi_post(app: MockApp, headers: list[tuple[bytes, bytes]], receive: Receiving) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": XY_CREATE, "query_string": b"", "headers": headers}
    asyncio.run(app(scope, receive, send))
    return sent


def test_a_declared_300_mb_body_is_refused_before_any_of_it_is_read() -> None:
    receive = Receiving(b"x" * 1_000_000, 300)
    sent = asgi_post(mock_of("xingyun"), [(b"content-length", b"300000000")], receive)
    assert sent[0]["status"] == 413 and receive.pulled == 0
    assert json.loads(sent[1]["body"])["error_code"] == VENDOR_ERROR["xingyun"]


def test_a_chunked_body_is_read_only_up_to_the_cap() -> None:
    receive = Receiving(b"x" * 1_000_000, 300)  # 300 MB, had it all been read
    sent = asgi_post(mock_of("xingyun", limits=Limits(max_body_bytes=4_000_000)), [], receive)
    assert sent[0]["status"] == 413 and receive.pulled <= 5_000_000


def test_the_in_process_transport_caps_a_streamed_body_too() -> None:
    pulled = []

    def endless() -> Iterator[bytes]:
        while True:
            pulled.append(1)
            yield b"x" * 1_000_000

    mock = mock_of("xingyun", limits=Limits(max_body_bytes=2_000_000))
    with httpx.Client(transport=mock.transport(), base_url="http://127.0.0.1") as client:
        answer = client.post(XY_CREATE, content=endless())
    assert answer.status_code == 413 and len(pulled) <= 3


def test_a_served_mock_answers_413_to_a_300_mb_upload_without_waiting_for_it() -> None:
    with serve_in_thread(mock_of("metastudio")) as base_url:
        host, port = base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as conn:
            head = f"POST /v1/{PROJECT}/2d-digital-human-videos HTTP/1.1\r\nHost: {host}\r\n"
            head += "Content-Type: application/json\r\nContent-Length: 300000000\r\n\r\n"
            conn.sendall(head.encode() + b"[" * 1000)  # a sliver of the body, then wait for the answer
            received = b""
            while not received.endswith(b"0\r\n\r\n"):  # the end of the chunked answer
                piece = conn.recv(65536)
                assert piece, f"the connection closed after {received!r}"
                received += piece
    answer = received.decode()
    assert answer.startswith("HTTP/1.1 413")
    assert '"error_code": "MSS.00000003"' in answer


# -- bounded state -----------------------------------------------------------------------------------


def xingyun_create(mock: MockApp, look: str = "l") -> int:
    body = json.dumps(
        {"look_name": look, "tts_vcn_name": "t", "studio_name": "s", "segment": [{"text": "你好"}]}
    ).encode()
    answer = mock.transport().handle_request(xingyun_signed("POST", XY_CREATE, body)).json()
    assert answer["error_code"] == 0, answer
    return int(answer["data"]["task_id"])


def test_finished_xingyun_tasks_are_forgotten_oldest_first_past_the_limit() -> None:
    mock = cast(XingyunMock, mock_of("xingyun", step_seconds=0, limits=Limits(keep=3)))  # done at once
    ids = [xingyun_create(mock) for _ in range(10)]
    assert list(mock.tasks) == ids[-3:]


def test_running_tasks_are_never_forgotten() -> None:
    mock = cast(XingyunMock, mock_of("xingyun", step_seconds=3600, limits=Limits(keep=3)))
    ids = [xingyun_create(mock) for _ in range(6)]
    assert list(mock.tasks) == ids


def test_metaworks_cards_and_metastudio_jobs_are_bounded_too() -> None:
    cards = mock_of("metaworks", step_seconds=0, limits=Limits(keep=2))
    for _ in range(5):
        body = json.dumps({"meta_human_id": 1, "items": [{"tpl_id": 152, "tts_text": "你好", "bg_url": "u"}]}).encode()
        assert (
            cards.transport().handle_request(metaworks_signed("POST", "/card/generate", body)).json()["err_code"] == 0
        )
    assert len(cards.cards) == 2  # type: ignore[attr-defined]

    studio = cast(MetaStudioMock, mock_of("metastudio", step_seconds=0, limits=Limits(keep=2)))
    body = json.dumps(
        {
            "model_asset_id": "m",
            "voice_config": {"voice_asset_id": "v"},
            "shoot_scripts": [{"shoot_script": {"text_config": {"text": "你好"}}}],
            "output_asset_config": {"asset_name": "a"},
        }
    ).encode()
    for _ in range(5):
        path = f"/v1/{PROJECT}/2d-digital-human-videos"
        assert studio.transport().handle_request(metastudio_signed("POST", path, body)).status_code == 200
    assert len(studio.records(PROJECT, "2d-digital-human-videos")) == 2


# -- `digihuman mock` accepts the credentials of its environment ---------------------------------------------


def test_the_mock_accepts_the_environments_credentials_besides_the_demo_ones() -> None:
    env = {"XINGYUN_APP_ID": "my-app", "XINGYUN_APP_SECRET": "my-own-secret-1234"}
    options, accepted = accepting("xingyun", env)
    assert options["apps"] == {"mock-app-id": "mock-app-secret", "my-app": "my-own-secret-1234"}
    assert accepted == [
        "the demo credentials (XINGYUN_APP_ID=mock-app-id)",
        "those of the environment (XINGYUN_APP_ID=my-app)",
    ]
    assert accepting("xingyun", {"XINGYUN_APP_ID": "half-a-set"})[1] == accepted[:1]


def test_digihuman_mock_serves_a_client_configured_with_its_own_test_credentials(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from digihuman import cli
    from digihuman.mock import server

    own = {
        "METAWORKS_APP_KEY": "team-key",
        "METAWORKS_APP_SECRET": "team-secret-never-printed",
        "METAWORKS_APP_NAME": "team-app",
    }
    for name, value in own.items():
        monkeypatch.setenv(name, value)
    served: list[MockApp] = []

    @contextlib.contextmanager
    def recorded(app: MockApp, port: int = 0, access_log: bool = False) -> Iterator[str]:
        served.append(app)
        yield "http://127.0.0.1:8902"

    waiting = threading.Event.wait

    def interrupted(self: threading.Event, timeout: float | None = None) -> bool:
        monkeypatch.setattr(threading.Event, "wait", waiting)
        raise KeyboardInterrupt  # Ctrl-C, once the banner is out

    monkeypatch.setattr(server, "serve_in_thread", recorded)
    monkeypatch.setattr(threading.Event, "wait", interrupted)
    assert cli.main(["mock", "--vendor", "metaworks", "--port", "0"]) == 0
    banner = capsys.readouterr().err
    assert "METAWORKS_APP_KEY=team-key" in banner and "METAWORKS_APP_KEY=mock-app-key" in banner
    assert "team-secret-never-printed" not in banner and "mock-app-secret" not in banner
    with serve_in_thread(served[0]) as base_url:
        client = metaworks.client(base_url=base_url, allow_http=True)
        answer = client.get_httpx_client().post("/card/list", json={"meta_human_id": 0, "task_list": []})
    assert answer.json()["err_code"] == 0


def test_metastudio_accepts_the_environments_access_key_on_its_project_and_never_shows_the_secret() -> None:
    env = {
        "HUAWEICLOUD_SDK_AK": "TEAMAK0000000000000",
        "HUAWEICLOUD_SDK_SK": "team-secret-key-never-shown",
        "HUAWEICLOUD_SDK_PROJECT_ID": "f" * 32,
    }
    options, accepted = accepting("metastudio", env)
    mock = demo_mock("metastudio", clock=clock, **options)
    request = httpx.Request("GET", f"http://127.0.0.1/v1/{'f' * 32}/2d-digital-human-videos/j1")
    signed = next(metastudio.auth(clock=clock, env=env).auth_flow(request))
    assert mock.transport().handle_request(signed).status_code == 404  # through the gateway: no such job
    assert (
        "HUAWEICLOUD_SDK_AK=TEAMAK0000000000000" in accepted[1]
        and f"HUAWEICLOUD_SDK_PROJECT_ID={'f' * 32}" in accepted[1]
    )
    assert not any("secret" in line for line in accepted)


def test_digihuman_mock_does_not_log_a_one_time_code() -> None:
    import subprocess
    import sys
    import time

    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with socket.socket() as probe:  # a free port for the server process (it cannot report one it chose)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "digihuman.cli", "mock", "--vendor", "metastudio", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        path = f"/v1/{ENV['metastudio']['HUAWEICLOUD_SDK_PROJECT_ID']}/digital-human-chat/chat-command/j1"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}{path}?token=code-over-http-0001", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the mock did not start"
                time.sleep(0.2)
        with pytest.raises(InvalidStatus):  # an unknown code: refused without upgrading, and logged
            connect(f"ws://127.0.0.1:{port}{path}?token=code-over-ws-0002", open_timeout=10).close()
    finally:
        server.terminate()
        log, _ = server.communicate(timeout=30)
    assert f"{path}?token=***" in log and "WebSocket" in log
    assert "code-over-http-0001" not in log and "code-over-ws-0002" not in log
