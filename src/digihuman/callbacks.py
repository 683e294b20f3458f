"""Inbound MetaStudio callbacks: their `secret`/`time_stamp` signatures, their bodies parsed with the generated
models, and a small reference receiver (a plain ASGI app) for each.

Both callbacks append `secret` and `time_stamp` to the configured URL (the `x-signature` blocks of
spec/metastudio-messages/video_callback.yaml and llm_callback.yaml):

    2D video job, auth_type MSS_A (004 §5.3.1 表5-142):
        secret = hmac_sha256(key, URI(callback_url) + time_stamp), time_stamp = hex(timestamp)
    third-party LLM (004 §7.3.1 表7-456):
        secret = hmac_sha256(URI(llm_url) + timestamp, appKey), time_stamp = hex(timestamp),
        timestamp in milliseconds, concatenated as a decimal number (the document's Java sample)

The key is the HMAC key in both. `Scheme` holds what the documents leave open, with the readings
spec/ERRATA.md records as decisions: the digest is lower-case hex; the video callback concatenates the hex
`time_stamp` as sent (its formula names that parameter) and counts milliseconds like §7.3.1; a timestamp
more than `max_age` (300 s) from the receiver's clock, in either direction, is refused.

The signature covers the URL and the time stamp, not the body. So a receiver checks the query before it reads
the body, and accepts each signed (time stamp, signature) pair once (`ReplayCache`): a captured URL cannot be
replayed with another body within the window. The body is still only a hint: act on the job as the API shows it.

    app = VideoCallbackReceiver(on_video, callback_url="https://me.example/hook", key=Secret("…"))
    app = LlmCallbackReceiver(answer, llm_url="https://me.example/llm", app_key=Secret("…"))

Mount either under any ASGI server. The URL given must be the one configured at MetaStudio, exactly: it is
what was signed, whatever proxies in front of the receiver did to the path.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import inspect
import json
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

import pydantic
from metastudio_models.llm_callback import (
    ChatChoice,
    LlmCallbackErrorResponse,
    LlmCallbackRequest,
    LlmCallbackResponse,
    LlmStreamChunk,
    MessageItem,
)
from metastudio_models.video_callback import VideoJobCallbackBody

from digihuman.asgi import BodyTooLarge, Receive, Scope, Send, lifespan, read_body
from digihuman.errors import SignatureRejected
from digihuman.secret import Secret

Clock = Callable[[], float]
MAX_BODY_BYTES = 1024 * 1024
MAX_CONTENT = 4096  # MessageItem.content: 取值最小长度1，最大长度4096
JSON_TYPE = "application/json;charset=UTF-8"  # 表7-459
SSE_TYPE = "text/event-stream;charset=UTF-8"  # 表7-460
DONE = "[DONE]"  # 表7-464: 结尾必须使用“data:[DONE]”作为结束符


@dataclass(frozen=True)
class Scheme:
    """How a `secret`/`time_stamp` pair is made. `signed_timestamp`: whether the hex `time_stamp` as sent or
    the decimal number is appended to the URL; `unit` of the timestamp; `digest` encoding of the HMAC;
    `max_age`: seconds a timestamp may be away from the receiver's clock."""

    signed_timestamp: Literal["hex", "decimal"]
    unit: Literal["ms", "s"] = "ms"
    digest: Literal["hex", "base64"] = "hex"
    max_age: float = 300.0

    def ticks(self, seconds: float) -> int:
        return int(seconds * 1000) if self.unit == "ms" else int(seconds)

    def seconds(self, ticks: int) -> float:
        return ticks / 1000 if self.unit == "ms" else float(ticks)


VIDEO_MSS_A = Scheme(signed_timestamp="hex")
LLM_SIGNATURE = Scheme(signed_timestamp="decimal")


