"""The MetaStudio mock's interactive-chat WebSocket (004 §7.2.2, §7.2.3), on the same ASGI app and port.

`ChatLink` is the protocol of one connection without I/O: frames in, frames out, and the time of its
next deadline on the mock's clock (the end of the current utterance, the idle close). `serve` runs one
link over an ASGI WebSocket: it checks the handshake's `X-Auth-Token` (a token this mock's IAM issued)
or `token` query parameter (a one-time code from `create_once_code`, single use, five minutes) and the
job, refuses anything else with an HTTP answer carrying the catalogue's code (no upgrade), then pumps.

Speaking: an utterance is the text of the TEXT_DRIVE frames up to the one with `is_last` (absent counts
as the last); it is spoken for `seconds_per_char` per character, one utterance after the other.
Every frame received is checked against the message schemas (`metastudio_models.chat_websocket`); a frame
that does not fit is answered with the catalogue's code for what is wrong, and the link stays open.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from metastudio_models import chat_websocket as models
from pydantic import BaseModel, ValidationError

from digihuman.asgi import Receive, Scope, Send

log = logging.getLogger("digihuman.mock")

CHAT_PATH = re.compile(r"^/v1/(?P<project_id>[^/]+)/digital-human-chat/chat-command/(?P<job_id>[^/]+)$")
SUCCESS = "MSS.00000000"
# 004 §12.2 catalogue codes the chat link answers with
WS_AUTH_FAILED = "MSS.20050003"  # 401 websocket接口鉴权失败
ONCE_CODE_FAILED = "MSS.47010046"  # 401 一次性鉴权码鉴权失败
JOB_INVALID = "MSS.20050003"  # 400 获取任务信息失败, 任务ID或项目ID无效
WS_REQUEST_FAILED = "MSS.20050005"  # 400 websocket请求失败 (请检查websocket发送的消息是否为空)
PAYLOAD_EMPTY = "MSS.47010117"  # 对话请求携带的payload参数为空
DATA_EMPTY = "MSS.47010118"  # 对话请求携带的data参数为空
UNSUPPORTED_COMMAND = "MSS.47010116"  # 操作命令不支持
SEQ_TOO_SMALL = "MSS.47010115"  # 第三方文本驱动失败，seq参数小于最小值
CHAT_STOPPED = "MSS.47010123"  # 对话已经停止
INVALID_PARAMETERS = "MSS.47010106"  # 对话建链失败，携带的参数无效

REQUESTS: dict[str, type[BaseModel]] = {
    "TEXT_DRIVE": models.TextDriveRequest,
    "INTERRUPT_CHAT": models.InterruptChatRequest,
    "STOP_CHAT": models.StopChatRequest,
    "PING": models.PingRequest,
}
ANSWERS = {"TEXT_DRIVE": "TEXT_DRIVE_RSP", "INTERRUPT_CHAT": "INTERRUPT_CHAT_RSP", "STOP_CHAT": "STOP_CHAT_RSP"}
Frame = dict[str, Any]


@dataclass
class Utterance:
    chat_id: str
    request_id: str
    text: str


@dataclass
class ChatLink:
    """One connection's protocol state. Times are on the mock's clock; `closed` ends the link."""

    job_id: str
    new_id: Callable[[], str]
    meaning: Callable[[str], str]  # the catalogue's message of a code
    idle_seconds: float = 30.0
    seconds_per_char: float = 0.2
    chat_id: str = ""
    stopped: bool = False  # STOP_CHAT: no new START_CHAT, no more speaking
    closed: bool = False
    close_reason: str = ""
    last_heard: float = 0.0
    speaking: Utterance | None = None
    speaking_until: float = 0.0
    queue: deque[Utterance] = field(default_factory=deque)
    buffer: list[str] = field(default_factory=list)

    def opened(self, now: float) -> list[Frame]:
        """The connect answer (no payload) and the first START_CHAT."""
        self.last_heard = now
        request_id = self.new_id()
        return [{"error_code": SUCCESS, "error_msg": "success", "request_id": request_id}, self.start_chat()]

    def start_chat(self) -> Frame:
        self.chat_id = self.new_id()
        return self.frame("START_CHAT", self.new_id())

    def frame(self, command: str, request_id: str, code: str | None = None, detail: str = "") -> Frame:
        frame: Frame = {}
        if code is not None:
            message = self.meaning(code) if code != SUCCESS else "success"
            frame |= {"error_code": code, "error_msg": f"{message}: {detail}" if detail else message}
        payload = {"command": command, "job_id": self.job_id}
        if command not in ("PONG", "JOB_FINISHED"):
            payload["chat_id"] = self.chat_id
        return {**frame, "request_id": request_id, "payload": payload}

    def error(self, code: str, request_id: str, detail: str) -> Frame:
        """An answer to a frame that cannot be given its command's answer: no payload."""
        return {"error_code": code, "error_msg": f"{self.meaning(code)}: {detail}", "request_id": request_id}

    def deadline(self) -> float | None:
        """When `tick` has something to do next, if nothing arrives before."""
        if self.closed:
            return None
        idle = self.last_heard + self.idle_seconds
        return min(idle, self.speaking_until) if self.speaking is not None else idle

    def tick(self, now: float) -> list[Frame]:
        if self.closed:
            return []
        out: list[Frame] = []
        while self.speaking is not None and self.speaking_until <= now:
            out.append(self.frame("STOP_SPEAKING", self.speaking.request_id))
            self.speaking = None
            out += self.speak_next(self.speaking_until)
        if not self.closed and now >= self.last_heard + self.idle_seconds:
            self.close("idle")  # §7.2.2 用户与数字人对话超时断连: closed without a frame
        return out

    def speak_next(self, now: float) -> list[Frame]:
        if self.speaking is not None or not self.queue or self.stopped:
            return []
        self.speaking = self.queue.popleft()
        self.speaking_until = now + len(self.speaking.text) * self.seconds_per_char
        return [self.frame("START_SPEAKING", self.speaking.request_id)]

    def silence(self) -> list[Frame]:
        """End the current utterance and drop what waits (INTERRUPT_CHAT, STOP_CHAT)."""
        self.queue.clear()
        self.buffer.clear()
        if self.speaking is None:
            return []
        stopped = self.frame("STOP_SPEAKING", self.speaking.request_id)
        self.speaking = None
        return [stopped]

    def finish(self) -> list[Frame]:
        """The job ended (stopped over REST, or failed): JOB_FINISHED, then the link closes."""
        if self.closed:
            return []
        self.close("job finished")
        return [self.frame("JOB_FINISHED", self.new_id())]

    def close(self, reason: str) -> None:
        self.closed, self.close_reason = True, reason

    def receive(self, text: str, now: float) -> list[Frame]:
        out = self.tick(now)
        if self.closed:
            return out
        try:
            message = json.loads(text) if text.strip() else None
        except ValueError:
            message = None
        if not isinstance(message, dict):
            return [*out, self.error(WS_REQUEST_FAILED, self.new_id(), "not a JSON object")]
        request_id = message.get("request_id")
        request_id = request_id if isinstance(request_id, str) else self.new_id()
        payload = message.get("payload")
        if not isinstance(payload, dict) or not payload:
            return [*out, self.error(PAYLOAD_EMPTY, request_id, "payload")]
        command = payload.get("command")
        if command not in REQUESTS:
            return [*out, self.error(UNSUPPORTED_COMMAND, request_id, f"command {command!r}")]
        answer = ANSWERS.get(str(command), "PONG")
        if command != "PING" and not payload.get("data"):
            return [*out, self.frame(answer, request_id, DATA_EMPTY, "data")]
        try:
            REQUESTS[command].model_validate(message)
        except ValidationError as invalid:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in invalid.errors())
            return [*out, self.frame(answer, request_id, INVALID_PARAMETERS, problems)]
        if command in ("TEXT_DRIVE", "PING"):
            self.last_heard = now
        handler: Callable[[Frame, str, float], list[Frame]] = getattr(self, command.lower())
        return out + handler(payload, request_id, now)

    def ping(self, payload: Frame, request_id: str, now: float) -> list[Frame]:
        return [self.frame("PONG", request_id)]

    def text_drive(self, payload: Frame, request_id: str, now: float) -> list[Frame]:
        data = payload["data"]
        if self.stopped:
            return [self.frame("TEXT_DRIVE_RSP", request_id, CHAT_STOPPED, "STOP_CHAT was sent")]
        seq = data.get("seq")
        if seq is not None and seq < 1:
            return [self.frame("TEXT_DRIVE_RSP", request_id, SEQ_TOO_SMALL, f"seq {seq}")]
        out = [self.frame("TEXT_DRIVE_RSP", request_id, SUCCESS)]
        self.buffer.append(data["text"])
        if data.get("is_last", True):
            self.queue.append(Utterance(self.chat_id, request_id, "".join(self.buffer)))
            self.buffer.clear()
            out += self.speak_next(now)
        return out

    def interrupt_chat(self, payload: Frame, request_id: str, now: float) -> list[Frame]:
        out = [self.frame("INTERRUPT_CHAT_RSP", request_id), *self.silence()]
        return out if self.stopped else [*out, self.start_chat()]

    def stop_chat(self, payload: Frame, request_id: str, now: float) -> list[Frame]:
        out = [self.frame("STOP_CHAT_RSP", request_id), *self.silence()]
        self.stopped = True
        return out


