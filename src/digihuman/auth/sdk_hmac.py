"""Huawei Cloud `SDK-HMAC-SHA256` (AK/SK) signing for MetaStudio, and the matching server-side check.

From shared/reference/huawei-apig-signing.md. The canonical request is six parts joined by `\\n`:
method, canonical URI, canonical query, canonical headers, signed headers, payload hash. Each part is
one function below, used by both `SdkHmacAuth` (the client) and `verify` (a server, e.g. a mock), so
the two cannot drift apart. Where the note is silent the official SDK's behaviour is followed:

- names and values are percent-decoded as UTF-8; percent-escapes that are not UTF-8 are refused,
  since the note does not say how to sign them (the official signer would sign U+FFFD instead);
- query parameters are sorted on the decoded text (code points), before encoding; `+` is a space;
- header values are trimmed with `str.strip()`; a header name containing `_` is sent but not signed;
- a body without Content-Type or with a JSON or BSON one is hashed; for any other Content-Type
  (multipart, octet streams) `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` is sent (and signed) and that
  literal is the payload hash, except for an empty body, whose hash is always the empty string's;
- the query that is sent is rewritten to its canonical form, so the server decodes what was signed.

Credentials: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and, for multi-project accounts,
HUAWEICLOUD_SDK_PROJECT_ID (sent as `X-Project-Id`).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple
from urllib.parse import quote, unquote_to_bytes

import httpx

from digihuman.auth.base import Clock, SigningAuth
from digihuman.config import required_secret, required_setting, setting
from digihuman.errors import SignatureRejected, SigningError
from digihuman.secret import Secret

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256"
PROJECT_HEADER = "X-Project-Id"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
HASHED_CONTENT_TYPES = ("application/json", "application/bson")
MAX_BODY_BYTES = 12 * 1024 * 1024  # "AK/SK signing supports bodies up to 12 MB"
WINDOW_SECONDS = 15 * 60  # the gateway rejects a date more than 15 minutes from its clock

HeaderPairs = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]
"""Header names and values as given or as received: a mapping, or (name, value) pairs of text or raw bytes."""
QueryValue = str | bool | int | float


def encode(text: str) -> str:
    """RFC 3986 percent-encoding of UTF-8: only `A-Z a-z 0-9 - _ . ~` stay as they are."""
    return quote(text, safe="")


def decode(raw: str, what: str) -> str:
    """Percent-decoding as UTF-8; a `%` not followed by two hex digits stays a literal `%`."""
    try:
        return unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise SigningError(f"the {what} has percent-escapes that are not UTF-8 and cannot be signed") from None


def canonical_uri(raw_path: str) -> str:
    """Decoded, split on `/` (so `%2F` separates too), each segment encoded again, always ending in `/`."""
    uri = "/".join(encode(segment) for segment in decode(raw_path, "path").split("/"))
    return uri if uri.endswith("/") else uri + "/"


def query_pairs(raw_query: str) -> list[tuple[str, str]]:
    """The decoded (name, value) pairs of a query string as sent; `a` alone is `a=`, `+` is a space."""
    pairs = []
    for item in raw_query.split("&"):
        if item:
            name, _, value = item.partition("=")
            pairs.append((decode(name.replace("+", " "), "query"), decode(value.replace("+", " "), "query")))
    return pairs


def query_text(value: QueryValue) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def canonical_query(query: str | httpx.URL | Iterable[tuple[str, QueryValue]]) -> str:
    """A raw query string (no `?`), a URL, or decoded pairs -> `name=value` sorted by name, then value."""
    if isinstance(query, httpx.URL):
        query = query.query.decode("ascii")
    pairs = query_pairs(query) if isinstance(query, str) else [(name, query_text(v)) for name, v in query]
    return "&".join(f"{encode(name)}={encode(value)}" for name, value in sorted(pairs))


def header_value(raw: str | bytes, name: str = "a header") -> str:
    """The text of a header value (raw bytes are UTF-8), trimmed as the official signer trims: `str.strip()`."""
    try:
        return (raw if isinstance(raw, str) else raw.decode("utf-8")).strip()
    except UnicodeDecodeError:
        raise SigningError(f"the value of {name} is not UTF-8 and cannot be signed") from None


def header_values(headers: HeaderPairs) -> dict[str, str]:
    """Lower-case name -> trimmed value. A name given twice has no single value to sign, so it is refused."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    values: dict[str, str] = {}
    for raw_name, raw_value in pairs:
        name = (raw_name.decode("latin-1") if isinstance(raw_name, bytes) else raw_name).lower()
        if name in values:
            raise SigningError(f"header {name!r} is given more than once; only one value can be signed")
        values[name] = header_value(raw_value, name)
    return values


