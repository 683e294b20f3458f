"""One request's way through the policy, without I/O: the sync and async transports drive it.

Order for each request: match the operation, validate (nothing sent on failure), then for each attempt:
wait for the rate limit, sign, send, and judge the outcome (retry after a delay, raise a typed error, or
hand the answer to the generated code).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import NoReturn

import httpx

from digihuman.errors import (
    ApiError,
    NoResponseError,
    PaidJobUncertainError,
    RequestValidationError,
    ResponseValidationError,
)
from digihuman.openapi import Api, CheckedRequest
from digihuman.policy import options as call_options
from digihuman.policy.answers import check_answer, identifying_fields
from digihuman.policy.ratelimit import Limit, RateLimiter
from digihuman.policy.retry import (
    NOT_SENT_ERRORS,
    Failure,
    Retry,
    failure_of_error,
    failure_of_status,
    is_repeatable,
    may_retry,
    retry_after_seconds,
)

log = logging.getLogger("digihuman")

RAW = "digihuman.raw"
"""Request extension: send as given, once, and return the answer as received (no validation, no retries,
no typed errors). The contract suite uses it to probe the server with invalid requests."""

UNSENDABLE_ERRORS = (*NOT_SENT_ERRORS, httpx.UnsupportedProtocol, httpx.LocalProtocolError)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Every request has timeouts: the client's, and these wherever the client sets none."""
DEFAULT_TIMEOUTS = tuple(DEFAULT_TIMEOUT.as_dict().items())


@dataclass(frozen=True)
class Policy:
    """What one installed client does with its requests; shared by its sync and async transports."""

    api: Api
    base_url: httpx.URL
    region: str | None
    retry: Retry
    limiter: RateLimiter | None
    validate: bool
    auth: httpx.Auth | None
    strict_responses: bool = False  # a success that does not match its schema raises, instead of being logged

    @cached_property
    def credential_headers(self) -> frozenset[str]:
        """Lower-case names never sent to another origin (worked out from the spec on first use)."""
        return credential_headers(self.api)

    def is_ours(self, url: httpx.URL) -> bool:
        """Whether `url` is on the configured origin (scheme, host and port)."""
        return (url.scheme, url.host, url.port) == self._origin

    def api_path(self, url: httpx.URL) -> str:
        prefix = self._prefix
        path = url.path
        return path[len(prefix) :] if prefix and path.startswith(prefix) else path

    @cached_property
    def _origin(self) -> tuple[str, str, int | None]:
        return (self.base_url.scheme, self.base_url.host, self.base_url.port)

    @cached_property
    def _prefix(self) -> str:
        return self.base_url.path.rstrip("/")


def credential_headers(api: Api) -> frozenset[str]:
    """Header names that carry credentials: Authorization and every header-borne security scheme of the spec."""
    schemes = api.spec.get("components", {}).get("securitySchemes", {}).values()
    named = {s["name"].lower() for s in schemes if s.get("type") == "apiKey" and s.get("in") == "header"}
    return frozenset({"authorization", *named})


