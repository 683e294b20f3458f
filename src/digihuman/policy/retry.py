"""When a failed attempt is tried again, and how long to wait first.

Decision table (`may_retry`), rows by what the operation is, columns by how the attempt failed:

    operation \\ failure            not sent   lost      429      5xx
    GET, or x-idempotent: true      retry      retry     retry    retry
    x-paid-job: true                retry      no        no       no
    any other method                retry      no        no       no

"not sent": the connection could not be made, so the server cannot have seen the request. "lost": the
connection dropped or timed out after the request may have been written. A paid job is never repeated
once it may have reached the server, even if it is also marked idempotent. Answers other than 429 and
5xx, and errors inside 200 envelopes, are final.
"""

from __future__ import annotations

import enum
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

from digihuman.openapi import Operation


class Failure(enum.Enum):
    NOT_SENT = "connection failed before the request was sent"
    LOST = "no answer (connection dropped or timed out)"
    RATE_LIMITED = "429 Too Many Requests"
    SERVER_ERROR = "server error"


NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
LOST_ERRORS = (httpx.ReadError, httpx.WriteError, httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError)


async def _asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, with asyncio imported when an async client first waits (not with this module)."""
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class Retry:
    """Exponential backoff with full jitter: before retry n, wait random() * min(max_delay, base_delay * 2**(n-1)).
    A Retry-After header is waited out instead, unless it is longer than `max_delay`: then the error is raised
    with its `retry_after`. `sleep`/`async_sleep` are how the policy waits (backoff, Retry-After, rate limits)."""

    attempts: int = 3  # retries after the first try; 0 turns retrying off
    base_delay: float = 0.5
    max_delay: float = 8.0
    random: Callable[[], float] = random.random
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep

    def backoff(self, retry_number: int) -> float:
        return float(self.random() * min(self.max_delay, self.base_delay * 2 ** (retry_number - 1)))

    def delay(self, retry_number: int, retry_after: float | None) -> float | None:
        """How long to wait before retry `retry_number` (1-based); None when it should not happen."""
        if retry_number > self.attempts:
            return None
        if retry_after is None:
            return self.backoff(retry_number)
        return retry_after if retry_after <= self.max_delay else None


def is_repeatable(operation: Operation | None, method: str) -> bool:
    """Whether the server may see this request twice: GETs and `x-idempotent` operations, never paid jobs."""
    if operation is not None and operation.extension("x-paid-job"):
        return False
    return method == "GET" or bool(operation is not None and operation.extension("x-idempotent"))


def may_retry(failure: Failure, repeatable: bool) -> bool:
    return failure is Failure.NOT_SENT or repeatable


def failure_of_error(exc: httpx.TransportError) -> Failure | None:
    """What an httpx error says about whether the request was sent; None for errors no retry can fix."""
    if isinstance(exc, NOT_SENT_ERRORS):
        return Failure.NOT_SENT
    if isinstance(exc, LOST_ERRORS):
        return Failure.LOST
    return None


def failure_of_status(status: int) -> Failure | None:
    if status == 429:
        return Failure.RATE_LIMITED
    if status >= 500:
        return Failure.SERVER_ERROR
    return None


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: either delay-seconds or an HTTP-date. None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))
