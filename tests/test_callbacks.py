"""Inbound callback signatures against an oracle written here from the documents' formulas (not our code),
and the reference receivers: a good call, a tampered signature, a stale timestamp, a malformed body."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from metastudio_models.llm_callback import (
    LlmCallbackErrorResponse,
    LlmCallbackRequest,
    LlmCallbackResponse,
    LlmStreamChunk,
)
from metastudio_models.video_callback import Result, VideoJobCallbackBody

from digihuman import callbacks
from digihuman.errors import SignatureRejected
from digihuman.secret import Secret

HOOK = "https://hooks.example.com/metastudio/video?tenant=7"
LLM = "https://llm.example.com/v1/answer"
KEY = "cb-key-2f1e0d9c8b7a"
APP_KEY = "app-key-9a8b7c6d5e4f"
NOW_MS = 1705319192865  # 表7-456's example time_stamp 18d0cf1d921
NOW = NOW_MS / 1000
LLM_EXAMPLES = yaml.safe_load((Path(__file__).parents[1] / "spec/metastudio-messages/llm_callback.yaml").read_text())


# -- the oracle: 004's formulas, written out --------------------------------------------------------


def video_oracle(url: str, key: str, ms: int) -> dict[str, str]:
    """§5.3.1: secret=hmac_sha256(key, URI(callback_url) + time_stamp)&time_stamp=hex(timestamp)."""
    time_stamp = format(ms, "x")
    return {
        "secret": hmac.new(key.encode(), (url + time_stamp).encode(), hashlib.sha256).hexdigest(),
        "time_stamp": time_stamp,
    }


def llm_oracle(url: str, app_key: str, ms: int) -> dict[str, str]:
    """§7.3.1: input = uri.toString() + currentTimeMillis; secret = Hmacsha256.doFinal(input, appKey);
    timeStamp = Long.toHexString(currentTimeMillis)."""
    digest = hmac.new(app_key.encode(), (url + str(ms)).encode(), hashlib.sha256).hexdigest()
    return {"secret": digest, "time_stamp": hex(ms)[2:]}


def test_the_document_example_time_stamp_is_hex_milliseconds() -> None:
    assert callbacks.sign(callbacks.LLM_SIGNATURE, LLM, APP_KEY, NOW)["time_stamp"] == "18d0cf1d921"


@pytest.mark.parametrize(
    ("scheme", "url", "key", "oracle"),
    [(callbacks.VIDEO_MSS_A, HOOK, KEY, video_oracle), (callbacks.LLM_SIGNATURE, LLM, APP_KEY, llm_oracle)],
    ids=["video", "llm"],
)
def test_signatures_match_the_oracle(scheme: callbacks.Scheme, url: str, key: str, oracle: Any) -> None:
    for ms in (NOW_MS, NOW_MS + 1, 1_700_000_000_000):
        vector = oracle(url, key, ms)
        assert callbacks.sign(scheme, url, Secret(key), ms / 1000) == vector
        callbacks.verify(scheme, url, key, vector["secret"], vector["time_stamp"], now=ms / 1000)
        callbacks.verify(scheme, url, key, vector["secret"].upper(), vector["time_stamp"], now=ms / 1000)


def test_the_readings_left_open_are_parameters() -> None:
    digest = hmac.new(KEY.encode(), (HOOK + str(NOW_MS)).encode(), hashlib.sha256).digest()
    decimal_base64 = replace(callbacks.VIDEO_MSS_A, signed_timestamp="decimal", digest="base64")
    secret = base64.b64encode(digest).decode()
    callbacks.verify(decimal_base64, HOOK, KEY, secret, format(NOW_MS, "x"), now=NOW)
    with pytest.raises(SignatureRejected):  # the default reading signs the hex time_stamp, in hex
        callbacks.verify(callbacks.VIDEO_MSS_A, HOOK, KEY, secret, format(NOW_MS, "x"), now=NOW)
    seconds = replace(callbacks.VIDEO_MSS_A, unit="s")
    signed = video_oracle(HOOK, KEY, int(NOW))  # the same formula over a timestamp in seconds
    callbacks.verify(seconds, HOOK, KEY, signed["secret"], signed["time_stamp"], now=NOW)


@pytest.mark.parametrize(
    ("secret", "time_stamp", "now", "reason"),
    [
        (video_oracle(HOOK, KEY, NOW_MS)["secret"][:-1] + "0", format(NOW_MS, "x"), NOW, "mismatch"),
        (video_oracle(HOOK, "other-key", NOW_MS)["secret"], format(NOW_MS, "x"), NOW, "mismatch"),
        (video_oracle(HOOK, KEY, NOW_MS)["secret"], format(NOW_MS + 1, "x"), NOW, "mismatch"),
        (video_oracle(HOOK, KEY, NOW_MS)["secret"], format(NOW_MS, "x"), NOW + 301, "expired"),
        (video_oracle(HOOK, KEY, NOW_MS)["secret"], format(NOW_MS, "x"), NOW - 301, "expired"),
        (video_oracle(HOOK, KEY, NOW_MS)["secret"], "not-hex", NOW, "malformed"),
        (None, format(NOW_MS, "x"), NOW, "missing"),
        (video_oracle(HOOK, KEY, NOW_MS)["secret"], "", NOW, "missing"),
    ],
    ids=["tampered", "wrong-key", "other-time", "stale", "future", "malformed", "no-secret", "no-time"],
)
def test_bad_signatures_are_refused(secret: str | None, time_stamp: str, now: float, reason: str) -> None:
    with pytest.raises(SignatureRejected) as raised:
        callbacks.verify(callbacks.VIDEO_MSS_A, HOOK, KEY, secret, time_stamp, now)
    assert raised.value.reason == reason


def test_the_signed_url_is_the_configured_one_plus_the_parameters() -> None:
    url = callbacks.signed_url(callbacks.VIDEO_MSS_A, HOOK, KEY, NOW)
    assert url == HOOK + "&" + str(httpx.QueryParams(video_oracle(HOOK, KEY, NOW_MS)))


# -- the video callback receiver ------------------------------------------------------------------


def video_app(seen: list[VideoJobCallbackBody], key: str | None = KEY) -> callbacks.VideoCallbackReceiver:
    return callbacks.VideoCallbackReceiver(seen.append, callback_url=HOOK, key=key, clock=lambda: NOW)


async def post(app: Any, url: str, body: bytes, method: str = "POST") -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
        return await client.request(method, url, content=body, headers={"content-type": "application/json"})


def signed(url: str, params: dict[str, str]) -> str:
    return url + ("&" if "?" in url else "?") + str(httpx.QueryParams(params))


VIDEO_BODY = json.dumps({"result": "SUCCEED", "asset_id": "a1", "job_id": "j1"}).encode()


async def test_the_video_receiver_hands_over_a_verified_callback() -> None:
    seen: list[VideoJobCallbackBody] = []
    answer = await post(video_app(seen), signed(HOOK, video_oracle(HOOK, KEY, NOW_MS)), VIDEO_BODY)
    assert answer.status_code == 200
    assert seen == [VideoJobCallbackBody(result=Result.SUCCEED, asset_id="a1", job_id="j1")]


@pytest.mark.parametrize(
    ("params", "body", "status", "code"),
    [
        ({**video_oracle(HOOK, KEY, NOW_MS), "secret": "0" * 64}, VIDEO_BODY, 401, "signature.mismatch"),
        (video_oracle(HOOK, KEY, NOW_MS - 301_000), VIDEO_BODY, 401, "signature.expired"),
        ({}, VIDEO_BODY, 401, "signature.missing"),
        (video_oracle(HOOK, KEY, NOW_MS), b'{"result": "DONE"}', 400, "body.invalid"),
        (video_oracle(HOOK, KEY, NOW_MS), b"{not json", 400, "body.invalid"),
    ],
    ids=["tampered", "stale", "unsigned", "unknown-result", "not-json"],
)
async def test_the_video_receiver_refuses(params: dict[str, str], body: bytes, status: int, code: str) -> None:
    seen: list[VideoJobCallbackBody] = []
    answer = await post(video_app(seen), signed(HOOK, params), body)
    assert (answer.status_code, answer.json()["error_code"], seen) == (status, code, [])


async def test_the_video_receiver_without_a_key_and_other_methods() -> None:
    seen: list[VideoJobCallbackBody] = []
    assert (await post(video_app(seen, key=None), HOOK, VIDEO_BODY)).status_code == 200  # auth_type NONE
    assert (await post(video_app(seen), HOOK, b"", method="GET")).status_code == 405
    assert len(seen) == 1


# -- the LLM callback receiver --------------------------------------------------------------------


def llm_app(handler: Any) -> callbacks.LlmCallbackReceiver:
    return callbacks.LlmCallbackReceiver(handler, llm_url=LLM, app_key=APP_KEY, clock=lambda: NOW, new_id=lambda: "a1")


def llm_request(index: int) -> bytes:
    return json.dumps(LLM_EXAMPLES["$defs"]["LlmCallbackRequest"]["examples"][index]).encode()


async def test_a_non_streaming_answer_is_one_json_body() -> None:
    asked: list[LlmCallbackRequest] = []

    def handler(request: LlmCallbackRequest) -> str:
        asked.append(request)
        return "长江是中国最长的河流。"

    answer = await post(llm_app(handler), signed(LLM, llm_oracle(LLM, APP_KEY, NOW_MS)), llm_request(0))
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json;charset=UTF-8"
    parsed = LlmCallbackResponse.model_validate_json(answer.content)
    assert parsed.id == "a1" and parsed.created == NOW_MS
    assert [(c.index, c.message.content) for c in parsed.choices or []] == [(0, "长江是中国最长的河流。")]
    assert asked[0].messages[0].content == "请介绍下长江" and asked[0].is_stream is False


async def test_a_streaming_answer_is_server_sent_events_ending_with_done() -> None:
    async def handler(request: LlmCallbackRequest) -> AsyncIterator[str]:
        for piece in ("长江", "", "鱼类"):
            yield piece

    answer = await post(llm_app(handler), signed(LLM, llm_oracle(LLM, APP_KEY, NOW_MS)), llm_request(1))
    assert answer.status_code == 200 and answer.headers["content-type"] == "text/event-stream;charset=UTF-8"
    events = answer.text.split("\n\n")
    assert events[-1] == "" and events[-2] == "data:[DONE]"
    chunks = [LlmStreamChunk.model_validate_json(event.removeprefix("data:")) for event in events[:-2]]
    assert [c.choices[0].message.content for c in chunks if c.choices] == ["长江", "鱼类"]  # empty pieces skipped


@pytest.mark.parametrize(
    ("params", "body", "code"),
    [
        ({**llm_oracle(LLM, APP_KEY, NOW_MS), "secret": "f" * 64}, llm_request(0), "signature.mismatch"),
        (llm_oracle(LLM, APP_KEY, NOW_MS + 600_000), llm_request(0), "signature.expired"),
        (video_oracle(LLM, APP_KEY, NOW_MS), llm_request(0), "signature.mismatch"),  # the other callback's reading
        ({"time_stamp": format(NOW_MS, "x")}, llm_request(0), "signature.missing"),
        (llm_oracle(LLM, APP_KEY, NOW_MS), b'{"messages": []}', "body.invalid"),
    ],
    ids=["tampered", "stale", "hex-signed", "no-secret", "no-app-id"],
)
async def test_the_llm_receiver_answers_refusals_with_the_documented_400(
    params: dict[str, str], body: bytes, code: str
) -> None:
    asked: list[LlmCallbackRequest] = []
    answer = await post(llm_app(asked.append), signed(LLM, params), body)
    assert answer.status_code == 400 and asked == []
    assert LlmCallbackErrorResponse.model_validate_json(answer.content).error_code == code


# -- replays: the signature covers the URL and time stamp, not the body ----------------------------


async def test_a_signed_call_is_accepted_once_and_a_replay_with_another_body_is_refused() -> None:
    seen: list[VideoJobCallbackBody] = []
    app = video_app(seen)
    url = signed(HOOK, video_oracle(HOOK, KEY, NOW_MS))
    assert (await post(app, url, VIDEO_BODY)).status_code == 200
    forged = json.dumps({"result": "FAILED", "job_id": "j1"}).encode()
    replayed = await post(app, url, forged)
    assert (replayed.status_code, replayed.json()["error_code"]) == (401, "signature.replayed")
    assert [message.result for message in seen] == [Result.SUCCEED]
    later = signed(HOOK, video_oracle(HOOK, KEY, NOW_MS + 1))  # a new call is signed anew
    assert (await post(app, later, VIDEO_BODY)).status_code == 200


async def test_an_llm_call_replayed_with_another_spelling_of_its_time_stamp_is_refused() -> None:
    app = llm_app(lambda request: "好")
    params = llm_oracle(LLM, APP_KEY, NOW_MS)
    assert (await post(app, signed(LLM, params), llm_request(0))).status_code == 200
    respelled = {**params, "time_stamp": "0" + params["time_stamp"]}  # the same number: the same signature
    answer = await post(app, signed(LLM, respelled), llm_request(0))
    assert answer.status_code == 400
    assert LlmCallbackErrorResponse.model_validate_json(answer.content).error_code == "signature.replayed"


async def test_the_body_is_not_read_before_the_signature_is_checked() -> None:
    received: list[str] = []

    async def receive() -> dict[str, Any]:
        received.append("body")
        return {"type": "http.request", "body": VIDEO_BODY, "more_body": False}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    params = {**video_oracle(HOOK, KEY, NOW_MS), "secret": "0" * 64}
    scope = {"type": "http", "method": "POST", "query_string": str(httpx.QueryParams(params)).encode()}
    await video_app([])(scope, receive, send)
    assert sent[0]["status"] == 401 and received == []


async def test_a_call_whose_handler_failed_may_be_delivered_again() -> None:
    calls: list[VideoJobCallbackBody] = []

    def flaky(message: VideoJobCallbackBody) -> None:
        calls.append(message)
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = callbacks.VideoCallbackReceiver(flaky, callback_url=HOOK, key=KEY, clock=lambda: NOW)
    url = signed(HOOK, video_oracle(HOOK, KEY, NOW_MS))
    with pytest.raises(RuntimeError):
        await post(app, url, VIDEO_BODY)
    assert (await post(app, url, VIDEO_BODY)).status_code == 200
    assert len(calls) == 2


def test_the_replay_cache_is_bounded_and_never_forgets_a_pair_it_could_accept_again() -> None:
    scheme = callbacks.VIDEO_MSS_A
    cache = callbacks.ReplayCache(scheme, max_entries=2)
    pairs = [callbacks.sign(scheme, HOOK, KEY, NOW + i) for i in range(3)]
    for pair in pairs:
        cache.admit(pair["secret"], pair["time_stamp"], NOW + 3)
    assert len(cache.seen) == 2
    for pair in pairs:  # the first was dropped to make room, and its time stamp is now refused
        with pytest.raises(SignatureRejected) as raised:
            cache.admit(pair["secret"], pair["time_stamp"], NOW + 3)
        assert raised.value.reason == "replayed"
    fresh = callbacks.sign(scheme, HOOK, KEY, NOW + 10)
    cache.admit(fresh["secret"], fresh["time_stamp"], NOW + 302.5)  # the first three have left the window
    assert list(cache.seen.values()) == [NOW + 10]