@dataclass
class Refusal:
    status: int
    code: str
    detail: str


FINISH = object()  # queued by `wake`: the job has ended


class ChatEndpoint:
    """What the mock gives the WebSocket: checks, the link's settings and the links to wake on a stop."""

    def __init__(self, idle_seconds: float = 30.0, seconds_per_char: float = 0.2, poll_seconds: float = 1.0) -> None:
        self.idle_seconds = idle_seconds
        self.seconds_per_char = seconds_per_char
        self.poll_seconds = poll_seconds  # the longest wait between looks at the clock and the job
        self.links: dict[str, list[Callable[[], None]]] = {}  # job id -> wake callbacks

    def wake(self, job_id: str) -> None:
        """The job has stopped: every link of it sends JOB_FINISHED and closes (from any thread)."""
        for callback in self.links.get(job_id, []):
            callback()


async def serve(mock: Any, scope: Scope, receive: Receive, send: Send) -> None:
    """One WebSocket connection to the mock (`mock` is the MetaStudioMock that owns the state)."""
    endpoint: ChatEndpoint = mock.chat
    if (await receive())["type"] != "websocket.connect":
        return
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
    matched = CHAT_PATH.match(scope["path"])
    with mock.lock:
        request_id = mock.new_id()
        refusal = (
            Refusal(404, JOB_INVALID, "no such WebSocket path")
            if matched is None
            else mock.chat_refusal(matched["project_id"], matched["job_id"], headers, query)
        )
    if refusal is not None:
        await refuse(scope, send, refusal, request_id, mock.catalogue_message(refusal.code))
        return
    assert matched is not None
    project_id, job_id = matched["project_id"], matched["job_id"]
    await send({"type": "websocket.accept", "headers": [(b"x-request-id", request_id.encode())]})
    link = ChatLink(job_id, mock.new_id, mock.catalogue_message, endpoint.idle_seconds, endpoint.seconds_per_char)
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    loop = asyncio.get_running_loop()

    def wake() -> None:
        loop.call_soon_threadsafe(inbox.put_nowait, FINISH)

    async def read() -> None:
        while True:
            message = await receive()
            await inbox.put(message)
            if message["type"] == "websocket.disconnect":
                return

    endpoint.links.setdefault(job_id, []).append(wake)
    reader = asyncio.create_task(read())
    try:
        await pump(mock, link, inbox, send, lambda: bool(mock.chat_job_running(project_id, job_id)))
    except OSError:  # the client went away while frames were being sent to it (uvicorn's ClientDisconnected)
        log.debug("chat link of job %s: the client disconnected", job_id)
    finally:
        reader.cancel()
        endpoint.links[job_id].remove(wake)
        if not endpoint.links[job_id]:
            del endpoint.links[job_id]


