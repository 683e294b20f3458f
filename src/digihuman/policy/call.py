"""One request's way through the policy, without I/O: the sync and async transports drive it.

Order for each request: match the operation, validate (nothing sent on failure), then for each attempt:
wait for the rate limit, sign, send, and judge the outcome (retry after a delay, raise a typed error, or
hand the answer to the generated code).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import NoReturn

import httpx

from digihuman.auth.base import SigningAuth
from digihuman.errors import (
    ApiError,
    NoResponseError,
    PaidJobUncertainError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from digihuman.openapi import Api, CheckedRequest
from digihuman.policy import options as call_options
from digihuman.policy.answers import check_answer, identifying_fields
from digihuman.policy.clock import clock_rule, server_time
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

UNSENDABLE_ERRORS = (*NOT_SENT_ERRORS, httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError)
PLAIN_HEADERS = frozenset({b"host", b"content-length", b"content-type", b"accept", b"accept-encoding", b"connection"})
"""Header names whose values an error may name (none carries a credential); every other value is masked."""
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

    def api_path_raw(self, url: httpx.URL) -> str:
        """`api_path` as sent: percent-escapes kept."""
        prefix = self._prefix
        path = url.raw_path.partition(b"?")[0].decode("ascii")
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
        self.attempt: httpx.Request | None = None  # the last one sent, as signed
        self.signed_again = False  # after a refusal of the signature's time or of a token (`_send_again`)
        self.clock_note = ""
        self.give_up_at: float | None = None  # (time.monotonic) no retry starts after it: the call's deadline
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
        if checked is None and "%2f" in (raw := self.policy.api_path_raw(request.url)).lower():
            # a path value holding `/`, percent-encoded: one segment as sent (and signed), two once decoded
            checked = api.check_request(request.method, raw, query, request.headers, request.content)
        if checked is None:  # nothing of the spec's is signed and sent to its origin, unless asked for (RAW)
            problem = f"{request.method} {path} matches no operation of the {api.vendor} spec (send it as RAW)"
            raise RequestValidationError("request", [problem])
        if checked.problems and self.policy.validate:
            raise RequestValidationError(checked.operation.operation_id, checked.problems)
        return checked

    def rate_limit_wait(self) -> float:
        if not self.limits or self.policy.limiter is None:
            return 0.0
        return self._waiting(self.policy.limiter.reserve(self.limits))

    async def async_rate_limit_wait(self) -> float:
        if not self.limits or self.policy.limiter is None:
            return 0.0
        return self._waiting(await self.policy.limiter.areserve(self.limits))

    def _waiting(self, wait: float) -> float:
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
        else:
            attempt = httpx.Request(r.method, r.url, headers=r.headers.copy(), content=r.content, extensions=extensions)
        self.attempt = attempt
        return attempt

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
        described = self._without_header_values(f"{type(exc).__name__}: {exc}")
        if failure is not None and not self.raw:
            delay = self._next_delay(failure, None, described)
            if delay is not None:
                return delay
        sent = not isinstance(exc, UNSENDABLE_ERRORS)
        where = f"{self.request.method} {_without_query(self.request.url)}"
        note = "" if sent else "; the request was not sent"
        if described != f"{type(exc).__name__}: {exc}":  # the cause too, as tracebacks and loggers show it
            shown = described.partition(": ")[2]
            exc = type(exc)(shown, request=self.request) if isinstance(exc, httpx.RequestError) else exc
        error = NoResponseError(
            f"{self.label}: {where}: no answer ({described}){note}",
            sent=sent,
            vendor=self.policy.api.vendor,
            operation_id=self.operation.operation_id if self.operation else None,
            request_id=self.request.headers.get("x-request-id"),
        )
        error.__cause__ = exc
        error.__suppress_context__ = True
        if self.paid and sent:
            self._raise_uncertain(error)
        raise error

    def _without_header_values(self, text: str) -> str:
        """`text` (an HTTP library's error, which may quote a header it refused: `Illegal header value b'…'`)
        with every header value of the request masked, however it is quoted: no credential reaches an error,
        its repr or a log line."""
        request = self.attempt or self.request
        for name, value in request.headers.raw:
            if name.lower() in PLAIN_HEADERS or len(value.strip()) < 4:
                continue
            for shown in (value, value.strip()):
                for form in (repr(shown)[2:-1], shown.decode("latin-1")):
                    text = text.replace(form, "***")
        return text

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
        if not self.raw and self.ours and self._send_again(response):
            return 0.0
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
            if self.clock_note:
                error.message += self.clock_note
                error.args = (error.message,)
            # a 5xx or an unreadable success may hide a job that was created; an error code is a clear "no"
            if self.paid and (response.status_code >= 500 or isinstance(error, ResponseValidationError)):
                self._raise_uncertain(error)
            raise
        return None

    def _send_again(self, response: httpx.Response) -> bool:
        """Whether to send the request again at once, signed anew, because the answer refused the signature's
        time (then the signer follows the server's clock, from the answer's Date) or an IAM token (then a fresh
        one is fetched). Once per call: a refusal is a clear "not done", so even a paid job may be sent again."""
        if self.signed_again or response.status_code >= 500:
            return False
        auth, vendor = self.policy.auth, self.policy.api.vendor
        if isinstance(auth, SigningAuth):
            rule = clock_rule(vendor, response)
            if rule is None:
                return False
            server = server_time(response)
            if server is None:
                known = "the local clock is off" if rule.certain else "if the local clock is off, that is why"
                self.clock_note = (
                    f"; {known}: {vendor} allows a signature time {rule.allowed} from its own, "
                    "and its answer has no Date header to correct the clock by"
                )
                return False
            if not rule.certain and abs(server - auth.now()) < rule.window / 2:
                return False  # the clock is close enough: the code means what else it says
            auth.follow_server_clock(server, vendor)
            reason = "signature time refused; signed again with the server's time"
        else:
            forget = getattr(auth, "forget_token", None)
            if response.status_code != 401 or self.attempt is None or forget is None or not forget(self.attempt):
                return False
            reason = "token refused; sent again with a fresh token"
        self.signed_again = True
        log.info("%s: %s %s: %s", self.label, self.request.method, _without_query(self.request.url), reason)
        return True

    def _next_delay(self, failure: Failure, retry_after: float | None, reason: str) -> float | None:
        if not may_retry(failure, self.repeatable):
            return None
        delay = self.retry.delay(self.retries + 1, retry_after)
        if delay is None or (self.give_up_at is not None and time.monotonic() + delay >= self.give_up_at):
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

    def too_large(self, error: ResponseTooLargeError) -> NoReturn:
        """Raise for an answer past `max_response_bytes`: a paid job's unread success may hide a job."""
        where = f"{self.request.method} {_without_query(self.request.url)}"
        status = error.status or 0
        raised = ResponseTooLargeError(
            f"{self.label}: {where}: {error}",
            limit=error.limit,
            vendor=self.policy.api.vendor,
            operation_id=self.operation.operation_id if self.operation else None,
            status=error.status,
            request_id=self.request.headers.get("x-request-id"),
        )
        if self.paid and not 400 <= status < 500:
            self._raise_uncertain(raised)
        raise raised from error

    def _raise_uncertain(self, cause: ApiError) -> NoReturn:
        body = self.checked.body if self.checked else None
        found = identifying_fields(body)
        rid = self.request.headers.get("x-request-id") or cause.request_id
        raise PaidJobUncertainError(
            f"{self.label}: {self.request.method} {self.request.url} may or may not have created a paid job "
            f"({cause.message}). Check whether it exists before creating it again"
            + (
                " (digihuman.reconcile.find_job looks for it)"
                if self.operation is not None and self.operation.extension("x-reconcile")
                else " (the API offers no way to look it up: check in the vendor's console)"
            )
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


DOT_SEGMENTS = ("", ".", "..")


def check_path_values(api: Api, method: str, url: object, extensions: Mapping[str, object] | None) -> None:
    """Refuse `""`, `.` and `..` as path parameter values before the request is built: httpx resolves dot
    segments (`/digital-assets/..` is sent as `/v1/{project}`), so such a value would reach, and sign a
    request for, another resource. Run on the URL as the generated code formats it (a path relative to the
    base URL), where the values are still visible; a RAW request is sent as given."""
    if type(url) is not str or not url.startswith("/") or (extensions and extensions.get(RAW)):
        return
    path = url.partition("?")[0]
    if "/." not in path and "//" not in path and not path.endswith("/"):
        return  # (the common case, in one scan)
    segments = path.split("/")[1:]
    if not any(segment in DOT_SEGMENTS for segment in segments):
        return
    for op in api.operations:
        found = op.method == method.upper() and _loose_pattern(op.path).match(path)
        if found:
            bad = {name: value for name, value in found.groupdict().items() if value in DOT_SEGMENTS}
            if not bad:
                return  # (a template's own empty segment)
            problems = [f"path parameter {name!r} must not be {value!r}" for name, value in bad.items()]
            raise RequestValidationError(op.operation_id, problems)
    raise RequestValidationError("request", [f"{method.upper()} {path}: an empty, '.' or '..' path segment"])


@lru_cache(maxsize=1024)
def _loose_pattern(template: str) -> re.Pattern[str]:
    """The operation's path template with parameters that may also be empty (`Operation.pattern` needs one
    character), to name the parameter an empty value was given for."""
    return re.compile("^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]*)", re.escape(template)) + "$")


@lru_cache(maxsize=256)
def query_pairs(query: bytes) -> tuple[tuple[str, str], ...]:
    """The decoded (name, value) pairs of a URL's query, as `url.params.multi_items()` gives them (worked out
    once per query: a client that polls sends the same one again and again)."""
    return tuple(httpx.QueryParams(query.decode("ascii")).multi_items())


def _without_query(url: httpx.URL) -> str:
    return str(url.copy_with(query=None))