def signed_headers(headers: HeaderPairs) -> list[str]:
    """Every header except those whose name contains `_` (the official signer skips them), lower-case, sorted."""
    return sorted(name for name in header_values(headers) if "_" not in name)


def canonical_headers(headers: HeaderPairs, signed: Sequence[str]) -> str:
    """`name:value\\n` for each signed header, in the order of `signed`."""
    values = header_values(headers)
    missing = [name for name in signed if name not in values]
    if missing:
        raise SigningError(f"signed header(s) {', '.join(missing)} not in the request")
    return "".join(f"{name}:{values[name]}\n" for name in signed)


def payload_is_hashed(content_type: str | None) -> bool:
    """JSON and BSON bodies are hashed; other typed bodies (multipart, streams) are sent UNSIGNED-PAYLOAD."""
    return not content_type or content_type.startswith(HASHED_CONTENT_TYPES)


def payload_hash(body: bytes, headers: HeaderPairs) -> str:
    """Hex SHA-256 of the body; the declared `X-Sdk-Content-Sha256` instead when there is one and a body."""
    if not body:
        return EMPTY_SHA256
    return header_values(headers).get(CONTENT_SHA256_HEADER.lower()) or hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class RequestParts:
    """A request as the wire carries it: what both the signer and a verifying server see."""

    method: str
    raw_path: str  # percent-encoded, as on the request line, without the query
    raw_query: str  # as on the request line, without `?`
    headers: HeaderPairs
    body: bytes = b""

    @classmethod
    def from_target(cls, method: str, target: str, headers: HeaderPairs, body: bytes = b"") -> RequestParts:
        """From a request line's target (`/path?query`), as a server receives it."""
        path, _, query = target.partition("?")
        return cls(method, path, query, headers, body)

    @classmethod
    def from_httpx(cls, request: httpx.Request) -> RequestParts:
        path = request.url.raw_path.partition(b"?")[0].decode("ascii")
        return cls(request.method, path, request.url.query.decode("ascii"), request.headers.raw, request.content)


def canonical_request(parts: RequestParts, signed: Sequence[str]) -> str:
    return "\n".join(
        [
            parts.method.upper(),
            canonical_uri(parts.raw_path),
            canonical_query(parts.raw_query),
            canonical_headers(parts.headers, signed),
            ";".join(signed),
            payload_hash(parts.body, parts.headers),
        ]
    )


def string_to_sign(date: str, canonical: str) -> str:
    return f"{ALGORITHM}\n{date}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


def signature(sk: Secret, to_sign: str) -> str:
    return hmac.new(sk.reveal().encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization(ak: str, signed: Sequence[str], sig: str) -> str:
    return f"{ALGORITHM} Access={ak}, SignedHeaders={';'.join(signed)}, Signature={sig}"


class Authorization(NamedTuple):
    access: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str) -> Authorization:
    """The inverse of `authorization`; raises SignatureRejected("malformed") for anything else."""
    scheme, _, rest = value.strip().partition(" ")
    fields = {}
    for part in rest.split(","):
        name, _, field = part.strip().partition("=")
        fields[name] = field
    if scheme != ALGORITHM or not all(fields.get(k) for k in ("Access", "SignedHeaders", "Signature")):
        shape = f"{ALGORITHM} Access=…, SignedHeaders=…, Signature=…"
        raise SignatureRejected("malformed", f"Authorization is not '{shape}'")
    return Authorization(fields["Access"], tuple(fields["SignedHeaders"].split(";")), fields["Signature"])


def format_date(unix_seconds: float) -> str:
    return time.strftime(DATE_FORMAT, time.gmtime(unix_seconds))


def parse_date(value: str) -> float:
    try:
        return datetime.strptime(value, DATE_FORMAT).replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise SignatureRejected("malformed", f"{DATE_HEADER} {value!r} is not YYYYMMDDTHHMMSSZ") from None


