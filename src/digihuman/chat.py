"""Interactive chat with a MetaStudio digital human over its WebSocket (004 §7.2.2 flow, §7.2.3 interface).

    async with chat.connect(ms, room_id=room_id, job_id=job_id) as session:
        await session.say("您好，我是您的分身数字人")
        async for event in session.events(): ...

`connect` takes a configured client (`digihuman.metastudio.client()`) or an object holding one as `.client`
(with `.project_id`). The address is the job's `chat_access_address` (no scheme in the answer: `wss://`, or
`ws://` for a loopback host), the path `/v1/{project_id}/digital-human-chat/chat-command/{job_id}`. The
handshake carries the client's IAM token as `X-Auth-Token` when it authenticates with one, else a one-time
code from `create_once_code` as the `token` query parameter (five minutes, single use: one per connection).

Frames sent are built from the generated models and checked before sending; frames received are read
tolerantly (what does not fit the message schemas is logged on `digihuman.drift`, never raised), and one
whose `error_code` is not `MSS.00000000` arrives as an `ErrorEvent` with the catalogue's meaning of the code.
A PING goes out every `heartbeat_seconds` (the service closes a link silent for 30 s); no PONG within
`pong_timeout` ends the session with `HeartbeatTimeout`. `websockets` is imported on first connection only.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import ssl as ssl_module
import uuid
from collections import deque
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlencode, urlsplit

from metastudio_models import chat_websocket as models
from pydantic import BaseModel, ValidationError

from digihuman.errors import ApiError, AuthError, ConfigurationError, NoResponseError, RequestValidationError
from digihuman.openapi import api

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

log = logging.getLogger("digihuman.chat")
drift = logging.getLogger("digihuman.drift")

SUCCESS = "MSS.00000000"
PATH = "/v1/{project_id}/digital-human-chat/chat-command/{job_id}"  # 004 §7.2.3 URI
IDLE_CLOSE_SECONDS = 30.0  # §7.2.2: no TEXT_DRIVE or PING for 30 s and MetaStudio closes the link
MIN_CHUNK_CHARS = 7  # §7.2.2: 建议每个分包数据长度大于6个字 (shorter packets make the avatar stutter)
CHUNK_CHARS = 100  # our packet size: the document gives no maximum (ERRATA: "TEXT_DRIVE text length")
BREAKS = "。！？；，、.!?;, \n"  # where a chunk prefers to end

INCOMING: dict[str, type[BaseModel]] = {
    "START_CHAT": models.StartChatMessage,
    "TEXT_DRIVE_RSP": models.TextDriveRspMessage,
    "START_SPEAKING": models.StartSpeakingMessage,
    "STOP_SPEAKING": models.StopSpeakingMessage,
    "INTERRUPT_CHAT_RSP": models.InterruptChatRspMessage,
    "STOP_CHAT_RSP": models.StopChatRspMessage,
    "JOB_FINISHED": models.JobFinishedMessage,
    "PONG": models.PongMessage,
}
AuthMode = Literal["auto", "token", "once_code"]


# -- errors and events ---------------------------------------------------------------------------------
class ChatError(ApiError):
    """The chat link failed; `unacknowledged` lists the texts sent whose TEXT_DRIVE_RSP never came."""

    def __init__(self, message: str, *, unacknowledged: tuple[str, ...] = (), **fields: Any) -> None:
        ApiError.__init__(self, message, vendor="metastudio", **fields)
        self.unacknowledged = unacknowledged


class ChatRefused(ChatError, AuthError):
    """The handshake was refused (an HTTP answer instead of the upgrade, or an error connect answer)."""


class HeartbeatTimeout(ChatError, NoResponseError):
    """No PONG came within `pong_timeout` of a PING: the session was closed."""

    def __init__(self, message: str, **fields: Any) -> None:
        ChatError.__init__(self, message, **fields)
        self.sent = True


class ChatClosed(ChatError, NoResponseError):
    """The link dropped before JOB_FINISHED or `stop()`, and no reconnect (left) brought it back."""

    def __init__(self, message: str, **fields: Any) -> None:
        ChatError.__init__(self, message, **fields)
        self.sent = True


@dataclass(frozen=True)
class ErrorEvent:
    """A frame whose `error_code` is not MSS.00000000, with the code's documented meaning (004 §12.2)."""

    command: str | None
    code: str
    message: str
    meaning: str | None
    request_id: str | None
    frame: models.ChatResponseMessage


