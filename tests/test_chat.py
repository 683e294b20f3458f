"""The chat WebSocket (004 §7.2.2, §7.2.3): every documented sequence against the mock served on loopback,
driven by `digihuman.chat` and by a bare `websockets` client; the handshake's auth; the document's example
frames through the generated models; the client's helpers."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from metastudio_client.api.smart_chat_jobs import stop_smart_chat_job
from metastudio_client.api.smart_chat_rooms import create_smart_chat_room
from metastudio_client.models import CreateSmartChatRoomRequest
from metastudio_models import chat_websocket as models
from pydantic import ValidationError
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from digihuman import chat, metastudio
from digihuman.errors import AuthError, ConfigurationError
from digihuman.mock.chat import ChatLink
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.metastudio import MetaStudioMock, Session
from digihuman.mock.server import serve_in_thread

EXAMPLES = json.loads(open("tests/data/metastudio_message_examples.json", encoding="utf-8").read())
TEXT = "您好，我是您的分身数字人"
WAIT = 20.0  # generous: the machine may be busy


@pytest.fixture(scope="module")
def served_mock() -> Iterator[tuple[MetaStudioMock, dict[str, str]]]:
    mock = demo_mock("metastudio", chat_idle_seconds=1.5, chat_seconds_per_char=0.01, chat_poll_seconds=0.1)
    assert isinstance(mock, MetaStudioMock)
    with serve_in_thread(mock) as base_url:
        yield mock, {**ENV["metastudio"], "METASTUDIO_ENDPOINT": base_url}


@pytest.fixture
def served(served_mock: tuple[MetaStudioMock, dict[str, str]]) -> dict[str, str]:
    return served_mock[1]


@pytest.fixture
def mock(served_mock: tuple[MetaStudioMock, dict[str, str]]) -> MetaStudioMock:
    return served_mock[0]


def token_env(env: dict[str, str]) -> dict[str, str]:
    """The same account by IAM token (password grant against the mock's IAM) instead of AK/SK."""
    kept = {k: v for k, v in env.items() if k not in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")}
    return {**kept, "HUAWEICLOUD_SDK_IAM_ENDPOINT": env["METASTUDIO_ENDPOINT"]}


async def new_job(env: dict[str, str]) -> tuple[Any, Any, str]:
    client = metastudio.client(env=env, allow_http=True)
    project = env["HUAWEICLOUD_SDK_PROJECT_ID"]
    room = await create_smart_chat_room.asyncio(project, client=client, body=CreateSmartChatRoomRequest(room_name="r"))
    job = await chat.start_job(client, room_id=room.room_id, robot_id="robot-1", project_id=project)
    return client, job, room.room_id


async def until(events: AsyncIterator[chat.Event], wanted: str) -> list[str]:
    seen = []
    async with asyncio.timeout(WAIT):
        async for event in events:
            seen.append(chat.command(event) or type(event).__name__)
            if seen[-1] == wanted:
                return seen
    return seen


# -- driven by digihuman.chat --------------------------------------------------------------------------
@pytest.mark.parametrize("by_token", [False, True], ids=["once-code", "x-auth-token"])
async def test_say_is_answered_then_spoken(served: dict[str, str], by_token: bool) -> None:
    env = token_env(served) if by_token else served
    client, job, _ = await new_job(env)
    async with chat.connect(client, job=job, project_id=env["HUAWEICLOUD_SDK_PROJECT_ID"]) as session:
        assert session.chat_id
        await session.say(TEXT)
        seen = await until(session.events(), "STOP_SPEAKING")
        await session.stop()
    assert seen == ["ConnectResponse", "START_CHAT", "TEXT_DRIVE_RSP", "START_SPEAKING", "STOP_SPEAKING"]


async def test_long_text_goes_in_packets_each_answered(served: dict[str, str]) -> None:
    client, job, _ = await new_job(served)
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    async with chat.connect(client, job=job, project_id=project, chunk_chars=20) as session:
        ids = await session.say(TEXT * 5)
        seen = await until(session.events(), "STOP_SPEAKING")
    assert len(ids) == len(chat.split_text(TEXT * 5, 20)) >= 3
    assert seen.count("TEXT_DRIVE_RSP") == len(ids) and seen.count("START_SPEAKING") == 1


async def test_interrupt_stops_speaking_and_starts_the_next_chat(served: dict[str, str], mock: MetaStudioMock) -> None:
    client, job, _ = await new_job(served)
    mock.chat.seconds_per_char = 1.0  # long enough to interrupt
    try:
        async with chat.connect(client, job=job, project_id=served["HUAWEICLOUD_SDK_PROJECT_ID"]) as session:
            first = session.chat_id
            await session.say(TEXT)
            await until(session.events(), "START_SPEAKING")
            await session.interrupt()
            seen = await until(session.events(), "START_CHAT")
            assert session.chat_id != first
    finally:
        mock.chat.seconds_per_char = 0.01
    assert seen == ["INTERRUPT_CHAT_RSP", "STOP_SPEAKING", "START_CHAT"]


async def test_stop_answers_and_ends_the_events(served: dict[str, str]) -> None:
    client, job, _ = await new_job(served)
    async with chat.connect(client, job=job, project_id=served["HUAWEICLOUD_SDK_PROJECT_ID"]) as session:
        await until(session.events(), "START_CHAT")
        await session.stop()
        rest = [chat.command(e) async for e in session.events()]
    assert rest == ["STOP_CHAT_RSP"]


async def test_heartbeat_pings_and_keeps_the_link_past_the_idle_close(served: dict[str, str]) -> None:
    client, job, _ = await new_job(served)
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    async with chat.connect(client, job=job, project_id=project, heartbeat_seconds=0.3) as session:
        await asyncio.sleep(3.0)  # twice the mock's idle close
        await session.say(TEXT)
        seen = await until(session.events(), "STOP_SPEAKING")
    assert seen.count("PONG") >= 2 and seen[-1] == "STOP_SPEAKING"


async def test_job_stopped_over_rest_sends_job_finished_and_closes(served: dict[str, str]) -> None:
    client, job, room_id = await new_job(served)
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    async with chat.connect(client, job=job, project_id=project) as session:
        await until(session.events(), "START_CHAT")
        await stop_smart_chat_job.asyncio(project, room_id, job.job_id, client=client)
        rest = [chat.command(e) async for e in session.events()]
    assert rest == ["JOB_FINISHED"] and session.finished


async def test_idle_close_without_reconnect_raises_chat_closed(served: dict[str, str]) -> None:
    client, job, _ = await new_job(served)
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    async with chat.connect(client, job=job, project_id=project, heartbeat_seconds=60) as session:
        with pytest.raises(chat.ChatClosed):
            await until(session.events(), "never")


async def test_reconnect_after_a_dropped_link_reports_and_does_not_resend(
    served: dict[str, str], mock: MetaStudioMock
) -> None:
    client, job, _ = await new_job(served)
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    policy = chat.Reconnect(attempts=2, backoff=0.05)
    async with chat.connect(client, job=job, project_id=project, heartbeat_seconds=60, reconnect=policy) as session:
        await until(session.events(), "START_CHAT")
        seen = await until(session.events(), "START_CHAT")  # the idle close, then a new link
        assert "Reconnected" in seen
        await session.say(TEXT)
        assert (await until(session.events(), "STOP_SPEAKING"))[-1] == "STOP_SPEAKING"


async def test_a_missing_pong_ends_the_session_with_heartbeat_timeout(
    served: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, job, _ = await new_job(served)
    monkeypatch.setattr(ChatLink, "ping", lambda self, payload, request_id, now: [])  # the mock stops answering
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    async with chat.connect(client, job=job, project_id=project, heartbeat_seconds=0.2, pong_timeout=0.3) as session:
        with pytest.raises(chat.HeartbeatTimeout):
            await until(session.events(), "never")


async def test_a_dropped_link_reports_what_was_not_acknowledged(
    served: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def drop(self: ChatLink, payload: Any, request_id: str, now: float) -> list[Any]:
        self.close("dropped")  # no answer, and the link goes
        return []

    client, job, _ = await new_job(served)
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    policy = chat.Reconnect(attempts=1, backoff=0.05)
    async with chat.connect(client, job=job, project_id=project, reconnect=policy) as session:
        monkeypatch.setattr(ChatLink, "text_drive", drop)
        await session.say(TEXT)
        async with asyncio.timeout(WAIT):
            async for event in session.events():
                if isinstance(event, chat.Reconnected):
                    break
    assert isinstance(event, chat.Reconnected)
    assert event.unacknowledged == (TEXT,) and event.attempt == 1


async def test_an_error_code_arrives_as_an_error_event_with_its_meaning(served: dict[str, str]) -> None:
    client, job, _ = await new_job(served)
    async with chat.connect(client, job=job, project_id=served["HUAWEICLOUD_SDK_PROJECT_ID"]) as session:
        await session.stop()
    async with chat.connect(client, job=job, project_id=served["HUAWEICLOUD_SDK_PROJECT_ID"]) as session:
        session.stopped = False
        assert session._link is not None
        bad = {"payload": {"job_id": job.job_id, "chat_id": session.chat_id, "command": "TEXT_DRIVE", "data": {}}}
        await session._link.send(json.dumps(bad))
        async with asyncio.timeout(WAIT):
            async for event in session.events():
                if isinstance(event, chat.ErrorEvent):
                    break
    assert event.code == "MSS.47010118" and event.command == "TEXT_DRIVE_RSP"
    assert event.meaning is not None and "data参数为空" in event.meaning


async def test_a_refused_handshake_raises_with_the_documented_code(served: dict[str, str]) -> None:
    client, job, _ = await new_job(served)
    project = served["HUAWEICLOUD_SDK_PROJECT_ID"]
    with pytest.raises(chat.ChatRefused) as refused:
        async with chat.connect(client, job_id="no-such-job", address=job.chat_access_address, project_id=project):
            pass
    assert refused.value.status == 400 and refused.value.vendor_code == "MSS.20050003"
    with pytest.raises(AuthError) as wrong_project:  # refused already when asking for the one-time code
        async with chat.connect(client, job=job, project_id="f" * 32):
            pass
    assert wrong_project.value.status == 403


async def test_repr_and_logs_hold_no_credentials(
    served: dict[str, str], mock: MetaStudioMock, caplog: pytest.LogCaptureFixture
) -> None:
    env = token_env(served)
    client, job, _ = await new_job(env)
    caplog.set_level(logging.DEBUG)
    async with chat.connect(client, job=job, project_id=env["HUAWEICLOUD_SDK_PROJECT_ID"]) as session:
        shown = repr(session)
    tokens = list(mock.sessions)
    assert tokens and not any(t in shown or t in caplog.text for t in tokens)


# -- driven by a bare websockets client ----------------------------------------------------------------
async def bare(env: dict[str, str]) -> tuple[str, Any, Any]:
    client, job, room_id = await new_job(env)
    project = env["HUAWEICLOUD_SDK_PROJECT_ID"]
    http = client.get_async_httpx_client()
    code = (await http.post(f"/v1/{project}/digital-human-chat/once-code")).json()["once_code"]
    url = f"ws://{job.chat_access_address}/v1/{project}/digital-human-chat/chat-command/{job.job_id}?token={code}"
    return url, job, room_id


async def frames(ws: Any, count: int) -> list[dict[str, Any]]:
    async with asyncio.timeout(WAIT):
        return [json.loads(await ws.recv()) for _ in range(count)]


def drive(job_id: str, chat_id: str, command: str, text: str = TEXT, **data: Any) -> str:
    payload: dict[str, Any] = {"job_id": job_id, "chat_id": chat_id, "command": command}
    payload["data"] = {"text": text, **data}
    return json.dumps({"request_id": command.lower(), "payload": payload}, ensure_ascii=False)


async def test_bare_client_sees_the_documented_sequences(served: dict[str, str], mock: MetaStudioMock) -> None:
    url, job, _ = await bare(served)
    async with ws_connect(url) as ws:
        connected, started = await frames(ws, 2)
        models.ConnectResponse.model_validate(connected)
        assert connected["error_code"] == "MSS.00000000" and "payload" not in connected
        chat_id = models.StartChatMessage.model_validate(started).payload.chat_id  # type: ignore[union-attr]
        await ws.send(drive(job.job_id, chat_id, "TEXT_DRIVE", seq=1, is_last=True))
        said = await frames(ws, 3)
        assert [f["payload"]["command"] for f in said] == ["TEXT_DRIVE_RSP", "START_SPEAKING", "STOP_SPEAKING"]
        assert said[0]["request_id"] == "text_drive" and said[0]["error_code"] == "MSS.00000000"
        await ws.send(json.dumps({"request_id": "p", "payload": {"job_id": job.job_id, "command": "PING"}}))
        (pong,) = await frames(ws, 1)
        models.PongMessage.model_validate(pong)
        await ws.send(drive(job.job_id, chat_id, "INTERRUPT_CHAT", text=""))
        interrupted = await frames(ws, 2)
        assert [f["payload"]["command"] for f in interrupted] == ["INTERRUPT_CHAT_RSP", "START_CHAT"]
        assert interrupted[1]["payload"]["chat_id"] != chat_id
        await ws.send(drive(job.job_id, interrupted[1]["payload"]["chat_id"], "STOP_CHAT", text=""))
        (stopped,) = await frames(ws, 1)
        assert stopped["payload"]["command"] == "STOP_CHAT_RSP"
        await ws.send(drive(job.job_id, chat_id, "TEXT_DRIVE"))
        (after,) = await frames(ws, 1)
        assert after["error_code"] == "MSS.47010123"  # 对话已经停止


async def test_bare_client_malformed_frames_get_codes_and_the_link_stays(served: dict[str, str]) -> None:
    url, job, _ = await bare(served)
    async with ws_connect(url) as ws:
        _, started = await frames(ws, 2)
        chat_id = started["payload"]["chat_id"]
        sent = ["not json", "", json.dumps({"request_id": "x"}), json.dumps({"payload": {"command": "DANCE"}})]
        sent += [drive(job.job_id, chat_id, "TEXT_DRIVE", seq=0), json.dumps({"payload": {"command": "PING"}})]
        for text in sent:
            await ws.send(text)
        answers = await frames(ws, len(sent))
        codes = [a["error_code"] for a in answers]
        assert codes == ["MSS.20050005", "MSS.20050005", "MSS.47010117", "MSS.47010116", "MSS.47010115", "MSS.47010106"]
        assert "websocket请求失败" in answers[0]["error_msg"]
        await ws.send(drive(job.job_id, chat_id, "TEXT_DRIVE"))
        assert (await frames(ws, 1))[0]["payload"]["command"] == "TEXT_DRIVE_RSP"


async def test_bare_client_is_closed_when_idle_and_when_the_job_stops(served: dict[str, str]) -> None:
    url, _, _ = await bare(served)
    async with ws_connect(url) as ws:
        await frames(ws, 2)
        with pytest.raises(ConnectionClosed):
            await frames(ws, 1)  # nothing is sent before the idle close
    client = metastudio.client(env=served, allow_http=True)
    url, job, room_id = await bare(served)
    async with ws_connect(url) as ws:
        await frames(ws, 2)
        await stop_smart_chat_job.asyncio(served["HUAWEICLOUD_SDK_PROJECT_ID"], room_id, job.job_id, client=client)
        (finished,) = await frames(ws, 1)
        assert finished["payload"]["command"] == "JOB_FINISHED"
        with pytest.raises(ConnectionClosed):
            await frames(ws, 1)


async def test_bare_handshake_refusals_do_not_upgrade(served: dict[str, str]) -> None:
    url, _, _ = await bare(served)
    async with ws_connect(url):
        pass
    cases = [(url, 401, "MSS.47010046"), (url.split("?")[0], 401, "MSS.20050003")]  # code used up; no credentials
    for target, status, code in cases:
        with pytest.raises(InvalidStatus) as refused:
            async with ws_connect(target):
                pass
        assert refused.value.response.status_code == status
        assert json.loads(bytes(refused.value.response.body or b""))["error_code"] == code
    with pytest.raises(InvalidStatus) as bad_token:
        async with ws_connect(url.split("?")[0], additional_headers={"X-Auth-Token": "forged"}):
            pass
    assert json.loads(bytes(bad_token.value.response.body or b""))["error_code"] == "MSS.20050003"


async def test_once_code_expires_after_five_minutes(served: dict[str, str], mock: MetaStudioMock) -> None:
    url, _, _ = await bare(served)
    code = url.split("token=")[1]
    issued = mock.once_codes[code]
    mock.once_codes[code] = Session(issued.user, issued.project_id, mock.clock())  # its five minutes are over
    with pytest.raises(InvalidStatus):
        async with ws_connect(url):
            pass


# -- frames and helpers --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "example",
    [e for e in EXAMPLES if e["file"] == "chat_websocket" and e["definition"]],
    ids=lambda e: e["id"],
)
def test_document_example_frames_round_trip_through_the_models(example: dict[str, Any]) -> None:
    model = getattr(models, example["definition"])
    value = example["value"]
    try:
        parsed = model.model_validate(value)
    except ValidationError:  # named in spec/ERRATA.md: INTERRUPT_CHAT/STOP_CHAT examples lack `data`
        assert example["id"] in open("spec/ERRATA.md", encoding="utf-8").read()
        return
    assert parsed.model_dump(mode="json", exclude_none=True) == value
    if model in chat.INCOMING.values() or model is models.ConnectResponse:  # what the client reads
        assert chat._parse(json.dumps(value, ensure_ascii=False)) == parsed


def test_split_text_keeps_the_documents_packet_rules() -> None:
    text = "您好，我是您的分身数字人。" * 20
    chunks = chat.split_text(text, 30)
    assert "".join(chunks) == text
    assert all(chat.MIN_CHUNK_CHARS <= len(c) <= 30 for c in chunks)
    assert chat.split_text("短句", 30) == ["短句"]
    assert all(len(c) >= chat.MIN_CHUNK_CHARS for c in chat.split_text("x" * 31, 30))


def test_chat_url_adds_the_scheme_and_allows_plain_ws_on_loopback_only() -> None:
    path = "/v1/p/digital-human-chat/chat-command/j"
    assert chat.chat_url("10.1.2.3:443", "p", "j") == "wss://10.1.2.3:443" + path
    assert chat.chat_url("127.0.0.1:8900", "p", "j") == "ws://127.0.0.1:8900" + path
    with pytest.raises(ConfigurationError):
        chat.chat_url("ws://10.1.2.3:80", "p", "j")


def test_received_drift_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="digihuman.drift")
    frame = {"payload": {"command": "PONG", "job_id": 7, "extra": 1}, "new_field": True}
    event = chat._parse(json.dumps(frame))
    assert chat.command(event) == "PONG"
    assert "does not fit" in caplog.text and "new_field" in caplog.text


def test_importing_the_clients_does_not_import_websockets() -> None:
    import subprocess
    import sys

    code = "import sys, digihuman.metastudio, digihuman.chat; print('websockets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    assert out.stdout.strip() == "False"


async def test_a_heartbeat_due_as_the_link_ends_ends_quietly() -> None:
    """The link may close (JOB_FINISHED, stop(), the server) just as a PING falls due: the heartbeat then
    stops without a failure of its own, so the session ends the way its reader saw it end."""
    session = chat.ChatSession(job_id="j", project_id="p", heartbeat_seconds=0)  # no link: it has ended
    failures: list[chat.ChatError] = []
    await asyncio.wait_for(chat._heartbeat(session, None, failures), 5)  # type: ignore[arg-type]
    assert failures == []
