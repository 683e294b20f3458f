"""Proxies, through a real forward proxy (proxy.py, a dev dependency) started on loopback: plain HTTP to a mock,
HTTPS through `CONNECT` to a mock served over TLS, `proxy=` and the environment's `HTTP_PROXY`/`HTTPS_PROXY`/
`ALL_PROXY`/`NO_PROXY` (and `trust_env=False`), the IAM token request too; sync and async. The proxy's own
access log shows what it carried: one line per connection, naming its first request."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from metastudio_client.api.video_jobs import list_digital_human_videos
from xingyun_client.api.video_synthesis_task import create_render_task, get_render_task
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman import metastudio, xingyun
from digihuman.errors import ConfigurationError, NotFoundError
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.server import serve_in_thread
from digihuman.policy.network import Network
from tests.test_transports_tls import CERT, KEY

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
SEGMENT = CreateRenderTaskBySegment(look_name="l", tts_vcn_name="t", studio_name="s", segment=[Segment(text="x")])
XINGYUN_TASKS = "/user/v1/video_synthesis_task"


@dataclass
class ForwardProxy:
    url: str
    log: Path

    def carried(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, *texts: str, seconds: float = 15.0, times: int = 1) -> str:
        """The log once it shows every text `times` times (proxy.py writes a connection's line when it ends)."""
        deadline = time.monotonic() + seconds
        while True:
            log = self.carried()
            if all(log.count(text) >= times for text in texts) or time.monotonic() > deadline:
                return log
            time.sleep(0.1)


@pytest.fixture(scope="module")
def forward_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForwardProxy]:
    folder = tmp_path_factory.mktemp("proxy")
    port_file, log = folder / "port", folder / "access.log"
    command = [sys.executable, "-m", "proxy", "--hostname", "127.0.0.1", "--port", "0", "--port-file", str(port_file)]
    command += ["--num-workers", "1", "--num-acceptors", "1", "--log-level", "INFO", "--log-file", str(log)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip() and log.exists()):
            assert process.poll() is None, "proxy.py exited"
            assert time.monotonic() < deadline, "proxy.py did not start"
            time.sleep(0.1)
        port = int(port_file.read_text())
        deadline = time.monotonic() + 30
        while True:  # listening?
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "proxy.py does not accept connections"
                time.sleep(0.1)
        yield ForwardProxy(f"http://127.0.0.1:{port}", log)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(autouse=True)
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(scope="module")
def xingyun_mock() -> Iterator[str]:
    with serve_in_thread(demo_mock("xingyun")) as url:
        yield url