@dataclass(frozen=True)
class Reconnected:
    """The link dropped and a new one is open (a new START_CHAT follows). The texts sent but not
    acknowledged on the old link are listed here and were NOT sent again."""

    attempt: int
    unacknowledged: tuple[str, ...]


Event = BaseModel | ErrorEvent | Reconnected


def command(event: Event) -> str | None:
    """The command an event carries (`START_SPEAKING`, ...); None for the connect answer and `Reconnected`."""
    if isinstance(event, ErrorEvent):
        return event.command
    payload = getattr(event, "payload", None)
    name = payload.get("command") if isinstance(payload, dict) else getattr(payload, "command", None)
    return getattr(name, "value", name)


@dataclass(frozen=True)
class Reconnect:
    """Reconnect a dropped link (not after JOB_FINISHED or `stop()`): up to `attempts` times in a row, after
    `backoff` seconds doubling up to `max_backoff`; each attempt with fresh credentials."""

    attempts: int = 3
    backoff: float = 1.0
    max_backoff: float = 10.0


# -- pure helpers --------------------------------------------------------------------------------------
def chat_url(address: str, project_id: str, job_id: str) -> str:
    """The WebSocket URL of a job from its `chat_access_address` (host[:port], no scheme per 表7-446; a
    scheme given is kept). Plain `ws://` only for a loopback host."""
    if "://" not in address:
        host = urlsplit(f"//{address}").hostname or ""
        address = f"{'ws' if _loopback(host) else 'wss'}://{address}"
    parts = urlsplit(address)
    if parts.scheme not in ("ws", "wss"):
        raise ConfigurationError(f"chat address must be ws:// or wss://, not {parts.scheme}://")
    if parts.scheme == "ws" and not _loopback(parts.hostname or ""):
        raise ConfigurationError("chat address: plain ws:// is allowed for a loopback host only")
    return f"{parts.scheme}://{parts.netloc}" + PATH.format(project_id=project_id, job_id=job_id)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """`text` in packets of at most `limit` characters for TEXT_DRIVE's `seq`/`is_last` (§7.2.2), ending
    at punctuation where one is near, none shorter than MIN_CHUNK_CHARS unless the whole text is."""
    if limit < MIN_CHUNK_CHARS:
        raise ValueError(f"a packet must be allowed at least {MIN_CHUNK_CHARS} characters")
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max((window.rfind(mark) + 1 for mark in BREAKS), default=0)
        if cut < MIN_CHUNK_CHARS or len(rest) - cut < MIN_CHUNK_CHARS:
            cut = min(limit, len(rest) - MIN_CHUNK_CHARS)
        chunks.append(rest[:cut])
        rest = rest[cut:]
    return [*chunks, rest]


# -- the session ---------------------------------------------------------------------------------------
END = object()  # queued when the session's events are over


@dataclass
class Sent:
    request_id: str
    command: str
    text: str = ""


