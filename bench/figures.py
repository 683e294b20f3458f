"""One function per figure of the benchmark table; each measures ours and its references in the same run."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass

import httpx

from bench.timing import Stats, per_call_us
from tests.oracles import generate_x_token


@dataclass(frozen=True)
class Figure:
    figure: str
    ours: Stats
    references: dict[str, Stats]
    reference: str  # the reference the ratio and target are about
    target: float  # ratio ours / reference
    at_most: bool = True  # False when the target is a floor (throughput)

    @property
    def ratio(self) -> float:
        return self.ours.median / self.references[self.reference].median

    @property
    def met(self) -> bool:
        return self.ratio <= self.target if self.at_most else self.ratio >= self.target


FROZEN = 1_700_000_000
BODY = {"look_name": "AM054_Jap_9021_new", "tts_vcn_name": "XMOV_HN_TTS__236", "segment": [{"text": "你好" * 40}]}


def xtoken_signing() -> Figure:
    from digihuman.auth import XTokenAuth
    from digihuman.secret import Secret

    auth = XTokenAuth("app", Secret("secret"), clock=lambda: FROZEN)
    path = "/user/v1/video_synthesis_task/create_render_task"
    request = httpx.Request("POST", "https://h" + path, json=BODY)
    return Figure(
        "X-TOKEN signing, µs/request",
        per_call_us(lambda: auth.sign(request)),
        {"vendor demo function": per_call_us(lambda: generate_x_token(BODY, "secret", path, "POST", FROZEN))},
        "vendor demo function",
        1.1,
    )


def aw_signing() -> Figure:
    from digihuman.auth import AWAuth
    from digihuman.secret import Secret

    auth = AWAuth("key", Secret("secret"), "name", clock=lambda: FROZEN)
    request = httpx.Request("POST", "https://h/card/generate", content=json.dumps(BODY).encode())

    def bare_hmac() -> str:
        raw = hmac.new(b"secret", f"{FROZEN}:key:name".encode(), hashlib.sha256).digest()
        return base64.b64encode(f"{FROZEN}:".encode() + raw).decode()

    return Figure(
        "AW signing, µs/request",
        per_call_us(lambda: auth.sign(request)),
        {"bare HMAC-SHA256 + base64": per_call_us(bare_hmac)},
        "bare HMAC-SHA256 + base64",
        1.1,
    )
