"""Reading an answer: the typed error it stands for (HTTP status, or a code inside a 200 envelope), and
whether it matches the operation's response schema. Raised before the generated code parses the answer."""

from __future__ import annotations

import json
from typing import Any

import httpx

from digihuman.envelopes import error_shape
from digihuman.errors import ApiError, RateLimitedError, ResponseValidationError, error_class
from digihuman.openapi import Api, Operation
from digihuman.policy.drift import MISSING, SECRET_NAMES, drifts, report
from digihuman.policy.retry import retry_after_seconds

NOT_JSON = object()


class ParsedResponse(httpx.Response):
    """The answers of the policy's transports. The policy parses an answer's JSON body to check it before the
    generated code parses it again (`response.json()`): it hands its parse over, and the next `json()` call
    returns that instead of parsing the body anew. Once only, so that each call still returns a value that
    nobody else holds."""

    _handed: Any = NOT_JSON

    def hand_json(self, value: Any) -> None:
        self._handed = value

    def json(self, **kwargs: Any) -> Any:
        handed, self._handed = self._handed, NOT_JSON
        if handed is NOT_JSON or kwargs:
            return super().json(**kwargs)
        return handed


def parsed_json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return NOT_JSON


def request_id(response: httpx.Response | None, body: Any = None) -> str | None:
    """The server's id for the call: the X-Request-Id header, else a `request_id` in the body."""
    if response is not None and "x-request-id" in response.headers:
        return response.headers["x-request-id"]
    found = body.get("request_id") if isinstance(body, dict) else None
    return str(found) if found is not None else None


def identifying_fields(body: Any) -> dict[str, Any]:
    """The top-level scalar fields of a JSON body (secret-looking names left out): what a person needs to
    find a job that may have been created."""
    if not isinstance(body, dict):
        return {}
    return {
        name: value[:100] if isinstance(value, str) else value
        for name, value in body.items()
        if isinstance(value, str | int | float | bool) and not SECRET_NAMES.search(name)
    }


def check_answer(
    api: Api, operation: Operation, response: httpx.Response, validate: bool, strict: bool = False
) -> None:
    """Raise the typed error `response` stands for; return when it is a success. A success that does not match
    its schema raises `ResponseValidationError` when `strict`; otherwise its drift is logged
    (`digihuman.policy.drift`) and it is returned, unless a required field is missing."""
    status = response.status_code
    if status >= 400:
        raise status_error(api, operation, response)
    schema = operation.stable_response_schema(status)
    if schema is None:
        return
    body = parsed_json(response.content)
    if body is NOT_JSON:
        raise invalid_answer(api, operation, response, ["the body is not valid JSON"])
    envelope = envelope_error(api, operation, response, body)
    if envelope is not None:
        raise envelope
    if validate:
        problems = api.errors(schema, body, "") if strict else _tolerated(api, operation, schema, body)
        if problems:
            raise invalid_answer(api, operation, response, problems)
    if isinstance(response, ParsedResponse):
        response.hand_json(body)


def _tolerated(api: Api, operation: Operation, schema: dict[str, Any], body: Any) -> list[str]:
    """Log how `body` drifts from `schema`; the problems left are the required fields it lacks."""
    found = drifts(api, schema, body)
    if not found:
        return []
    missing = [f"{d.path} is required" for d in found if d.kind == MISSING]
    report(api.vendor, operation.operation_id, [d for d in found if d.kind != MISSING])
    return missing


def status_error(api: Api, operation: Operation, response: httpx.Response) -> ApiError:
    """The error for an HTTP error status, with the vendor's code and its documented meaning."""
    shape = error_shape(api.vendor)
    body = parsed_json(response.content)
    fields = body if isinstance(body, dict) else {}
    code = fields.get(shape.code_field)
    meaning = api.error_meaning(code, response.status_code) if code is not None else None
    text = fields.get(shape.message_field) if shape.message_field else None
    message = f"{api.vendor} {operation.operation_id}: HTTP {response.status_code} {response.reason_phrase}"
    message += "".join(f", {part}" for part in (code, text or meaning) if part)
    cls = error_class(response.status_code)
    extra: dict[str, Any] = {}
    if cls is RateLimitedError:
        extra["retry_after"] = retry_after_seconds(response.headers.get("retry-after"))
    return cls(message, **extra, **_common(api, operation, response, body), vendor_code=code, meaning=meaning)


def envelope_error(api: Api, operation: Operation, response: httpx.Response, body: Any) -> ApiError | None:
    """The error a vendor reports inside an HTTP 200 answer, classed by the status its code stands for."""
    shape = error_shape(api.vendor)
    if not shape.in_envelope:
        return None
    code = body.get(shape.code_field) if isinstance(body, dict) else None
    if code is None:
        return invalid_answer(api, operation, response, [f"{shape.code_field} is missing from the answer"])
    if code == shape.success:
        return None
    meaning = api.error_meaning(code)
    text = body.get(shape.message_field) if shape.message_field else None
    message = f"{api.vendor} {operation.operation_id}: {shape.code_field} {code}, {text or meaning or 'undocumented'}"
    cls = error_class(shape.statuses.get(code))
    return cls(message, **_common(api, operation, response, body), vendor_code=code, meaning=meaning)


def invalid_answer(
    api: Api, operation: Operation, response: httpx.Response, problems: list[str]
) -> ResponseValidationError:
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    message = f"{api.vendor} {operation.operation_id}: the answer does not match the spec: {problems[0]}{more}"
    body = parsed_json(response.content)
    return ResponseValidationError(message, problems=problems, **_common(api, operation, response, body))


def _common(api: Api, operation: Operation, response: httpx.Response, body: Any) -> dict[str, Any]:
    return {
        "vendor": api.vendor,
        "operation_id": operation.operation_id,
        "status": response.status_code,
        "request_id": request_id(response, body),
        "body": response.content,
    }