@dataclass
class ChatSession:
    """One chat: send with `say`/`interrupt`/`stop`/`ping`, read with `events()`. Holds no credentials."""

    job_id: str
    project_id: str
    robot_id: str | None = None
    chat_id: str | None = None
    heartbeat_seconds: float = 10.0
    pong_timeout: float = 10.0
    answer_timeout: float = 30.0
    chunk_chars: int = CHUNK_CHARS
    finished: bool = False  # JOB_FINISHED arrived
    stopped_speaking: int = 0  # STOP_SPEAKING frames received
    stopped: bool = False  # stop() was called
    _queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue, repr=False)
    _pending: deque[Sent] = field(default_factory=deque, repr=False)
    _link: ClientConnection | None = field(default=None, repr=False)
    _waiters: dict[str, list[asyncio.Future[BaseModel | ErrorEvent]]] = field(default_factory=dict, repr=False)
    _speaking: bool = field(default=False, repr=False)

    # -- sending ---------------------------------------------------------------------------------------
    async def say(self, text: str) -> list[str]:
        """Drive the avatar with `text` (TEXT_DRIVE, in `seq`/`is_last` packets); the packets' request ids."""
        if not text.strip():
            raise RequestValidationError("TEXT_DRIVE", ["data.text must not be empty"])
        chunks = split_text(text, self.chunk_chars)
        ids = []
        for seq, chunk in enumerate(chunks, start=1):
            data = models.ChatReqDataInfo(text=chunk, seq=seq, is_last=seq == len(chunks))
            payload = models.TextDrivePayload(
                job_id=self.job_id, robot_id=self.robot_id, chat_id=self._chat(), command="TEXT_DRIVE", data=data
            )
            ids.append(await self._send(models.TextDriveRequest(request_id=_new_id(), payload=payload), chunk))
        return ids

    async def interrupt(self) -> None:
        """INTERRUPT_CHAT; returns once MetaStudio has answered and started the next chat (new chat_id)."""
        started = self._expect("START_CHAT")
        answered = self._expect("INTERRUPT_CHAT_RSP")
        payload = models.InterruptChatPayload(
            job_id=self.job_id, robot_id=self.robot_id, chat_id=self._chat(), command="INTERRUPT_CHAT", data=_NO_TEXT
        )
        await self._send(models.InterruptChatRequest(request_id=_new_id(), payload=payload))
        await self._wait(answered, "INTERRUPT_CHAT_RSP")
        await self._wait(started, "START_CHAT")

    async def stop(self) -> None:
        """STOP_CHAT, wait for STOP_CHAT_RSP (and the end of speech), then close the link. No reconnect after."""
        if self.stopped or self._link is None:
            return
        answered = self._expect("STOP_CHAT_RSP")
        payload = models.StopChatPayload(
            job_id=self.job_id, robot_id=self.robot_id, chat_id=self._chat(), command="STOP_CHAT", data=_NO_TEXT
        )
        self.stopped = True
        await self._send(models.StopChatRequest(request_id=_new_id(), payload=payload))
        with suppress(ChatError):
            await self._wait(answered, "STOP_CHAT_RSP")
            if self._speaking:
                await self._wait(self._expect("STOP_SPEAKING"), "STOP_SPEAKING")
        await self._link.close()

    async def ping(self) -> None:
        """One PING (§7.2.2); the heartbeat sends them on its own."""
        payload = models.PingPayload(job_id=self.job_id, command="PING")
        await self._send(models.PingRequest(request_id=_new_id(), payload=payload))

    def _chat(self) -> str:
        if self.chat_id is None:
            raise RequestValidationError("TEXT_DRIVE", ["no START_CHAT yet: the chat_id is unknown"])
        return self.chat_id

    async def _send(self, message: BaseModel, text: str = "") -> str:
        frame = message.model_dump(mode="json", exclude_none=True)
        name = frame["payload"]["command"]
        try:  # strict on the way out: the frame must fit its schema as the document writes it
            type(message).model_validate(frame)
        except ValidationError as invalid:
            raise RequestValidationError(name, [str(e["msg"]) for e in invalid.errors()]) from None
        if self._link is None:
            raise ChatClosed("the chat link is not open")
        from websockets.exceptions import ConnectionClosed

        sent = Sent(str(frame.get("request_id")), name, text)
        if name != "PING":
            self._pending.append(sent)  # before sending: the answer may arrive while `send` yields
        try:
            await self._link.send(json.dumps(frame, ensure_ascii=False))
        except ConnectionClosed:
            if sent in self._pending:
                self._pending.remove(sent)
            raise ChatClosed(f"the chat link is closed: {name} was not sent") from None
        return sent.request_id

    # -- receiving -------------------------------------------------------------------------------------
    async def events(self) -> AsyncIterator[Event]:
        """Every frame MetaStudio sends, as its generated model (errors as `ErrorEvent`), until JOB_FINISHED,
        `stop()` or a link that cannot be kept; a failure (`HeartbeatTimeout`, `ChatClosed`) is raised."""
        while True:
            item = await self._queue.get()
            if item is END:
                self._queue.put_nowait(END)  # a second reader ends too
                return
            if isinstance(item, Exception):
                raise item
            yield item

    def _expect(self, name: str) -> asyncio.Future[BaseModel | ErrorEvent]:
        future: asyncio.Future[BaseModel | ErrorEvent] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(name, []).append(future)
        return future

    async def _wait(self, future: asyncio.Future[BaseModel | ErrorEvent], name: str) -> BaseModel | ErrorEvent:
        try:
            return await asyncio.wait_for(future, self.answer_timeout)
        except TimeoutError:
            raise ChatError(f"no {name} within {self.answer_timeout:g} s") from None

    def _received(self, text: str | bytes) -> None:
        event = _parse(text)
        name = command(event)
        if name == "START_CHAT" and isinstance(event, models.StartChatMessage) and event.payload:
            self.chat_id = event.payload.chat_id or self.chat_id
        elif name in ("TEXT_DRIVE_RSP", "INTERRUPT_CHAT_RSP", "STOP_CHAT_RSP"):
            self._acknowledge(name, getattr(event, "request_id", None))
        elif name in ("START_SPEAKING", "STOP_SPEAKING"):
            self._speaking = name == "START_SPEAKING"
            self.stopped_speaking += name == "STOP_SPEAKING"
        elif name == "JOB_FINISHED":
            self.finished = True
        for future in self._waiters.pop(name or "", []):
            if not future.done():
                future.set_result(event)
        self._queue.put_nowait(event)

    def _acknowledge(self, answer: str, request_id: str | None) -> None:
        sent = answer.removesuffix("_RSP")
        match = next((s for s in self._pending if s.request_id == request_id), None)
        match = match or next((s for s in self._pending if s.command == sent), None)
        if match is not None:
            self._pending.remove(match)

    def _unacknowledged(self) -> tuple[str, ...]:
        texts = tuple(s.text for s in self._pending if s.command == "TEXT_DRIVE")
        self._pending.clear()
        return texts

    def _fail_waiters(self) -> None:
        for futures in self._waiters.values():
            for future in futures:
                if not future.done():
                    future.set_exception(ChatClosed("the chat link closed before the answer"))
                    future.exception()  # retrieved: an answer nobody waits for any more is no error
        self._waiters.clear()


