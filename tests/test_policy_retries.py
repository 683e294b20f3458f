"""The retry decision table, sync and async: which failures are retried for which operations, how long the
policy waits, what it logs, and the typed error it raises when it gives up."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from metaworks_client.api.card import generate_cards, list_cards
from metaworks_client.models import CardItem, GenerateCardsRequest, ListCardsRequest
from xingyun_client.api.video_synthesis_task import cancel_render_task, create_render_task, get_render_task
from xingyun_client.models import CancelRenderTaskRequest, CreateRenderTaskBySegment, Segment

from digihuman import policy, xingyun
from digihuman.errors import (
    ApiError,
    ConfigurationError,
    NoResponseError,
    PaidJobUncertainError,
    RateLimitedError,
    ServerError,
)
from digihuman.openapi import api
from digihuman.policy.retry import retry_after_seconds
from tests.support import Scripted, Sleeps, answer, metaworks_client, with_extension, xingyun_client

METAWORKS_OK = {"err_code": 0, "last_modify": 1, "ret": [], "data": {"task_ids": [1]}}
SEGMENT_BODY = CreateRenderTaskBySegment(look_name="l", tts_vcn_name="t", studio_name="s", segment=[Segment(text="x")])
CARDS_BODY = GenerateCardsRequest(meta_human_id=1, items=[CardItem(tpl_id=152, tts_text="hi", bg_url="u")])


def operation(kind: str, server: Scripted, sleeps: Sleeps) -> tuple[Any, Any, dict[str, Any]]:
    """(client, endpoint module, keyword arguments) for each row of the table."""
    if kind == "GET":
        return xingyun_client(server, sleeps), get_render_task, {"task_id": 7}
    if kind == "paid":
        return xingyun_client(server, sleeps), create_render_task, {"body": SEGMENT_BODY}
    if kind == "plain POST":
        return xingyun_client(server, sleeps), cancel_render_task, {"body": CancelRenderTaskRequest(task_id=7)}
    server.then = answer(200, METAWORKS_OK)
    if kind == "x-idempotent":
        spec = with_extension("metaworks", "list_cards", **{"x-idempotent": True})
        body: Any = ListCardsRequest(meta_human_id=1, task_list=[])
        return metaworks_client(spec, server.transport(), sleeps.retry()), list_cards, {"body": body}
    spec = with_extension("metaworks", "generate_cards", **{"x-idempotent": True})  # paid wins
    return metaworks_client(spec, server.transport(), sleeps.retry()), generate_cards, {"body": CARDS_BODY}


def call(mode: str, endpoint: Any, client: Any, kwargs: dict[str, Any]) -> Any:
    if mode == "sync":
        return endpoint.sync(client=client, **kwargs)
    return asyncio.run(endpoint.asyncio(client=client, **kwargs))


FAILURES = {
    "connect error": httpx.ConnectError,
    "read timeout": httpx.ReadTimeout,
    "dropped": httpx.RemoteProtocolError,
    "429": answer(429, {"message": "slow down"}, {"Retry-After": "1"}),
    "500": answer(500, {"message": "boom"}),
}
REPEATABLE = ("GET", "x-idempotent")
KINDS = ("GET", "x-idempotent", "paid", "paid and x-idempotent", "plain POST")


def expected(kind: str, failure: str) -> tuple[int, type[ApiError]]:
    """(attempts with 2 retries allowed, error raised on giving up): the decision table."""
    retried = failure == "connect error" or kind in REPEATABLE
    attempts = 3 if retried else 1
    if failure == "connect error":
        return attempts, NoResponseError
    if failure == "429":
        return attempts, RateLimitedError
    if kind.startswith("paid"):
        return attempts, PaidJobUncertainError
    return attempts, ServerError if failure == "500" else NoResponseError


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("kind", KINDS)
def test_decision_table_when_every_attempt_fails(kind: str, failure: str, mode: str) -> None:
    server, sleeps = Scripted(), Sleeps()
    client, endpoint, kwargs = operation(kind, server, sleeps)
    server.then = FAILURES[failure]
    attempts, error = expected(kind, failure)
    with pytest.raises(error) as raised:
        call(mode, endpoint, client, kwargs)
    assert len(server.requests) == attempts
    waits = [1.0, 1.0] if failure == "429" else [0.25, 0.5]  # Retry-After, or full jitter at random() = 0.5
    assert sleeps.seconds == waits[: attempts - 1]
    if isinstance(raised.value, NoResponseError):
        assert raised.value.sent is (failure != "connect error")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("kind", KINDS)
def test_decision_table_when_the_second_attempt_succeeds(kind: str, failure: str, mode: str) -> None:
    server, sleeps = Scripted(), Sleeps()
    client, endpoint, kwargs = operation(kind, server, sleeps)
    server.outcomes = [FAILURES[failure]]
    attempts, error = expected(kind, failure)
    if attempts == 1:
        with pytest.raises(error):
            call(mode, endpoint, client, kwargs)
        assert len(server.requests) == 1
    else:
        assert call(mode, endpoint, client, kwargs) is not None
        assert len(server.requests) == 2


def test_each_retry_is_logged_with_attempt_reason_and_delay(caplog: pytest.LogCaptureFixture) -> None:
    server, sleeps = Scripted(answer(500), httpx.ReadTimeout), Sleeps()
    with caplog.at_level(logging.WARNING, logger="digihuman"):
        got = get_render_task.sync(client=xingyun_client(server, sleeps), task_id=7)
    assert got is not None and got.data.task_id == 7  # type: ignore[union-attr]
    first, second = [r.getMessage() for r in caplog.records if r.name == "digihuman"]
    assert "get_render_task" in first and "HTTP 500" in first and "retry 1 of 2 (attempt 2) in 0.25 s" in first
    assert "ReadTimeout" in second and "retry 2 of 2 (attempt 3) in 0.50 s" in second


def test_each_attempt_is_signed_afresh() -> None:
    times = iter([1_700_000_000.0, 1_700_000_009.0])
    server, sleeps = Scripted(answer(500)), Sleeps()
    client = xingyun.client(
        base_url="http://127.0.0.1", transport=server.transport(), retries=sleeps.retry(), clock=lambda: next(times)
    )
    get_render_task.sync(client=client, task_id=7)
    assert [r.headers["x-timestamp"] for r in server.requests] == ["1700000000", "1700000009"]
    assert server.requests[0].headers["x-token"] != server.requests[1].headers["x-token"]


def test_a_retry_after_longer_than_max_delay_is_not_waited_out() -> None:
    server, sleeps = Scripted(then=answer(429, {}, {"Retry-After": "60"})), Sleeps()
    with pytest.raises(RateLimitedError) as raised:
        get_render_task.sync(client=xingyun_client(server, sleeps), task_id=7)
    assert raised.value.retry_after == 60 and len(server.requests) == 1 and sleeps.seconds == []


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = 1_445_412_475.0  # 2015-10-21 07:27:55 GMT
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=now) == 5
    assert retry_after_seconds("Wed, 21 Oct 2015 07:27:00 GMT", now=now) == 0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_an_http_date_retry_after_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("digihuman.policy.retry.time.time", lambda: 1_445_412_475.0)
    server = Scripted(answer(503, {}, {"Retry-After": "Wed, 21 Oct 2015 07:27:58 GMT"}))
    sleeps = Sleeps()
    get_render_task.sync(client=xingyun_client(server, sleeps), task_id=7)
    assert sleeps.seconds == [3.0] and len(server.requests) == 2


def test_retries_zero_turns_retrying_off() -> None:
    server = Scripted(then=answer(500))
    client = xingyun.client(base_url="http://127.0.0.1", transport=server.transport(), retries=0)
    with pytest.raises(ServerError):
        get_render_task.sync(client=client, task_id=7)
    assert len(server.requests) == 1


def test_timeouts_are_on_by_default() -> None:
    from metastudio_client import Client
    from metastudio_client.api.video import show_2d_digital_human_video

    server = Scripted(then=answer(200, {}))
    bare = policy.install(Client(base_url="https://metastudio.test"), api("metastudio"), transport=server.transport())
    assert bare.get_httpx_client().timeout == httpx.Timeout(None)  # the generated client sets none
    show_2d_digital_human_video.sync(project_id="p", job_id="j", client=bare)
    asyncio.run(show_2d_digital_human_video.asyncio(project_id="p", job_id="j", client=bare))
    defaults = policy.DEFAULT_TIMEOUT.as_dict()
    assert [r.extensions["timeout"] for r in server.requests] == [defaults, defaults]
    assert xingyun.client().get_httpx_client().timeout == policy.DEFAULT_TIMEOUT


def test_copies_made_by_with_headers_keep_the_policy() -> None:
    server, sleeps = Scripted(then=answer(200, {"error_code": 30004, "error_reason": ""})), Sleeps()
    copy = xingyun_client(server, sleeps).with_headers({"X-Trace": "t1"})
    with pytest.raises(ApiError):
        get_render_task.sync(client=copy, task_id=7)
    assert server.requests[0].headers["x-trace"] == "t1" and "x-token" in server.requests[0].headers


def test_install_refuses_a_client_already_in_use_or_routed_elsewhere() -> None:
    from xingyun_client import Client

    used = Client(base_url="https://example.test")
    used.get_httpx_client()
    with pytest.raises(ConfigurationError, match="before the client's first request"):
        policy.install(used, api("xingyun"))
    routed = Client(base_url="https://example.test", httpx_args={"proxy": "http://proxy.test:3128"})
    with pytest.raises(ConfigurationError, match="proxy"):
        policy.install(routed, api("xingyun"))
