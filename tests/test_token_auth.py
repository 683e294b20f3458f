"""Token authentication: a fixed token, or one fetched from IAM, cached, and refreshed exactly once."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from digihuman.auth import IamTokenSource, TokenAuth
from digihuman.auth.token import REFRESH_MARGIN, from_env
from digihuman.errors import ConfigurationError, TokenError
from digihuman.secret import Secret

PASSWORD = "iam-password-never-shown"  # noqa: S105 - a test value
IAM = "https://iam.ap-southeast-3.myhuaweicloud.com"
API = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
NOW = 1_713_261_221.0  # 2024-04-16T09:53:41Z
EXPIRES = "2024-04-17T09:53:41.000000Z"  # 24 hours later


class Iam:
    """A stand-in for IAM's `POST /v3/auth/tokens`: counts calls, issues numbered tokens."""

    def __init__(self, status: int = 201, delay: float = 0.0, expires_at: str = EXPIRES) -> None:
        self.status, self.delay, self.expires_at = status, delay, expires_at
        self.calls: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.calls.append(request)
            n = len(self.calls)
        time.sleep(self.delay)  # a slow IAM widens the window in which callers pile up
        if self.status >= 400:
            body = {"error": {"code": self.status, "message": "The username or password is wrong.", "title": "x"}}
            return httpx.Response(self.status, json=body)
        token = {"expires_at": self.expires_at, "issued_at": "2024-04-16T09:53:41.000000Z"}
        return httpx.Response(self.status, headers={"X-Subject-Token": f"token-{n}"}, json={"token": token})


def api(seen: list[str | None]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("X-Auth-Token"))
        return httpx.Response(200, json={})

    return httpx.MockTransport(handler)


def source(iam: Iam, clock: list[float] | None = None) -> IamTokenSource:
    now = clock if clock is not None else [NOW]
    return IamTokenSource(
        IAM,
        "my-account",
        "my-user",
        Secret(PASSWORD),
        "0a1b2c",
        clock=lambda: now[0],
        transport=httpx.MockTransport(iam),
    )


def test_fixed_token() -> None:
    seen: list[str | None] = []
    auth = TokenAuth(Secret("fixed-token"), project_id="0a1b2c")
    with httpx.Client(auth=auth, transport=api(seen)) as client:
        request = client.get(f"{API}/v1/0a1b2c/videos").request
    assert seen == ["fixed-token"]
    assert request.headers["X-Project-Id"] == "0a1b2c"
    assert "fixed-token" not in repr(auth)


def test_iam_fetch() -> None:
    iam = Iam()
    seen: list[str | None] = []
    with httpx.Client(auth=TokenAuth(source(iam)), transport=api(seen)) as client:
        request = client.get(f"{API}/v1/0a1b2c/videos").request
        client.get(f"{API}/v1/0a1b2c/videos")
    assert seen == ["token-1", "token-1"]  # cached
    assert "x-project-id" not in request.headers
    [call] = iam.calls
    assert (call.method, str(call.url)) == ("POST", f"{IAM}/v3/auth/tokens")
    assert json.loads(call.content) == {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {"user": {"name": "my-user", "password": PASSWORD, "domain": {"name": "my-account"}}},
            },
            "scope": {"project": {"id": "0a1b2c"}},
        }
    }


def test_fifty_threads_cause_one_refresh() -> None:
    iam = Iam(delay=0.05)
    seen: list[str | None] = []
    barrier = threading.Barrier(50)
    with httpx.Client(auth=TokenAuth(source(iam)), transport=api(seen)) as client:

        def call(_: int) -> None:
            barrier.wait()
            client.get(f"{API}/v1/p/videos")

        with ThreadPoolExecutor(50) as pool:
            list(pool.map(call, range(50)))
    assert len(iam.calls) == 1
    assert seen == ["token-1"] * 50


async def test_fifty_tasks_cause_one_refresh() -> None:
    iam = Iam(delay=0.05)
    seen: list[str | None] = []
    async with httpx.AsyncClient(auth=TokenAuth(source(iam)), transport=api(seen)) as client:
        await asyncio.gather(*(client.get(f"{API}/v1/p/videos") for _ in range(50)))
    assert len(iam.calls) == 1
    assert seen == ["token-1"] * 50


async def test_threads_and_tasks_share_one_cache() -> None:
    iam = Iam(delay=0.05)
    tokens = source(iam)
    with ThreadPoolExecutor(10) as pool:
        threads = [pool.submit(tokens.token) for _ in range(10)]
        tasks = await asyncio.gather(*(tokens.atoken() for _ in range(10)))
        values = {t.reveal() for t in tasks} | {f.result().reveal() for f in threads}
    assert values == {"token-1"} and len(iam.calls) == 1


def test_one_source_serves_several_event_loops() -> None:
    iam = Iam()
    clock = [NOW]
    tokens = source(iam, clock)
    assert asyncio.run(tokens.atoken()).reveal() == "token-1"
    clock[0] = NOW + 24 * 3600  # expired: the next loop refreshes
    assert asyncio.run(tokens.atoken()).reveal() == "token-2"


def test_refresh_near_expiry() -> None:
    iam = Iam()
    clock = [NOW]
    tokens = source(iam, clock)
    expires = NOW + 24 * 3600
    assert tokens.token().reveal() == "token-1"
    clock[0] = expires - REFRESH_MARGIN - 1  # still comfortably valid
    assert tokens.token().reveal() == "token-1"
    clock[0] = expires - REFRESH_MARGIN + 1  # close to expiry: refreshed
    assert tokens.token().reveal() == "token-2"
    assert len(iam.calls) == 2