# INTERRUPT_CHAT and STOP_CHAT carry `data` (表7-451 marks it required) but have no text to send
_NO_TEXT = models.ChatReqDataInfo(text="", seq=None, is_last=None)


def _new_id() -> str:
    return uuid.uuid4().hex


def _parse(text: str | bytes) -> BaseModel | ErrorEvent:
    """A received frame as its command's model; what does not fit is logged as drift and read as it came."""
    try:
        raw = json.loads(text)
    except ValueError:
        drift.warning("chat: a frame that is not JSON (%d bytes)", len(text))
        raw = {}
    if not isinstance(raw, dict):
        drift.warning("chat: a frame that is not a JSON object")
        raw = {}
    payload = raw.get("payload")
    name = payload.get("command") if isinstance(payload, dict) else None
    fallback = models.ConnectResponse if payload is None else models.ChatResponseMessage
    model: type[BaseModel] = INCOMING.get(str(name), fallback)
    try:
        message = model.model_validate(raw)
    except ValidationError as invalid:
        drift.warning("chat: %s frame does not fit %s: %s", name, model.__name__, _problems(invalid))
        message = model.model_construct(**raw)
    unknown = set(raw) - set(model.model_fields)
    if isinstance(payload, dict) and name in INCOMING:
        unknown |= {f"payload.{k}" for k in payload if k not in _payload_fields(model)}
    if unknown:
        drift.info("chat: %s frame has fields the schema does not name: %s", name, sorted(unknown))
    code = raw.get("error_code")
    if code is not None and code != SUCCESS:
        meaning = api("metastudio").error_meaning(code, topic="websocket")
        return ErrorEvent(
            None if name is None else str(name),
            str(code),
            str(raw.get("error_msg", "")),
            meaning,
            raw.get("request_id"),
            models.ChatResponseMessage.model_construct(**raw),
        )
    return message