def _secret(scheme: Scheme, url: str, key: str | Secret, time_stamp: str, ticks: int) -> str:
    signed = url + (time_stamp if scheme.signed_timestamp == "hex" else str(ticks))
    raw_key = key.reveal() if isinstance(key, Secret) else key
    mac = hmac.new(raw_key.encode(), signed.encode(), hashlib.sha256)
    return mac.hexdigest() if scheme.digest == "hex" else base64.b64encode(mac.digest()).decode()


def sign(scheme: Scheme, url: str, key: str | Secret, now: float) -> dict[str, str]:
    """The `secret` and `time_stamp` query parameters for a call to `url` at `now` (Unix seconds)."""
    ticks = scheme.ticks(now)
    time_stamp = format(ticks, "x")  # Long.toHexString: lower case, no prefix
    return {"secret": _secret(scheme, url, key, time_stamp, ticks), "time_stamp": time_stamp}


def signed_url(scheme: Scheme, url: str, key: str | Secret, now: float) -> str:
    """`url` with the signature parameters appended, as MetaStudio calls it."""
    return url + ("&" if "?" in url else "?") + urlencode(sign(scheme, url, key, now))


def verify(scheme: Scheme, url: str, key: str | Secret, secret: str | None, time_stamp: str | None, now: float) -> None:
    """Check a received pair in constant time; raises SignatureRejected with `reason` missing, malformed,
    expired or mismatch."""
    if not secret or not time_stamp:
        raise SignatureRejected("missing", "the secret and time_stamp query parameters are required")
    try:
        ticks = int(time_stamp, 16)
    except ValueError:
        raise SignatureRejected("malformed", "time_stamp is not a hexadecimal number") from None
    if abs(now - scheme.seconds(ticks)) > scheme.max_age:
        raise SignatureRejected("expired", f"time_stamp is more than {scheme.max_age:g} s away from now")
    expected = _secret(scheme, url, key, time_stamp, ticks)
    received = secret.lower() if scheme.digest == "hex" else secret
    if not hmac.compare_digest(expected.encode(), received.encode()):
        raise SignatureRejected("mismatch", "secret does not match the callback URL, key and time_stamp")


class ReplayCache:
    """The signed (time stamp, secret) pairs already accepted, each kept until its time stamp leaves the
    freshness window. At most `max_entries` are kept: when a pair must make room, every time stamp up to the
    one it had is refused from then on (`floor`), so a pair forgotten early can still never be replayed."""

    def __init__(self, scheme: Scheme, max_entries: int = 10_000) -> None:
        self.scheme = scheme
        self.max_entries = max_entries
        self.seen: OrderedDict[tuple[str, int], float] = OrderedDict()  # pair -> its time stamp, in seconds
        self.floor = float("-inf")

    def admit(self, secret: str, time_stamp: str, now: float) -> None:
        """Record a pair that passed `verify`; SignatureRejected("replayed") when it was seen before (or
        could have been, past the floor)."""
        pair = self._pair(secret, time_stamp)
        stamped = self.scheme.seconds(pair[1])
        self._expire(now)
        if pair in self.seen or stamped <= self.floor:
            raise SignatureRejected("replayed", "this secret and time_stamp were already accepted")
        self.seen[pair] = stamped
        while len(self.seen) > self.max_entries:
            _, dropped = self.seen.popitem(last=False)
            self.floor = max(self.floor, dropped)

    def release(self, secret: str, time_stamp: str) -> None:
        """Forget an admitted pair whose call was not handled, so that its delivery can be retried."""
        self.seen.pop(self._pair(secret, time_stamp), None)

    def _pair(self, secret: str, time_stamp: str) -> tuple[str, int]:
        """Keyed by the number, not its spelling: `0x18d…` or `018d…` sign the same decimal number."""
        return (secret.lower() if self.scheme.digest == "hex" else secret, int(time_stamp, 16))

    def _expire(self, now: float) -> None:
        """Drop pairs whose time stamp `verify` refuses by now anyway."""
        oldest = now - self.scheme.max_age
        for pair in [pair for pair, stamped in self.seen.items() if stamped < oldest]:
            del self.seen[pair]


