"""Mock of Metaworks 黑镜 card API: the AW signature verified from the server's side (±900 s),
`{err_code, last_modify, data|ret}` envelopes, and card tasks moving 5 (生成中) -> 6 (成功) or 7 (失败)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from digihuman.mock.base import DEFAULT_LIMITS, Clock, Limits, MockApp, Parsed, Reply, Request
from digihuman.openapi import Operation

WINDOW_SECONDS = 900  # reference note: now - 900 < timestamp < now + 900
EXPIRED, WRONG_SIGNATURE, BAD_PARAMETERS, NO_SUCH_TASK = -10003, -10004, -10002, -20002
GENERATING, SUCCEEDED, FAILED = 5, 6, 7


@dataclass
class Card:
    task_id: int
    meta_human_id: int
    created: float
    fails: bool


class MetaworksMock(MockApp):
    vendor = "metaworks"
    malformed_status = 200  # every refusal is a code in the 200 envelope (000 返回参数); the spec has no other status

    def __init__(
        self,
        apps: dict[str, tuple[str, str]] | None = None,
        clock: Clock | None = None,
        seed: int | None = None,
        step_seconds: float = 0.3,
        fail_rate: float = 0.0,
        hex_digest: bool = False,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        super().__init__(clock=clock, seed=seed, step_seconds=step_seconds, limits=limits)
        self.apps = dict(apps or {})  # app_key -> (app_secret, app_name)
        self.fail_rate = fail_rate
        self.hex_digest = hex_digest
        self.cards: dict[int, Card] = {}
        self._next_id = 900 + self.random.randrange(100)

    def envelope(self, code: int = 0, reason: str = "", **fields: Any) -> Reply:
        """The documented body has no message field, so the mock explains errors in a header of its own."""
        headers = {"x-mock-reason": reason} if reason else {}
        return Reply(200, {"err_code": code, "last_modify": int(self.clock()), **fields}, headers)

    def authenticate(self, request: Request) -> Reply | None:
        header = request.headers.get("authorization", "")
        if not header.startswith("AW ") or ":" not in header[3:]:
            return self.envelope(WRONG_SIGNATURE, "Authorization is not 'AW {app_key}:{sign}'")
        app_key, sign = header[3:].split(":", 1)
        if app_key not in self.apps:
            return self.envelope(WRONG_SIGNATURE, "unknown app_key")
        secret, app_name = self.apps[app_key]
        try:
            decoded = base64.b64decode(sign, validate=True)
        except (binascii.Error, ValueError):
            return self.envelope(WRONG_SIGNATURE, "sign is not base64")
        stamp, _, digest = decoded.partition(b":")
        if not stamp.isdigit():
            return self.envelope(WRONG_SIGNATURE, "no timestamp in sign")
        timestamp = int(stamp)
        now = self.clock()
        if not now - WINDOW_SECONDS < timestamp < now + WINDOW_SECONDS:
            return self.envelope(EXPIRED, "timestamp outside the 900 s window")
        mac = hmac.new(secret.encode(), f"{timestamp}:{app_key}:{app_name}".encode(), hashlib.sha256)
        expected = mac.hexdigest().encode() if self.hex_digest else mac.digest()
        if not hmac.compare_digest(digest, expected):
            return self.envelope(WRONG_SIGNATURE, "signature does not match")
        return None

    def rejected(self, operation: Operation | None, problems: list[str]) -> Reply:
        return self.envelope(BAD_PARAMETERS, "invalid request: " + "; ".join(problems))

    def state(self, card: Card) -> int:
        if self.steps_since(card.created) < 1:
            return GENERATING
        return FAILED if card.fails else SUCCEEDED

    def generate_cards(self, parsed: Parsed, request: Request) -> Reply:
        ids = []
        for _ in parsed.body["items"]:
            self._next_id += 1
            fails = self.random.random() < self.fail_rate
            self.cards[self._next_id] = Card(self._next_id, parsed.body["meta_human_id"], self.clock(), fails)
            ids.append(self._next_id)
        self.evict(self.cards, lambda card: self.state(card) != GENERATING)
        return self.envelope(data={"task_ids": ids})

    def list_cards(self, parsed: Parsed, request: Request) -> Reply:
        human, wanted = parsed.body["meta_human_id"], parsed.body["task_list"]
        missing = [t for t in wanted if t not in self.cards]
        if missing:
            return self.envelope(NO_SUCH_TASK, f"no such task: {missing}")
        selected = [self.cards[t] for t in wanted] if wanted else list(self.cards.values())
        ret = []
        for card in selected:
            if human and card.meta_human_id != human:
                continue
            state = self.state(card)
            url = f"{self.base_url(request)}/media/{card.task_id}.mp4" if state == SUCCEEDED else ""
            ret.append({"taskId": card.task_id, "metaHumanId": card.meta_human_id, "playUrl": url, "state": state})
        return self.envelope(ret=ret)