def _payload_fields(model: type[BaseModel]) -> set[str]:
    names: set[str] = set()
    for argument in getattr(model.model_fields["payload"].annotation, "__args__", ()):
        names |= set(getattr(argument, "model_fields", {}))
    return names


def _problems(invalid: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in invalid.errors())


# -- connecting ----------------------------------------------------------------------------------------
@asynccontextmanager
async def connect(
    client: Any,
    *,
    job_id: str | None = None,
    room_id: str | None = None,
    job: Any = None,
    project_id: str | None = None,
    robot_id: str | None = None,
    address: str | None = None,
    auth: AuthMode = "auto",
    heartbeat_seconds: float = 10.0,
    pong_timeout: float = 10.0,
    answer_timeout: float = 30.0,
    open_timeout: float = 10.0,
    reconnect: Reconnect | None = None,
    chunk_chars: int = CHUNK_CHARS,
    ssl: ssl_module.SSLContext | None = None,
    proxy: str | bool | None = True,
) -> AsyncIterator[ChatSession]:
    """Open the chat link of a smart chat job and yield its session once MetaStudio has sent START_CHAT.

    The job: `job` (a `start_smart_chat_job` answer, or anything with `job_id` and `chat_access_address`), or
    `job_id` with `room_id` (its address is read with `show_smart_chat_job`), or `job_id` with `address`.
    `auth`: "token" (X-Auth-Token, the client must use an IAM token), "once_code", or "auto" (the token when
    the client has one). `ssl`: the TLS context (default: the client's `verify_ssl` when it is a context or
    a CA file, else the system's); `proxy`: as `websockets` takes it (True: from the environment)."""
    generated = getattr(client, "client", client)
    from digihuman import metastudio

    project = project_id or getattr(client, "project_id", None) or metastudio.project_id()
    job_id = job_id or _field(job, "job_id")
    if not job_id:
        raise ConfigurationError("chat.connect needs job_id= (or job=, a start_smart_chat_job answer)")
    address = address or _field(job, "chat_access_address") or await _show_address(generated, project, room_id, job_id)
    url = chat_url(address, project, job_id)
    session = ChatSession(job_id, project, robot_id, None, heartbeat_seconds, pong_timeout, answer_timeout, chunk_chars)
    opener = _Opener(generated, project, url, auth, open_timeout, _ssl_context(generated, ssl, url), proxy)
    runner = asyncio.create_task(_run(session, opener, reconnect))
    try:
        started = session._expect("START_CHAT")
        first: set[asyncio.Future[Any]] = {runner, started}
        done, _ = await asyncio.wait(first, timeout=open_timeout + answer_timeout, return_when=asyncio.FIRST_COMPLETED)
        if runner in done:
            runner.result()  # raises what refused the link
        if started not in done:
            raise ChatError(f"no START_CHAT within {open_timeout + answer_timeout:g} s")
        yield session
    finally:
        session.stopped = True
        if session._link is not None:
            await session._link.close()
        runner.cancel()
        with suppress(asyncio.CancelledError, Exception):  # raised already, or delivered to events()
            await runner


