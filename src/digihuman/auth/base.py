"""What the three signers share: an injectable clock (corrected by the server's, when it tells), and an
inspectable string to sign."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Iterable
from typing import Any

import httpx

_log = logging.getLogger("digihuman")
JSON_BODY = "digihuman.json_body"  # request extension: the body, when the client sent `json_body(data)` as JSON
Clock = Callable[[], float]
"""Returns the current Unix time in seconds; injected so that tests and `digihuman sign --time` are exact."""


def content_type(raw: Iterable[tuple[bytes, bytes]]) -> bytes:
    """The Content-Type of raw headers as `headers.get` reads it (several are joined with `, `), as bytes."""
    return b", ".join([value for name, value in raw if name.lower() == b"content-type"])


class SigningAuth(httpx.Auth):
    """Base of our signers: subclasses implement `sign`, which adds headers to the request in place
    and returns the string to sign (for `digihuman sign`), with secrets masked."""

    requires_request_body = True

    def __init__(self, clock: Clock | None = None) -> None:
        self._clock: Clock = clock or time.time
        self.clock_offset = 0.0  # seconds the server's clock is ahead of `clock` (see `follow_server_clock`)

    def now(self) -> int:
        return int(self._clock() + self.clock_offset)

    def follow_server_clock(self, server_time: float, service: str) -> float:
        """Sign with the server's time from now on: it refused a signature as outside its window, and its
        answer's Date says `server_time`. Returns the offset; the first one is logged (logger `digihuman`)."""
        offset = round(server_time - self._clock())
        if not self._offset_logged:
            self._offset_logged = True
            way = "behind" if offset > 0 else "ahead of"
            _log.warning(
                "the local clock is %d s %s %s's (from its Date header); signing with that correction",
                abs(offset),
                way,
                service,
            )
        else:
            _log.debug("%s's clock: correction now %+d s", service, offset)
        self.clock_offset = float(offset)
        return self.clock_offset

    _offset_logged = False

    def sign(self, request: httpx.Request) -> str:
        raise NotImplementedError

    def json_body(self, data: Any) -> bytes | None:
        """The bytes to send for a `json=` body when this scheme signs one encoding of it more cheaply than
        the others (our clients then send those: `digihuman.policy.clients`); None: httpx's encoding."""
        return None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request
