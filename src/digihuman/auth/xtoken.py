"""Xmov 魔珐星云 `X-TOKEN`: MD5 over path+query, method, sorted compact JSON, secret and timestamp.

The definition is the vendor's demo code (seed 002 §1.3), not its prose or worked example; see
spec/ERRATA.md ("X-TOKEN") and shared/reference/xingyun-xtoken-notes.md.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import httpx

from digihuman.auth.base import JSON_BODY, Clock, SigningAuth, content_type
from digihuman.errors import SigningError
from digihuman.secret import Secret

SECRET_MASK = "<XINGYUN_APP_SECRET>"  # noqa: S105 - a placeholder shown instead of the secret


def api_path(request: httpx.Request) -> bytes:
    """The path with its query string, as sent, without the host, lower-cased (ASCII: percent-encoded)."""
    return request.url.raw_path.lower()


def demo_json(data: Any) -> bytes:
    """`json.dumps(data, sort_keys=True)`, as the demo renders the data it signs (ASCII: `ensure_ascii`);
    NaN and infinities refused, as httpx refuses them."""
    return json.dumps(data, sort_keys=True, allow_nan=False).encode("ascii")


def signed_json(request: httpx.Request) -> bytes:
    """The demo's `sort_json_str` of the data it signs: the JSON body for JSON requests, `{}` for GET and for
    multipart. A body our client sent as `demo_json` renders it, declared as JSON (marked with the very bytes
    object, so that no other body can pass for it), is that rendering already, spaces aside; any other JSON
    body is parsed first."""
    body: bytes = request.content
    if request.method == "GET" or not body:
        return b"{}"
    marked: object = request.extensions.get(JSON_BODY)
    if marked is body:
        return body.replace(b" ", b"")
    if not content_type(request.headers.raw).startswith(b"application/json"):
        return b"{}"
    try:
        return sort_json_str(json.loads(body)).encode("ascii")
    except ValueError as exc:
        raise SigningError("X-TOKEN signs the JSON body, but the request body is not valid JSON") from exc


# What `json.dumps(data, sort_keys=True)` builds on every call, without the spaces after `,` and `:` that the
# demo removes anyway.
_SORTED = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def sort_json_str(data: Any) -> str:
    """`json.dumps(data, sort_keys=True)` with every space removed, inside strings too (as the demo does)."""
    return _SORTED.encode(data).replace(" ", "")


def signed_prefix(request: httpx.Request) -> bytes:
    """Everything the string to sign holds before the secret (ASCII)."""
    return api_path(request) + request.method.lower().encode("ascii") + signed_json(request)


class XTokenAuth(SigningAuth):
    """Adds `X-APP-ID`, `X-TIMESTAMP` and `X-TOKEN` to each request."""

    def __init__(self, app_id: str, app_secret: Secret, clock: Clock | None = None) -> None:
        super().__init__(clock)
        self.app_id = app_id
        self._secret = app_secret

    def __repr__(self) -> str:
        return f"XTokenAuth(app_id={self.app_id!r}, app_secret=***)"

    def json_body(self, data: Any) -> bytes:
        return demo_json(data)

    def sign(self, request: httpx.Request) -> str:
        ts = str(self.now())
        prefix = signed_prefix(request)
        token = hashlib.md5(prefix + self._secret.reveal().encode() + ts.encode(), usedforsecurity=False)
        headers = request.headers
        if not self.app_id.isascii():  # httpx encodes a header set by name in the encoding the others were read in
            headers.encoding  # noqa: B018 - reading it settles it
        headers["X-APP-ID"] = self.app_id
        headers["X-TIMESTAMP"] = ts
        headers["X-TOKEN"] = token.hexdigest()
        return f"{prefix.decode('ascii')}{SECRET_MASK}{ts}"
