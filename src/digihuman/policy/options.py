"""Per-call options of the client objects (`timeout=`, `retries=`, `extra_headers=`), carried to the policy.

A client object's method runs the generated endpoint function inside `request_options(...)`; the policy's
`Call` reads `current()` when the request reaches the transport. A context variable reaches it through the
generated code unchanged, in threads and asyncio tasks alike, and ends with the call."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from digihuman.errors import ConfigurationError


@dataclass(frozen=True)
class RequestOptions:
    timeout: httpx.Timeout | None = None
    retries: int | None = None
    extra_headers: tuple[tuple[str, str], ...] = ()


_current: ContextVar[RequestOptions | None] = ContextVar("digihuman_request_options", default=None)


def current() -> RequestOptions | None:
    """The options of the call being made, if it has any."""
    return _current.get()


@contextmanager
def request_options(
    timeout: float | httpx.Timeout | None = None,
    retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Iterator[None]:
    """Requests made inside carry these options: `timeout` (seconds, or an `httpx.Timeout`) for each attempt,
    `retries` instead of the client's number of retries, `extra_headers` added to the request (before it is
    signed)."""
    if timeout is None and retries is None and not extra_headers:
        yield
        return
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise ConfigurationError(f"timeout must be positive seconds or an httpx.Timeout, not {timeout!r}")
        timeout = httpx.Timeout(timeout)
    if retries is not None and (isinstance(retries, bool) or not isinstance(retries, int) or retries < 0):
        raise ConfigurationError(f"retries must be a whole number of at least 0, not {retries!r}")
    token = _current.set(RequestOptions(timeout, retries, tuple((extra_headers or {}).items())))
    try:
        yield
    finally:
        _current.reset(token)