class Call:
    def __init__(self, policy: Policy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        options = call_options.current()  # per-call options of a client object's method
        self.retry = policy.retry
        if options is not None and options.retries is not None:
            self.retry = replace(policy.retry, attempts=options.retries)
        self.timeout = options.timeout if options is not None else None
        if options is not None:
            request.headers.update(options.extra_headers)
        self.raw = bool(request.extensions.get(RAW))
        self.ours = policy.is_ours(request.url)
        self.checked = self._check() if self.ours else None
        self.operation = self.checked.operation if self.checked else None
        self.paid = bool(self.operation and self.operation.extension("x-paid-job"))
        self.repeatable = is_repeatable(self.operation, request.method)
        self.limits: list[Limit] = []
        if policy.limiter is not None and self.operation is not None:
            self.limits = policy.limiter.limits(policy.api, self.operation, policy.region)
        self.retries = 0
        self._copy_plan: tuple[dict[str, object], bool] | None = None
        if not self.ours:
            for name in policy.credential_headers:
                request.headers.pop(name, None)

    @property
    def label(self) -> str:
        name = self.operation.operation_id if self.operation else "request"
        return f"{self.policy.api.vendor} {name}".strip()

    def _check(self) -> CheckedRequest | None:
        request, api = self.request, self.policy.api
        path = self.policy.api_path(request.url)
        if self.raw:  # only the operation is needed, for its rate limit
            found = api.match(request.method, path)
            return None if found is None else CheckedRequest(found[0], found[1], {}, None, [])
        query = query_pairs(request.url.query)
        checked = api.check_request(request.method, path, query, request.headers, request.content)
        if checked is not None and checked.problems and self.policy.validate:
            raise RequestValidationError(checked.operation.operation_id, checked.problems)
        return checked

    def rate_limit_wait(self) -> float:
        if not self.limits or self.policy.limiter is None:
            return 0.0
        wait = self.policy.limiter.reserve(self.limits)
        if wait > 0:
            log.debug("%s: waiting %.3f s for the rate limit", self.label, wait)
        return wait

    def outgoing(self) -> httpx.Request:
        """A fresh copy of the request for one attempt, so signatures never stick to the original (which
        httpx copies into redirects), with a timeout wherever the client set none.

        The copy is what `httpx.Request(method, url, headers=..., content=...)` builds from the original;
        when the original's headers already hold what httpx would add, it is built without that work."""
        r = self.request
        plan = self._copy_plan
        if plan is None:
            self._copy_plan = plan = self._plan_copy()
        extensions, as_is = plan
        if as_is:  # the same headers, the same bytes
            attempt = httpx.Request(
                r.method, r.url, headers=r.headers, stream=httpx.ByteStream(r.content), extensions=extensions
            )
            attempt.read()  # the bytes are there already: this only makes `content` available
            return attempt
        return httpx.Request(r.method, r.url, headers=r.headers.copy(), content=r.content, extensions=extensions)

    def _plan_copy(self) -> tuple[dict[str, object], bool]:
        r = self.request
        given = self.timeout.as_dict() if self.timeout is not None else r.extensions.get("timeout") or {}
        timeouts = {name: given.get(name) or default for name, default in DEFAULT_TIMEOUTS}
        names = {name.lower() for name, _ in r.headers.raw}
        as_is = b"host" in names and (
            b"content-length" in names
            or (not r.content and (b"transfer-encoding" in names or r.method not in ("POST", "PUT", "PATCH")))
        )
        return {**r.extensions, "timeout": timeouts}, as_is

    @property
    def wants_body(self) -> bool:
        return self.operation is not None and not self.raw

    def after_error(self, exc: httpx.TransportError) -> float:
        """The delay before the next attempt, or raise the typed error for giving up."""
        failure = failure_of_error(exc)
        if failure is not None and not self.raw:
            delay = self._next_delay(failure, None, f"{type(exc).__name__}: {exc}")
            if delay is not None:
                return delay
        sent = not isinstance(exc, UNSENDABLE_ERRORS)
        where = f"{self.request.method} {_without_query(self.request.url)}"
        note = "" if sent else "; the request was not sent"
        error = NoResponseError(
            f"{self.label}: {where}: no answer ({type(exc).__name__}: {exc}){note}",
            sent=sent,
            vendor=self.policy.api.vendor,
            operation_id=self.operation.operation_id if self.operation else None,
            request_id=self.request.headers.get("x-request-id"),
        )
        error.__cause__ = exc
        if self.paid and sent:
            self._raise_uncertain(error)
        raise error

    def after_response(self, response: httpx.Response) -> float | None:
        """The delay before the next attempt; None when `response` is the answer. Raises typed errors."""
        if log.isEnabledFor(logging.DEBUG):
            rid = response.headers.get("x-request-id") or self.request.headers.get("x-request-id")
            log.debug(
                "%s: %s %s -> %d (request id %s)",
                self.label,
                self.request.method,
                _without_query(self.request.url),
                response.status_code,
                rid,
            )
        failure = failure_of_status(response.status_code)
        if failure is not None and not self.raw:
            retry_after = retry_after_seconds(response.headers.get("retry-after"))
            delay = self._next_delay(failure, retry_after, f"HTTP {response.status_code}")
            if delay is not None:
                return delay
        if self.operation is None or self.raw:
            return None
        try:
            check_answer(self.policy.api, self.operation, response, self.policy.validate, self.policy.strict_responses)
        except ApiError as error:
            # a 5xx or an unreadable success may hide a job that was created; an error code is a clear "no"
            if self.paid and (response.status_code >= 500 or isinstance(error, ResponseValidationError)):
                self._raise_uncertain(error)
            raise
        return None

    def _next_delay(self, failure: Failure, retry_after: float | None, reason: str) -> float | None:
        if not may_retry(failure, self.repeatable):
            return None
        delay = self.retry.delay(self.retries + 1, retry_after)
        if delay is None:
            return None
        self.retries += 1
        log.warning(
            "%s: %s %s failed (%s, %s); retry %d of %d (attempt %d) in %.2f s",
            self.label,
            self.request.method,
            _without_query(self.request.url),
            failure.value,
            reason,
            self.retries,
            self.retry.attempts,
            self.retries + 1,
            delay,
        )
        return delay

    def _raise_uncertain(self, cause: ApiError) -> NoReturn:
        body = self.checked.body if self.checked else None
        found = identifying_fields(body)
        rid = self.request.headers.get("x-request-id") or cause.request_id
        raise PaidJobUncertainError(
            f"{self.label}: {self.request.method} {self.request.url} may or may not have created a paid job "
            f"({cause.message}). Check whether it exists before creating it again"
            + (f"; request id {rid}" if rid else "")
            + (f"; identifying fields {found}" if found else ""),
            method=self.request.method,
            url=str(self.request.url),
            identifying_fields=found,
            vendor=self.policy.api.vendor,
            operation_id=cause.operation_id,
            status=cause.status,
            request_id=rid,
            body=cause.body,
        ) from cause


@lru_cache(maxsize=256)
def query_pairs(query: bytes) -> tuple[tuple[str, str], ...]:
    """The decoded (name, value) pairs of a URL's query, as `url.params.multi_items()` gives them (worked out
    once per query: a client that polls sends the same one again and again)."""
    return tuple(httpx.QueryParams(query.decode("ascii")).multi_items())


def _without_query(url: httpx.URL) -> str:
    return str(url.copy_with(query=None))