def test_no_expires_at_means_24_hours() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(201, headers={"X-Subject-Token": "t"}, json={})

    clock = [NOW]
    transport = httpx.MockTransport(handler)
    tokens = IamTokenSource(IAM, "d", "u", Secret(PASSWORD), "p", clock=lambda: clock[0], transport=transport)
    tokens.token()
    clock[0] = NOW + 24 * 3600 - REFRESH_MARGIN - 1
    tokens.token()
    assert len(calls) == 1
    clock[0] = NOW + 24 * 3600 - REFRESH_MARGIN + 1
    tokens.token()
    assert len(calls) == 2


def test_iam_401_is_a_clear_error_without_the_password() -> None:
    iam = Iam(status=401)
    with httpx.Client(auth=TokenAuth(source(iam)), transport=api([])) as client:
        with pytest.raises(TokenError) as info:
            client.get(f"{API}/v1/p/videos")
    message = str(info.value)
    assert "HTTP 401" in message and "The username or password is wrong." in message
    assert PASSWORD not in message and PASSWORD not in repr(info.value)
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_an_iam_answer_echoing_the_password_is_scrubbed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text=f"bad request body: {request.content.decode()} / {PASSWORD}")

    tokens = IamTokenSource(IAM, "d", "u", Secret(PASSWORD), "p", transport=httpx.MockTransport(handler))
    with pytest.raises(TokenError, match="HTTP 400") as info:
        tokens.token()
    assert PASSWORD not in str(info.value)


def test_iam_unreachable_or_without_token() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    tokens = IamTokenSource(IAM, "d", "u", Secret(PASSWORD), "p", transport=httpx.MockTransport(refuse))
    with pytest.raises(TokenError, match="ConnectError") as info:
        tokens.token()
    assert PASSWORD not in str(info.value)
    tokens = IamTokenSource(
        IAM, "d", "u", Secret(PASSWORD), "p", transport=httpx.MockTransport(lambda r: httpx.Response(201))
    )
    with pytest.raises(TokenError, match="without an X-Subject-Token"):
        tokens.token()


def test_reprs_hide_credentials() -> None:
    iam = Iam()
    tokens = source(iam)
    tokens.token()
    for shown in (repr(tokens), str(tokens), repr(TokenAuth(tokens)), repr(TokenAuth(Secret("tok")))):
        assert PASSWORD not in shown and "token-1" not in shown and "tok)" not in shown


def test_plain_http_only_to_loopback() -> None:
    with pytest.raises(ConfigurationError, match="not HTTPS"):
        IamTokenSource("http://iam.example.com", "d", "u", Secret(PASSWORD), "p")
    assert IamTokenSource("http://127.0.0.1:9000", "d", "u", Secret(PASSWORD), "p").url == (
        "http://127.0.0.1:9000/v3/auth/tokens"
    )


def test_from_env_fixed_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_TOKEN", "env-token")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "0a1b2c")
    auth = from_env()
    assert isinstance(auth.source, Secret) and auth.source.reveal() == "env-token"
    assert auth.project_id == "0a1b2c"


def test_from_env_iam(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_REGION is not set"):
        from_env()
    monkeypatch.setenv("HUAWEICLOUD_SDK_REGION", "ap-southeast-3")
    for name, value in [
        ("HUAWEICLOUD_SDK_DOMAIN_NAME", "my-account"),
        ("HUAWEICLOUD_SDK_USER_NAME", "my-user"),
        ("HUAWEICLOUD_SDK_PASSWORD", PASSWORD),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "0a1b2c"),
    ]:
        with pytest.raises(ConfigurationError, match=f"{name} is not set"):
            from_env()
        monkeypatch.setenv(name, value)
    iam = Iam()
    auth = from_env(transport=httpx.MockTransport(iam))
    assert isinstance(auth.source, IamTokenSource)
    assert auth.source.url == f"{IAM}/v3/auth/tokens" and auth.project_id == "0a1b2c"
    assert auth.source.token().reveal() == "token-1"
    monkeypatch.setenv("HUAWEICLOUD_SDK_IAM_ENDPOINT", "https://iam.example.com/")
    assert from_env().source.url == "https://iam.example.com/v3/auth/tokens"  # type: ignore[union-attr]
    monkeypatch.setenv("HUAWEICLOUD_SDK_IAM_ENDPOINT", "http://iam.example.com")
    with pytest.raises(ConfigurationError, match="not HTTPS"):
        from_env()


def test_httpcore_debug_trace_does_not_show_the_token(caplog: pytest.LogCaptureFixture) -> None:
    from digihuman.mock.demo import ENV, serve_demo

    env = ENV["metastudio"]
    with serve_demo("metastudio") as served, caplog.at_level(logging.DEBUG):
        source = IamTokenSource(
            served["METASTUDIO_ENDPOINT"],
            env["HUAWEICLOUD_SDK_DOMAIN_NAME"],
            env["HUAWEICLOUD_SDK_USER_NAME"],
            Secret(env["HUAWEICLOUD_SDK_PASSWORD"]),
            env["HUAWEICLOUD_SDK_PROJECT_ID"],
            allow_http=True,
        )
        token = source.token().reveal()
    traced = [r.getMessage() for r in caplog.records if r.name.startswith("httpcore")]
    assert any("X-Subject-Token', b'***'" in line for line in traced)  # the header was traced, masked
    assert token and all(token not in r.getMessage() for r in caplog.records)
