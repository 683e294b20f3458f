"""The errors digihuman raises. Messages and reprs never contain credentials, headers or bodies.

DigihumanError
├── ConfigurationError, SigningError        before any network I/O
│   └── MissingExtraError                   an optional part is used without the extra it needs installed
├── RequestValidationError                  the request does not match the spec; nothing was sent
├── UnsupportedOperationError               the vendor's API has no operation for what was asked
├── JobError                                waiting for a job ended without its result
│   ├── JobFailedError                      the job reached a failed terminal state
│   ├── JobTimeoutError                     the deadline passed first
│   └── JobWaitCancelledError               the caller cancelled the wait (the job itself goes on)
└── ApiError                                a call that went out failed
    ├── AuthError                           401/403, or a vendor code that stands for them
    ├── ValidationError                     400, or a vendor's bad-parameter code
    ├── NotFoundError                       404, or a vendor's "does not exist" code
    ├── RateLimitedError                    429 (with `retry_after`), or a vendor's quota code
    ├── ServerError                         5xx, or a vendor's system-error code
    ├── ResponseValidationError             the answer does not match the spec
    ├── NoResponseError                     the connection failed, dropped or timed out
    ├── ResponseTooLargeError               the answer is larger than `max_response_bytes`
    └── PaidJobUncertainError               a paid job may or may not have been created
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digihuman.reconcile import Reconciled


class DigihumanError(Exception):
    """Base of every error raised by digihuman itself."""


class ConfigurationError(DigihumanError):
    """A credential, endpoint or option is missing or unusable; raised before any network I/O."""


class MissingExtraError(ConfigurationError):
    """An optional part of digihuman (the loopback mocks, the contract suite) is used without the extra of
    pyproject.toml that installs what it needs; the message names it."""


class SigningError(DigihumanError):
    """A request cannot be signed as the vendor requires (for example an unsupported body)."""


class SignatureRejected(DigihumanError):
    """A server-side check of a signed request failed; `reason` names the check (for the error to answer with)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class TokenError(DigihumanError):
    """IAM did not issue a token (wrong credentials, unreachable endpoint, unexpected answer)."""


class RequestValidationError(DigihumanError, ValueError):
    """The request does not match the operation in the spec; it was not sent. `problems` name the fields."""

    def __init__(self, operation_id: str, problems: list[str]) -> None:
        super().__init__(f"{operation_id}: " + "; ".join(problems))
        self.operation_id = operation_id
        self.problems = problems


class UnsupportedOperationError(DigihumanError):
    """The vendor's API (its spec) has no operation for what was asked, such as cancelling a Metaworks card."""


class JobError(DigihumanError):
    """Waiting for a job ended without its result. `state` is the last state seen (None before the first poll),
    `elapsed` the seconds waited."""

    def __init__(
        self, message: str, *, vendor: str, job_type: str, job_id: str, state: str | None, elapsed: float
    ) -> None:
        super().__init__(message)
        self.vendor = vendor
        self.job_type = job_type
        self.job_id = job_id
        self.state = state
        self.elapsed = elapsed


class JobFailedError(JobError):
    """The job reached a failed terminal state of its spec. `error_code`/`error_message` are the job's own
    error fields where its answer has them; `answer` is the last answer (the generated model)."""

    def __init__(
        self, message: str, *, error_code: str | None, error_message: str | None, answer: Any, **fields: Any
    ) -> None:
        super().__init__(message, **fields)
        self.error_code = error_code
        self.error_message = error_message
        self.answer = answer


class JobTimeoutError(JobError, TimeoutError):
    """The deadline passed before the job reached a terminal state; `state` is the last one seen."""


class JobWaitCancelledError(JobError):
    """The caller cancelled the wait (the sync variants' `cancel` event). The job itself was not cancelled."""


class ApiError(DigihumanError):
    """A call failed. `vendor_code` is the vendor's own code, `meaning` its documented text from the spec's
    catalogue, `body` the raw answer (kept out of `str` and `repr`)."""

    def __init__(
        self,
        message: str,
        *,
        vendor: str = "",
        operation_id: str | None = None,
        status: int | None = None,
        vendor_code: Any = None,
        meaning: str | None = None,
        request_id: str | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.vendor = vendor
        self.operation_id = operation_id
        self.status = status
        self.vendor_code = vendor_code
        self.meaning = meaning
        self.request_id = request_id
        self.body = body

    def __repr__(self) -> str:
        fields = ("vendor", "operation_id", "status", "vendor_code", "request_id")
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields if getattr(self, name) is not None)
        return f"{type(self).__name__}({self.message!r}, {shown})"


class AuthError(ApiError):
    """The credentials or the signature were refused."""


class ValidationError(ApiError):
    """The server refused the request's parameters."""


class NotFoundError(ApiError):
    """The resource (task, asset, file) does not exist."""


class RateLimitedError(ApiError):
    """Too many requests or no quota left; `retry_after` is the server's Retry-After in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.retry_after = retry_after


class ServerError(ApiError):
    """The server failed (5xx, or a vendor code for a system error)."""


class ResponseValidationError(ApiError):
    """The answer does not match the spec. `problems` name the field paths; `body` is the raw answer."""

    def __init__(self, message: str, *, problems: list[str], **fields: Any) -> None:
        super().__init__(message, **fields)
        self.problems = problems


class NoResponseError(ApiError):
    """No answer came back: the connection failed, dropped or timed out. `sent` says whether the request
    may have reached the server; the httpx exception is the `__cause__`."""

    def __init__(self, message: str, *, sent: bool, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.sent = sent


class ResponseTooLargeError(ApiError):
    """The answer is larger than `limit` bytes (the client's `max_response_bytes`), counted as received and
    again once decompressed; it was not read further, and its connection was closed."""

    def __init__(self, message: str, *, limit: int, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.limit = limit


class PaidJobUncertainError(ApiError):
    """A request that creates paid work may have reached the server, and no clear answer came back:
    the job may or may not exist. Check before creating it again, with what this error carries: the
    operation, `method`, `url`, `request_id` and the body's `identifying_fields`. The failure that left
    the outcome unknown is the `__cause__`; `reconciled` is what looking the job up showed (client objects
    with `reconcile=True`), else None."""

    def __init__(
        self, message: str, *, method: str, url: str, identifying_fields: dict[str, Any], **fields: Any
    ) -> None:
        super().__init__(message, **fields)
        self.method = method
        self.url = url
        self.identifying_fields = identifying_fields
        self.reconciled: Reconciled | None = None  # what looking the job up showed, when the client object did


STATUS_CLASSES: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthError,
    403: AuthError,
    404: NotFoundError,
    429: RateLimitedError,
}


def error_class(status: int | None) -> type[ApiError]:
    """The class for an HTTP status (or the status a vendor code stands for); ApiError when none fits."""
    if status is None:
        return ApiError
    if status >= 500:
        return ServerError
    return STATUS_CLASSES.get(status, ApiError)