async def start_job(client: Any, *, room_id: str, robot_id: str, project_id: str | None = None) -> Any:
    """`start_smart_chat_job` for the room and application (robot): the answer `connect(job=...)` takes."""
    from metastudio_client.api.smart_chat_jobs import start_smart_chat_job
    from metastudio_client.models import StartSmartChatJobRequest, StartSmartChatJobResponse

    from digihuman import metastudio

    generated = getattr(client, "client", client)
    project = project_id or getattr(client, "project_id", None) or metastudio.project_id()
    answer = await start_smart_chat_job.asyncio(
        project, room_id, client=generated, robot_id=robot_id, body=StartSmartChatJobRequest()
    )
    if not isinstance(answer, StartSmartChatJobResponse):
        raise ChatError(f"start_smart_chat_job gave no job: {type(answer).__name__}")
    return answer


def _field(job: Any, name: str) -> str | None:
    value = job.get(name) if isinstance(job, Mapping) else getattr(job, name, None)
    return value if isinstance(value, str) and value else None


async def _show_address(generated: Any, project: str, room_id: str | None, job_id: str) -> str:
    if room_id is None:
        raise ConfigurationError("chat.connect needs room_id= to look up the job's chat_access_address (or address=)")
    from metastudio_client.api.smart_chat_jobs import show_smart_chat_job

    shown = await show_smart_chat_job.asyncio(project, room_id, job_id, client=generated)
    address = getattr(shown, "chat_access_address", None)
    if not isinstance(address, str) or not address:
        raise ChatError(f"show_smart_chat_job gave no chat_access_address for job {job_id}")
    return address


def _ssl_context(generated: Any, given: ssl_module.SSLContext | None, url: str) -> ssl_module.SSLContext | None:
    if given is not None or not url.startswith("wss://"):
        return given
    verify = getattr(generated, "_verify_ssl", True)
    if isinstance(verify, ssl_module.SSLContext):
        return verify
    if isinstance(verify, str):
        return ssl_module.create_default_context(cafile=verify)
    return None


@dataclass
class _Opener:
    """Opens one link with fresh credentials each time; holds the client, never a token it fetched."""

    generated: Any
    project: str
    url: str
    auth: AuthMode
    open_timeout: float
    ssl: ssl_module.SSLContext | None
    proxy: str | bool | None

    def __repr__(self) -> str:
        return f"_Opener(url={self.url!r}, auth={self.auth!r})"

    async def open(self) -> ClientConnection:
        from websockets.asyncio.client import connect as ws_connect
        from websockets.exceptions import InvalidStatus, WebSocketException

        headers, query = await self.credentials()
        target = self.url + (f"?{urlencode(query)}" if query else "")
        loopback = _loopback(urlsplit(self.url).hostname or "")
        options: dict[str, Any] = {"proxy": None if loopback else self.proxy}  # loopback never via a proxy
        try:
            return await ws_connect(
                target,
                additional_headers=headers,
                ssl=self.ssl,
                open_timeout=self.open_timeout,
                ping_interval=None,  # the protocol's own PING/PONG keeps the link (and the job) alive
                max_size=2**20,
                logger=_QUIET,  # websockets logs the handshake's headers (the token) at DEBUG
                **options,
            )
        except InvalidStatus as refused:
            raise _refusal(refused.response.status_code, bytes(refused.response.body or b"")) from None
        except (OSError, TimeoutError, WebSocketException) as failed:
            reason = type(failed).__name__
            raise ChatClosed(f"could not open the chat link to {urlsplit(self.url).netloc}: {reason}") from None

    async def credentials(self) -> tuple[dict[str, str], dict[str, str]]:
        from digihuman.auth.token import TokenAuth

        http_auth = _http_auth(self.generated)
        if self.auth in ("auto", "token") and isinstance(http_auth, TokenAuth):
            source = http_auth.source
            token = source.reveal() if hasattr(source, "reveal") else (await source.atoken()).reveal()
            return {"X-Auth-Token": token}, {}
        if self.auth == "token":
            raise ConfigurationError("auth='token' needs a client that authenticates with an IAM token")
        from metastudio_client.api.once_codes import create_once_code

        answer = await create_once_code.asyncio(self.project, client=self.generated)
        code = getattr(answer, "once_code", None)
        if not isinstance(code, str) or not code:
            raise ChatError("create_once_code gave no once_code")
        return {}, {"token": code}