async def pump(mock: Any, link: ChatLink, inbox: asyncio.Queue[Any], send: Send, running: Callable[[], bool]) -> None:
    async def emit(frames: list[Frame]) -> None:
        for frame in frames:
            await send({"type": "websocket.send", "text": json.dumps(frame, ensure_ascii=False)})

    await emit(link.opened(mock.clock()))
    while not link.closed:
        deadline = link.deadline()
        wait = mock.chat.poll_seconds if deadline is None else deadline - mock.clock()
        try:
            item = await asyncio.wait_for(inbox.get(), max(0.0, min(wait, mock.chat.poll_seconds)))
        except TimeoutError:
            item = None
        now = mock.clock()
        if item is FINISH or not running():
            await emit(link.tick(now) + link.finish())
        elif item is None:
            await emit(link.tick(now))
        elif item["type"] == "websocket.disconnect":
            return
        else:
            text = item.get("text")
            if text is None:  # a binary frame: not a message of this protocol
                text = ""
            await emit(link.receive(text, now))
    await send({"type": "websocket.close", "code": 1000, "reason": link.close_reason})


async def refuse(scope: Scope, send: Send, refusal: Refusal, request_id: str, message: str) -> None:
    """An HTTP answer instead of the upgrade (the ASGI WebSocket Denial Response), else a bare close."""
    body = json.dumps(
        {"error_code": refusal.code, "error_msg": f"{message}: {refusal.detail}", "request_id": request_id},
        ensure_ascii=False,
    ).encode()
    if "websocket.http.response" in scope.get("extensions", {}):
        headers = [(b"content-type", b"application/json"), (b"x-request-id", request_id.encode())]
        await send({"type": "websocket.http.response.start", "status": refusal.status, "headers": headers})
        await send({"type": "websocket.http.response.body", "body": body})
    else:
        await send({"type": "websocket.close", "code": 1008, "reason": f"{refusal.code} {refusal.detail}"[:120]})