def parse_video_callback(body: bytes) -> VideoJobCallbackBody:
    """The body of a 2D video job callback; pydantic.ValidationError when it is not one."""
    return VideoJobCallbackBody.model_validate_json(body)


def parse_llm_callback(body: bytes) -> LlmCallbackRequest:
    """The body of a third-party LLM call; pydantic.ValidationError when it is not one."""
    return LlmCallbackRequest.model_validate_json(body)


# -- ASGI plumbing -------------------------------------------------------------------------------


async def _answer(send: Send, status: int, body: bytes = b"", content_type: str = JSON_TYPE, allow: str = "") -> None:
    headers = [(b"content-type", content_type.encode())] if body else []
    headers += [(b"allow", allow.encode())] if allow else []
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _query(scope: Scope) -> dict[str, str]:
    return dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))


async def _settle(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


class _Receiver:
    """What both receivers share: POST only; the signature checked, and its pair admitted once, before the body
    is read; a bounded body; lifespan events answered. `key` None: nothing to check (auth_type NONE)."""

    signature_refused = 401

    def __init__(
        self, *, url: str, key: str | Secret | None, scheme: Scheme, clock: Clock, replays: ReplayCache | None
    ):
        self.url = url
        self.key = key
        self.scheme = scheme
        self.clock = clock
        self.replays = replays if replays is not None else ReplayCache(scheme)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return await lifespan(receive, send)
        if scope["type"] != "http":
            return None
        if scope["method"] != "POST":
            return await _answer(send, 405, self.error("method", "only POST is accepted"), allow="POST")
        query = _query(scope)
        refusal = self.check_signature(query)
        if refusal is not None:
            return await _answer(send, self.signature_refused, refusal)
        try:
            body = await read_body(receive, MAX_BODY_BYTES)
        except BodyTooLarge:
            return await _answer(send, 413, self.error("body.too_large", f"more than {MAX_BODY_BYTES} bytes"))
        try:
            await self.handle(body, send)
        except BaseException:  # the handler failed: MetaStudio may deliver the same signed call again
            if self.key is not None:
                self.replays.release(query["secret"], query["time_stamp"])
            raise

    def check_signature(self, query: dict[str, str]) -> bytes | None:
        """The refusal's body, or None when the query carries a valid pair not accepted before."""
        if self.key is None:
            return None
        secret, time_stamp = query.get("secret"), query.get("time_stamp")
        now = self.clock()
        try:
            verify(self.scheme, self.url, self.key, secret, time_stamp, now)
            self.replays.admit(secret or "", time_stamp or "", now)
        except SignatureRejected as rejected:
            return self.error(f"signature.{rejected.reason}", str(rejected))
        return None

    async def handle(self, body: bytes, send: Send) -> None:
        raise NotImplementedError

    def error(self, code: str, message: str) -> bytes:
        return json.dumps({"error_code": code, "error_msg": message}).encode()


# -- the 2D video job callback -------------------------------------------------------------------


class VideoCallbackReceiver(_Receiver):
    """Receives 2D video job callbacks: checks the MSS_A signature (unless `key` is None, auth_type NONE) and
    refuses a pair already accepted, parses the body (VideoJobCallbackBody) and hands it to `handler` (sync or
    async), then answers 200 with no body. The document defines no answer; refusals are 401 (signature),
    400 (body), with a JSON `{error_code, error_msg}` like MetaStudio's own errors.

    The body is not signed: `handler` should fetch the job through the API (`show_2d_digital_human_video`)
    before acting on the result the body reports."""

    def __init__(
        self,
        handler: Callable[[VideoJobCallbackBody], object],
        *,
        callback_url: str,
        key: str | Secret | None,
        scheme: Scheme = VIDEO_MSS_A,
        clock: Clock = time.time,
        replays: ReplayCache | None = None,
    ) -> None:
        super().__init__(url=callback_url, key=key, scheme=scheme, clock=clock, replays=replays)
        self.handler = handler

    async def handle(self, body: bytes, send: Send) -> None:
        try:
            message = parse_video_callback(body)
        except pydantic.ValidationError as invalid:
            return await _answer(send, 400, self.error("body.invalid", _problems(invalid)))
        await _settle(self.handler(message))
        await _answer(send, 200)


# -- the third-party LLM callback ----------------------------------------------------------------

LlmAnswer = str | Iterable[str] | AsyncIterable[str]
"""What an LLM handler returns (or its coroutine returns): the whole answer, or its pieces in order."""


class LlmCallbackReceiver(_Receiver):
    """Receives MetaStudio's calls to a third-party LLM: checks the signature (and refuses a pair already
    accepted), parses LlmCallbackRequest, asks `handler` for the answer, and answers as 表7-459…7-464 define:
    for is_stream=false one JSON LlmCallbackResponse, for is_stream=true an SSE stream of
    `data:<LlmStreamChunk>` events ending with `data:[DONE]`. Refusals use the documented 400 with
    LlmCallbackErrorResponse (表7-465)."""

    signature_refused = 400

    def __init__(
        self,
        handler: Callable[[LlmCallbackRequest], LlmAnswer | Awaitable[LlmAnswer]],
        *,
        llm_url: str,
        app_key: str | Secret,
        scheme: Scheme = LLM_SIGNATURE,
        clock: Clock = time.time,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        replays: ReplayCache | None = None,
    ) -> None:
        super().__init__(url=llm_url, key=app_key, scheme=scheme, clock=clock, replays=replays)
        self.handler = handler
        self.new_id = new_id

    def error(self, code: str, message: str) -> bytes:
        return LlmCallbackErrorResponse(error_code=code, error_msg=message).model_dump_json().encode()

    async def handle(self, body: bytes, send: Send) -> None:
        try:
            request = parse_llm_callback(body)
        except pydantic.ValidationError as invalid:
            return await _answer(send, 400, self.error("body.invalid", _problems(invalid)))
        pieces = _pieces(await _settle(self.handler(request)))
        if request.is_stream:
            await self.stream(pieces, send)
        else:
            await _answer(send, 200, self.whole([piece async for piece in pieces]).encode())

    def whole(self, pieces: list[str]) -> str:
        choice = ChatChoice(index=0, message=MessageItem(content="".join(pieces)))
        answer = LlmCallbackResponse(id=self.new_id(), created=self.created(), choices=[choice])
        return answer.model_dump_json(exclude_none=True)

    def created(self) -> int:
        """Unix milliseconds, as in the document's streaming example (the unit is not defined, see ERRATA)."""
        return int(self.clock() * 1000)

    async def stream(self, pieces: AsyncIterable[str], send: Send) -> None:
        headers = [(b"content-type", SSE_TYPE.encode()), (b"cache-control", b"no-cache")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        answer_id = self.new_id()
        async for piece in pieces:
            for start in range(0, len(piece), MAX_CONTENT):
                choice = ChatChoice(index=0, message=MessageItem(content=piece[start : start + MAX_CONTENT]))
                chunk = LlmStreamChunk(id=answer_id, created=self.created(), choices=[choice])
                await send({"type": "http.response.body", "body": _event(chunk.model_dump_json()), "more_body": True})
        await send({"type": "http.response.body", "body": _event(DONE)})


def _event(data: str) -> bytes:
    return f"data:{data}\n\n".encode()


async def _pieces(answer: LlmAnswer) -> AsyncIterable[str]:
    if isinstance(answer, str):
        yield answer
    elif isinstance(answer, AsyncIterable):
        async for piece in answer:
            yield piece
    else:
        for piece in answer:
            yield piece


def _problems(invalid: pydantic.ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in invalid.errors())
