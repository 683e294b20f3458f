"""What the three signers share: an injectable clock and an inspectable string to sign."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from typing import Any

import httpx

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

    def now(self) -> int:
        return int(self._clock())

    def sign(self, request: httpx.Request) -> str:
        raise NotImplementedError

    def json_body(self, data: Any) -> bytes | None:
        """The bytes to send for a `json=` body when this scheme signs one encoding of it more cheaply than
        the others (our clients then send those: `digihuman.policy.clients`); None: httpx's encoding."""
        return None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request