def verify(parts: RequestParts, keys: Mapping[str, Secret], now: float, window: int = WINDOW_SECONDS) -> str:
    """What the gateway checks: returns the access key, or raises SignatureRejected whose `reason` is one of
    malformed, expired (outside `window` seconds of `now`), unknown_key, too_large or mismatch."""
    try:
        values = header_values(parts.headers)
    except SigningError as exc:
        raise SignatureRejected("malformed", str(exc)) from None
    auth = parse_authorization(values.get("authorization", ""))
    if not {"host", DATE_HEADER.lower()} <= set(auth.signed_headers):
        raise SignatureRejected("malformed", f"SignedHeaders must include host and {DATE_HEADER.lower()}")
    date = values.get(DATE_HEADER.lower(), "")
    if abs(now - parse_date(date)) > window:
        raise SignatureRejected("expired", f"signature expired: signature time {date}, server time {format_date(now)}")
    sk = keys.get(auth.access)
    if sk is None:
        raise SignatureRejected("unknown_key", "unknown access key")
    if len(parts.body) > MAX_BODY_BYTES:
        raise SignatureRejected("too_large", "AK/SK signing is limited to 12 MB bodies")
    declared = values.get(CONTENT_SHA256_HEADER.lower())
    if parts.body and declared not in (None, UNSIGNED_PAYLOAD, hashlib.sha256(parts.body).hexdigest()):
        raise SignatureRejected("mismatch", f"{CONTENT_SHA256_HEADER} does not match the body")
    try:
        expected = signature(sk, string_to_sign(date, canonical_request(parts, auth.signed_headers)))
    except SigningError as exc:
        raise SignatureRejected("mismatch", str(exc)) from None
    if not hmac.compare_digest(expected, auth.signature):
        raise SignatureRejected("mismatch", "verify aksk signature fail")
    return auth.access


def canonical_request_of(request: httpx.Request) -> str:
    """The canonical request a server recomputes for a request this module signed (for `digihuman sign`)."""
    signed = parse_authorization(request.headers["authorization"]).signed_headers
    return canonical_request(RequestParts.from_httpx(request), signed)


class SdkHmacAuth(SigningAuth):
    """Adds `X-Sdk-Date`, `X-Project-Id` (when configured) and `Authorization: SDK-HMAC-SHA256 …`."""

    def __init__(self, ak: str, sk: Secret, project_id: str | None = None, clock: Clock | None = None) -> None:
        super().__init__(clock)
        self.ak = ak
        self.project_id = project_id
        self._sk = sk

    def __repr__(self) -> str:
        return f"SdkHmacAuth(ak={self.ak!r}, project_id={self.project_id!r}, sk=***)"

    def sign(self, request: httpx.Request) -> str:
        body = request.read()  # already read when httpx runs the hook (`requires_request_body`)
        if len(body) > MAX_BODY_BYTES:
            raise SigningError(
                f"the body is {len(body)} bytes; AK/SK signing is limited to 12 MB "
                "(12,582,912 bytes). Use token authentication (HUAWEICLOUD_SDK_TOKEN, digihuman.auth.TokenAuth)."
            )
        date = format_date(self.now())
        added = {DATE_HEADER: date}
        if self.project_id:
            added[PROJECT_HEADER] = self.project_id
        if not payload_is_hashed(request.headers.get("content-type")):
            added[CONTENT_SHA256_HEADER] = UNSIGNED_PAYLOAD
        replaced = {name.lower() for name in [*added, "authorization"]}
        # Trimmed values are sent as well as signed, so that what the server reads is what was signed.
        kept = [(k.decode(), v) for k, v in request.headers.raw if k.decode().lower() not in replaced]
        trimmed = [(k.encode(), header_value(v, k).encode()) for k, v in kept]
        request.headers = httpx.Headers([*trimmed, *((k.encode(), v.encode()) for k, v in added.items())])
        query = canonical_query(request.url)
        request.url = request.url.copy_with(query=query.encode("ascii") if query else None)

        parts = RequestParts.from_httpx(request)
        signed = signed_headers(parts.headers)
        to_sign = string_to_sign(date, canonical_request(parts, signed))
        request.headers["Authorization"] = authorization(self.ak, signed, signature(self._sk, to_sign))
        return to_sign


def from_env(
    ak: str | None = None,
    sk: str | Secret | None = None,
    project_id: str | None = None,
    clock: Clock | None = None,
    env: Mapping[str, str] | None = None,
) -> SdkHmacAuth:
    """The AK/SK hook, credentials from the arguments or HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID (optional)."""
    return SdkHmacAuth(
        required_setting("HUAWEICLOUD_SDK_AK", ak, "the Huawei Cloud access key (AK) that signs requests", env),
        required_secret("HUAWEICLOUD_SDK_SK", sk, "the Huawei Cloud secret key (SK) that keys the signature", env),
        project_id=setting("HUAWEICLOUD_SDK_PROJECT_ID", project_id, env),
        clock=clock,
    )
