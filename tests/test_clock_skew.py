"""A local clock 20 minutes off: the mocks (run ahead of and behind the client) refuse the first signature as
the services do; the client takes the server's time from the answer's Date, signs again once, keeps the
correction, and says so once. Without a Date the error says the clock is off and what the service allows.
IAM tokens are timed on IAM's clock, and a token the service refuses is fetched anew, once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, cast

import httpx
import pytest
from metastudio_client.api.digital_assets import list_digital_assets
from metaworks_client.api.card import list_cards
from metaworks_client.models import ListCardsRequest
from xingyun_client.api.video_synthesis_task import get_render_task

from digihuman import metastudio, metaworks, xingyun
from digihuman.errors import AuthError, NotFoundError
from digihuman.mock.base import MockApp
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.metastudio import MetaStudioMock
from digihuman.mock.server import serve_in_thread

MINUTES_20 = 20 * 60
DEMO = ENV["metastudio"]
PROJECT = DEMO["HUAWEICLOUD_SDK_PROJECT_ID"]
AKSK_ENV = {name: DEMO[name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")}
LOCAL = "http://127.0.0.1"


def client_for(vendor: str, transport: Any, **options: Any) -> Any:
    if vendor == "metastudio":
        return metastudio.client(LOCAL, env=AKSK_ENV, transport=transport, retries=0, **options)
    if vendor == "xingyun":
        return xingyun.client(LOCAL, transport=transport, retries=0, **options)
    return metaworks.client(LOCAL, transport=transport, retries=0, **options)


def call(vendor: str, client: Any) -> None:
    """One call that passes authentication: its answer is a success, or an error past the signature check."""
    if vendor == "metastudio":
        assert list_digital_assets.sync_detailed(PROJECT, client=client).status_code == 200
    elif vendor == "xingyun":
        with pytest.raises(NotFoundError):  # 30004: the signature was accepted, the task does not exist
            get_render_task.sync_detailed(client=client, task_id=1)
    else:
        list_cards.sync_detailed(client=client, body=ListCardsRequest(meta_human_id=0, task_list=[]))


async def acall(vendor: str, client: Any) -> None:
    if vendor == "metastudio":
        assert (await list_digital_assets.asyncio_detailed(PROJECT, client=client)).status_code == 200
    elif vendor == "xingyun":
        with pytest.raises(NotFoundError):
            await get_render_task.asyncio_detailed(client=client, task_id=1)
    else:
        await list_cards.asyncio_detailed(client=client, body=ListCardsRequest(meta_human_id=0, task_list=[]))


def skew_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and "local clock" in r.getMessage()]


@pytest.mark.parametrize("offset", [MINUTES_20, -MINUTES_20])
@pytest.mark.parametrize("vendor", ["metastudio", "xingyun", "metaworks"])
def test_one_resign_then_the_correction_is_kept(vendor: str, offset: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "digihuman")
    mock = demo_mock(vendor)
    mock.clock_offset = offset
    client = client_for(vendor, mock.transport())
    call(vendor, client)
    assert mock.requests_seen == 2  # refused once, signed again with the server's time
    call(vendor, client)
    call(vendor, client)
    assert mock.requests_seen == 4  # the correction is kept
    (warning,) = skew_warnings(caplog)  # and said once
    assert f"{MINUTES_20 - 1} s" in warning or f"{MINUTES_20} s" in warning or f"{MINUTES_20 + 1} s" in warning
    assert ("behind" if offset > 0 else "ahead of") in warning


@pytest.mark.parametrize("vendor", ["metastudio", "xingyun", "metaworks"])
def test_async_calls_sign_again_too(vendor: str) -> None:
    mock = demo_mock(vendor)
    mock.clock_offset = -MINUTES_20
    client = client_for(vendor, mock.transport(), async_transport=_asgi(mock))
    asyncio.run(acall(vendor, client))
    assert mock.requests_seen == 2


def _asgi(mock: MockApp) -> httpx.AsyncBaseTransport:
    return httpx.ASGITransport(app=mock)


def test_through_a_served_mock_with_one_date_header() -> None:
    mock = demo_mock("metastudio")
    mock.clock_offset = MINUTES_20
    with serve_in_thread(mock) as url:
        with httpx.Client() as plain:
            assert len(plain.get(url + "/v1/x").headers.get_list("date")) == 1
        client = metastudio.client(url, env=AKSK_ENV, retries=0)
        call("metastudio", client)
    assert mock.requests_seen == 3


def without_date(mock: MockApp) -> httpx.MockTransport:
    inner = mock.transport()

    def handle(request: httpx.Request) -> httpx.Response:
        answer = inner.handle_request(request)
        headers = [(k, v) for k, v in answer.headers.raw if k.lower() != b"date"]
        return httpx.Response(answer.status_code, headers=headers, content=answer.read())

    return httpx.MockTransport(handle)


@pytest.mark.parametrize(
    ("vendor", "allowed"), [("metastudio", "15 minutes"), ("metaworks", "±900 s"), ("xingyun", "60 s")]
)
def test_without_a_date_the_error_says_the_clock_is_off(vendor: str, allowed: str) -> None:
    mock = demo_mock(vendor)
    mock.clock_offset = MINUTES_20
    with pytest.raises(AuthError) as raised:
        call(vendor, client_for(vendor, without_date(mock)))
    assert mock.requests_seen == 1
    assert "local clock is off" in str(raised.value) or "if the local clock is off" in str(raised.value)
    assert f"allows a signature time {allowed} from its own" in str(raised.value)


def test_xmov_credential_errors_are_not_taken_for_clock_errors() -> None:
    mock = demo_mock("xingyun")
    client = xingyun.client(LOCAL, app_secret="wrong-secret", transport=mock.transport(), retries=0)
    with pytest.raises(AuthError):
        get_render_task.sync_detailed(client=client, task_id=1)
    assert mock.requests_seen == 1  # the Date shows the clocks agree: no second try


# -- IAM tokens -------------------------------------------------------------------------------------


IAM_ENV = {
    **{name: value for name, value in DEMO.items() if name not in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")},
    "HUAWEICLOUD_SDK_IAM_ENDPOINT": LOCAL,
}


def token_client(mock: MockApp, clock: Callable[[], float]) -> Any:
    return metastudio.client(LOCAL, env=IAM_ENV, transport=mock.transport(), clock=clock, retries=0)


def iam_calls(mock: MetaStudioMock) -> int:
    return len(mock.sessions)


def test_token_lifetime_is_iams_not_the_local_clocks() -> None:
    mock = cast(MetaStudioMock, demo_mock("metastudio"))
    local = [mock.clock() + 30 * 3600]  # the local clock a day and more ahead of IAM's
    client = token_client(mock, lambda: local[0])
    call("metastudio", client)
    call("metastudio", client)
    assert iam_calls(mock) == 1  # the token is still fresh on IAM's clock: not fetched again
    local[0] += 24 * 3600 - 10 * 60  # past the refresh margin of its 24 hours, counted locally
    call("metastudio", client)
    assert iam_calls(mock) == 2


def test_a_refused_token_is_fetched_anew_once() -> None:
    mock = cast(MetaStudioMock, demo_mock("metastudio"))
    client = token_client(mock, mock.clock)
    call("metastudio", client)
    mock.sessions.clear()  # the service no longer knows the token (revoked, or expired on its clock)
    seen = mock.requests_seen
    call("metastudio", client)
    assert iam_calls(mock) == 1 and mock.requests_seen == seen + 2  # 401, then (after IAM) the call again
    mock.users.clear()  # now IAM refuses too: one fresh attempt, then the error
    mock.sessions.clear()
    with pytest.raises(Exception, match="IAM refused"):
        call("metastudio", client)


def test_the_clock_rules_agree_with_the_specs() -> None:
    from digihuman.openapi import api
    from digihuman.policy.clock import CLOCK_RULES

    for vendor in ("xingyun", "metaworks"):  # MetaStudio's gateway codes are the reference note's, not 004's
        for code in CLOCK_RULES[vendor].codes:
            assert api(vendor).error_meaning(code) is not None, (vendor, code)
    assert api("metaworks").error_meaning(-10003) == "签名已过期"
    timestamp = api("xingyun").spec["components"]["securitySchemes"]["timestamp"]["description"]
    assert "60s内有效" in timestamp and CLOCK_RULES["xingyun"].window == 60


def test_async_calls_fetch_a_refused_token_anew_too() -> None:
    mock = cast(MetaStudioMock, demo_mock("metastudio"))
    client = metastudio.client(
        LOCAL, env=IAM_ENV, transport=mock.transport(), async_transport=_asgi(mock), clock=mock.clock, retries=0
    )
    asyncio.run(acall("metastudio", client))
    mock.sessions.clear()
    seen = mock.requests_seen
    asyncio.run(acall("metastudio", client))
    assert iam_calls(mock) == 1 and mock.requests_seen == seen + 2
