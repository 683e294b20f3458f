"""Signatures refused as too old or too new: which answers say so, how far off each service lets a
signature's time be, and the server's time from the answer's `Date`.

Each scheme signs the client's time and each service refuses a time outside its window; a local clock
that is off makes every call fail. The policy then takes the server's time from the answer's `Date`
header, re-signs once, and keeps the correction for that signer (`SigningAuth.follow_server_clock`).

    service     answer                                    window    source
    MetaStudio  HTTP 401, error_code APIG.0303            15 min    shared/reference/huawei-apig-signing.md, item 1
    Metaworks   err_code -10003 签名已过期                  ±900 s    seed 000 (code), reference metaworks-aw-signing.md
    Xmov        error_code 20001 应用不存在或无法使用          60 s      seed 002 §1.2 X-TIMESTAMP 距当前时间60s内有效

Xmov's catalogue (seed 002 §3) has no code for a stale timestamp; 20001 is what its service answers for
any refused credential. So a 20001 is taken for a clock error only when the answer's `Date` shows the
local clock off by more than half the window; otherwise it is the credential error it says it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from digihuman.envelopes import error_shape
from digihuman.policy.answers import NOT_JSON, parsed_json


@dataclass(frozen=True)
class ClockRule:
    codes: frozenset[Any]  # the vendor codes that refuse a signature's time
    window: float  # seconds a signature's time may be off the server's
    allowed: str  # the window as the document gives it
    certain: bool  # the code means only that (else also other refusals)


CLOCK_RULES = {
    "metastudio": ClockRule(frozenset({"APIG.0303"}), 15 * 60.0, "15 minutes", certain=True),
    "metaworks": ClockRule(frozenset({-10003}), 900.0, "±900 s", certain=True),
    "xingyun": ClockRule(frozenset({20001}), 60.0, "60 s", certain=False),
}


def clock_rule(vendor: str, response: httpx.Response) -> ClockRule | None:
    """The rule whose code `response` carries, if it refuses a signature's time (or, for Xmov, may)."""
    rule = CLOCK_RULES.get(vendor)
    if rule is None or response.status_code not in (200, 401, 403):
        return None
    body = parsed_json(response.content)
    if body is NOT_JSON or not isinstance(body, dict):
        return None
    code = body.get(error_shape(vendor).code_field)
    return rule if code in rule.codes else None


def server_time(response: httpx.Response) -> float | None:
    """The answer's `Date` as Unix seconds; None when it has none, or none that can be read."""
    value = response.headers.get("date")
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment.timestamp() if moment.tzinfo is not None else None