@contextmanager
def serve_tls(app: Any) -> Iterator[str]:
    """`app` served over TLS (the test certificate for localhost) on loopback; yields its https:// URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        app, log_level="warning", lifespan="off", access_log=False, ssl_certfile=str(CERT), ssl_keyfile=str(KEY)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the TLS mock did not start"
        time.sleep(0.01)
    try:
        yield f"https://localhost:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def xingyun_tls_mock() -> Iterator[str]:
    with serve_tls(demo_mock("xingyun")) as url:
        yield url


def create_and_show(kind: str, client: Any) -> None:
    """A paid create and a show through `client`, then its connections closed (so the proxy logs them)."""
    if kind == "sync":
        created = create_render_task.sync(client=client, body=SEGMENT)
        task_id = created.data.task_id
        assert get_render_task.sync(client=client, task_id=task_id).data.task_id == task_id
        client.get_httpx_client().close()
        return

    async def run() -> None:
        created = await create_render_task.asyncio(client=client, body=SEGMENT)
        task_id = created.data.task_id
        shown = await get_render_task.asyncio(client=client, task_id=task_id)
        assert shown.data.task_id == task_id
        await client.get_async_httpx_client().aclose()

    asyncio.run(run())


def origin(url: str) -> str:
    return url.split("://", 1)[1]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_plain_http_through_the_given_proxy(kind: str, forward_proxy: ForwardProxy, xingyun_mock: str) -> None:
    line = f"POST {origin(xingyun_mock)}{XINGYUN_TASKS}/create_render_task"
    before = forward_proxy.carried().count(line)
    create_and_show(kind, xingyun.client(base_url=xingyun_mock, proxy=forward_proxy.url))
    assert forward_proxy.wait_for(line, times=before + 1).count(line) == before + 1  # one line per connection


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_https_through_connect_to_the_tls_mock(kind: str, forward_proxy: ForwardProxy, xingyun_tls_mock: str) -> None:
    line = f"CONNECT {origin(xingyun_tls_mock)}"
    before = forward_proxy.carried().count(line)
    client = xingyun.client(base_url=xingyun_tls_mock, proxy=forward_proxy.url, verify=str(CERT))
    create_and_show(kind, client)
    assert forward_proxy.wait_for(line, times=before + 1).count(line) == before + 1


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_the_environments_proxy_is_used_by_default(
    kind: str, variable: str, forward_proxy: ForwardProxy, xingyun_mock: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, forward_proxy.url)
    marker = f"task_id={len(forward_proxy.carried())}"  # a query no other test sends
    client = xingyun.client(base_url=xingyun_mock)
    call(kind, client, marker)
    assert marker in forward_proxy.wait_for(marker)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("setting", ["no_proxy", "trust_env"])
def test_no_proxy_and_trust_env_false_go_direct(
    kind: str, setting: str, forward_proxy: ForwardProxy, xingyun_mock: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", forward_proxy.url)
    if setting == "no_proxy":
        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    marker = f"task_id={len(forward_proxy.carried()) + 1_000_000}"
    client = xingyun.client(base_url=xingyun_mock, trust_env=setting != "trust_env")
    call(kind, client, marker)
    assert marker not in forward_proxy.wait_for(marker, seconds=1)


def call(kind: str, client: Any, marker: str) -> None:
    """A show of a task that does not exist (its id is `marker`'s number): the mock answers that it does not
    (so the request went through), then the client's connections close (so the proxy logs them)."""
    task_id = int(marker.split("=")[1])
    with pytest.raises(NotFoundError):
        if kind == "sync":
            try:
                get_render_task.sync(client=client, task_id=task_id)
            finally:
                client.get_httpx_client().close()
        else:

            async def run() -> Any:
                try:
                    return await get_render_task.asyncio(client=client, task_id=task_id)
                finally:
                    await client.get_async_httpx_client().aclose()

            asyncio.run(run())


def test_the_iam_token_request_goes_through_the_same_proxy(forward_proxy: ForwardProxy) -> None:
    with serve_in_thread(demo_mock("metastudio")) as url:
        demo = ENV["metastudio"]
        env = {name: value for name, value in demo.items() if name not in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")}
        env |= {"HUAWEICLOUD_SDK_IAM_ENDPOINT": url, "METASTUDIO_ENDPOINT": url, "HTTP_PROXY": forward_proxy.url}
        client = metastudio.client(env=env)  # token auth, the proxy from `env`
        answer = list_digital_human_videos.sync_detailed(demo["HUAWEICLOUD_SDK_PROJECT_ID"], client=client)
        client.get_httpx_client().close()
        assert answer.status_code == 200
        log = forward_proxy.wait_for(f"POST {origin(url)}/v3/auth/tokens", f"GET {origin(url)}/v1/")
    assert f"POST {origin(url)}/v3/auth/tokens" in log and f"GET {origin(url)}/v1/" in log


def test_proxy_choice_follows_the_environment_as_httpx_reads_it() -> None:
    env = {
        "HTTP_PROXY": "http://upper:3128",
        "http_proxy": "http://lower:3128",  # the lower-case spelling wins
        "HTTPS_PROXY": "proxy.example:8443",  # no scheme: an HTTP proxy
        "NO_PROXY": "internal.example,.corp.example,10.1.2.3",
    }
    network = Network(env=env)
    chosen = {url: network.proxy_for(httpx.URL(url)) for url in ("http://api.example", "https://api.example")}
    assert {url: str(proxy.url) if proxy else None for url, proxy in chosen.items()} == {
        "http://api.example": "http://lower:3128",
        "https://api.example": "http://proxy.example:8443",
    }
    for direct in ("https://internal.example", "https://a.corp.example", "http://10.1.2.3:8080/x"):
        assert network.proxy_for(httpx.URL(direct)) is None
    assert Network(env=env, trust_env=False).proxy_for(httpx.URL("http://api.example")) is None
    given = Network(env=env, proxy="http://given:1")  # an explicit proxy serves every origin
    assert str(given.proxy_for(httpx.URL("https://internal.example")).url) == "http://given:1"  # type: ignore[union-attr]


def test_settings_that_cannot_work_are_refused_when_the_client_is_built() -> None:
    for options, message in [
        ({"proxy": "ftp://proxy.example"}, "proxy must be"),
        ({"verify": "/no/such/ca-bundle.pem"}, "no CA bundle"),
        ({"max_response_bytes": 0}, "max_response_bytes"),
    ]:
        with pytest.raises(ConfigurationError, match=message):
            xingyun.client(base_url="http://127.0.0.1:1", **options)


def test_a_proxy_password_and_the_environment_stay_out_of_the_repr() -> None:
    network = Network(proxy="http://user:pa55word@proxy.example:3128", env={"XINGYUN_APP_SECRET": "s3cret"})
    assert "pa55word" not in repr(network) and "s3cret" not in repr(network) and "proxy.example" in repr(network)