class _NoDebug(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets' logger without its DEBUG records: they print the handshake's headers."""

    def isEnabledFor(self, level: int) -> bool:  # noqa: N802 - the logging API's name
        return level > logging.DEBUG and self.logger.isEnabledFor(level)


_QUIET = _NoDebug(logging.getLogger("websockets.client"), {})


def _http_auth(generated: Any) -> Any:
    """The client's httpx auth: `digihuman.policy` keeps it in its transport, a bare client in `httpx_args`."""
    httpx_args = getattr(generated, "_httpx_args", {})
    policy = getattr(httpx_args.get("transport"), "policy", None)
    return getattr(policy, "auth", None) or httpx_args.get("auth")


def _refusal(status: int, body: bytes) -> ChatRefused:
    try:
        answer = json.loads(body)
    except ValueError:
        answer = {}
    code = answer.get("error_code") if isinstance(answer, dict) else None
    meaning = api("metastudio").error_meaning(code, status, topic="websocket") if code else None
    detail = f" {code}" + (f" ({meaning})" if meaning else "") if code else ""
    return ChatRefused(
        f"the chat WebSocket handshake was refused: HTTP {status}{detail}",
        status=status,
        vendor_code=code,
        meaning=meaning,
        request_id=answer.get("request_id") if isinstance(answer, dict) else None,
    )


async def _run(session: ChatSession, opener: _Opener, policy: Reconnect | None) -> None:
    """Open, read, keep alive; on a dropped link reconnect per `policy`; end the session's events."""
    attempt = 0
    try:
        while True:
            session._link = await opener.open()
            log.debug("chat link open to %s", urlsplit(opener.url).netloc)
            failure = await _serve(session)
            if failure is not None:
                raise failure
            if session.finished or session.stopped:
                return
            unacknowledged = session._unacknowledged()
            if policy is None or attempt >= policy.attempts:
                raise ChatClosed("the chat link dropped", unacknowledged=unacknowledged)
            attempt += 1
            await asyncio.sleep(min(policy.backoff * 2 ** (attempt - 1), policy.max_backoff))
            session._queue.put_nowait(Reconnected(attempt, unacknowledged))
    except ChatError as failed:
        session._queue.put_nowait(failed)
        raise
    finally:
        session._fail_waiters()
        session._queue.put_nowait(END)


async def _serve(session: ChatSession) -> ChatError | None:
    """Read the link until it closes, with the heartbeat beside; the heartbeat's failure, if any."""
    from websockets.exceptions import ConnectionClosed

    link = session._link
    assert link is not None
    failures: list[ChatError] = []
    beat = asyncio.create_task(_heartbeat(session, link, failures))
    try:
        with suppress(ConnectionClosed):
            async for text in link:
                session._received(text)
    finally:
        beat.cancel()
    with suppress(asyncio.CancelledError):
        await beat
    return failures[0] if failures else None


async def _heartbeat(session: ChatSession, link: ClientConnection, failures: list[ChatError]) -> None:
    """PING every `heartbeat_seconds`; a PONG missing after `pong_timeout` goes to `failures`, link closed."""
    from websockets.exceptions import ConnectionClosed

    while True:
        await asyncio.sleep(session.heartbeat_seconds)
        pong = session._expect("PONG")
        try:
            await session.ping()
        except (ConnectionClosed, ChatClosed):  # the link ended meanwhile: the reader reports why, if it matters
            return
        try:
            await asyncio.wait_for(pong, session.pong_timeout)
        except TimeoutError:
            failures.append(HeartbeatTimeout(f"no PONG within {session.pong_timeout:g} s of a PING: link closed"))
            await link.close()
            return
