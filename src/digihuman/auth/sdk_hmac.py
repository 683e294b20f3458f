"""Huawei Cloud `SDK-HMAC-SHA256` (AK/SK) signing for MetaStudio, and the matching server-side check.

From shared/reference/huawei-apig-signing.md. The canonical request is six parts joined by `\\n`:
method, canonical URI, canonical query, canonical headers, signed headers, payload hash. Each part is
one function below, used by both `SdkHmacAuth` (the client) and `verify` (a server, e.g. a mock), so
the two cannot drift apart. Where the note is silent the official SDK's behaviour is followed:

- names and values are percent-decoded as UTF-8; percent-escapes that are not UTF-8 are refused,
  since the note does not say how to sign them (the official signer would sign U+FFFD instead);
- query parameters are sorted on the decoded text (code points), before encoding; `+` is a space;
- header values are trimmed with `str.strip()`; a header name containing `_` is sent but not signed;
- the headers an intermediary or the HTTP library may change are sent but not signed (`NEVER_SIGNED`,
  `is_signed`): the official SDK signs before its HTTP library adds them, and the gateway checks only
  what `SignedHeaders` names, so a proxy that drops `Connection` or re-frames the body leaves the
  signature valid;
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
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote, unquote_to_bytes

import httpx

from digihuman.auth.base import Clock, SigningAuth, content_type
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


# Which headers "the caller set" is not visible when a request is signed: httpx merges its defaults (Accept,
# Accept-Encoding, Connection, User-Agent) and the body's framing into the request before any hook sees it.
# So the signer works the other way round: every header on the request is signed except those HTTP lets
# something between client and gateway change. Hop-by-hop headers (RFC 9110 §7.6.1: `Connection`, the names
# it lists, `Keep-Alive`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Proxy-*`) are removed or rewritten
# by every intermediary; `Content-Length` goes when a hop re-frames the body; `Accept-Encoding` and `Accept`
# are rewritten by TLS-inspecting proxies. `User-Agent` stays signed: it is end-to-end (RFC 9110 §10.1.5),
# proxies pass it on, and the official SDK signs it, so the two signers agree header for header.
NEVER_SIGNED = frozenset(
    {"connection", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade", "accept-encoding", "accept"}
    | {"content-length", "authorization"}
)


def connection_options(value: str | bytes | None) -> frozenset[str]:
    """The header names a `Connection` header lists (they are hop-by-hop too), lower-case."""
    if not value:
        return frozenset()
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    return frozenset(token.strip().lower() for token in text.split(",") if token.strip())


def is_signed(name: str, listed: frozenset[str] = frozenset()) -> bool:
    """Whether a (lower-case) header name is signed: not hop-by-hop (nor named by `Connection`, `listed`), not
    one a proxy may rewrite, and without `_` (the official signer skips those)."""
    return not (name in NEVER_SIGNED or name.startswith("proxy-") or "_" in name or name in listed)


def _pairs(headers: HeaderPairs) -> list[tuple[str, str | bytes]]:
    """(lower-case name, raw value) pairs."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return [((n.decode("latin-1") if isinstance(n, bytes) else n).lower(), v) for n, v in pairs]


def signed_headers(headers: HeaderPairs) -> list[str]:
    """The names of the headers to sign (`is_signed`), lower-case, sorted."""
    pairs = _pairs(headers)
    listed = frozenset().union(*[connection_options(value) for name, value in pairs if name == "connection"])
    return sorted({name for name, _ in pairs if is_signed(name, listed)})


def canonical_headers(headers: HeaderPairs, signed: Sequence[str]) -> str:
    """`name:value\\n` for each signed header, in the order of `signed`. Only the signed headers are read, as the
    gateway reads them: any other header may be given twice, or changed on the way."""
    wanted = set(signed)
    values = header_values([(name, value) for name, value in _pairs(headers) if name in wanted])
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
    return header_of(headers, CONTENT_SHA256_HEADER.lower()) or hashlib.sha256(body).hexdigest()


def header_of(headers: HeaderPairs, name: str) -> str | None:
    """The trimmed value of one (lower-case) header, None when absent; refused when it is given twice."""
    return header_values([(n, value) for n, value in _pairs(headers) if n == name]).get(name)


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
        auth = parse_authorization(header_of(parts.headers, "authorization") or "")
        date = header_of(parts.headers, DATE_HEADER.lower()) or ""
        declared = header_of(parts.headers, CONTENT_SHA256_HEADER.lower())
    except SigningError as exc:
        raise SignatureRejected("malformed", str(exc)) from None
    if not {"host", DATE_HEADER.lower()} <= set(auth.signed_headers):
        raise SignatureRejected("malformed", f"SignedHeaders must include host and {DATE_HEADER.lower()}")
    if abs(now - parse_date(date)) > window:
        raise SignatureRejected("expired", f"signature expired: signature time {date}, server time {format_date(now)}")
    sk = keys.get(auth.access)
    if sk is None:
        raise SignatureRejected("unknown_key", "unknown access key")
    if len(parts.body) > MAX_BODY_BYTES:
        raise SignatureRejected("too_large", "AK/SK signing is limited to 12 MB bodies")
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
    """Adds `X-Sdk-Date`, `X-Project-Id` (when configured) and `Authorization: SDK-HMAC-SHA256 …`.

    `sign` computes the same canonical request as `canonical_request` (what `verify` recomputes), with
    what depends only on the request's header list (the header lines, which are signed, the headers to send)
    worked out once per list, the canonical request's hash up to its header lines kept per method, path and
    query, the date string formatted once per second, and the HMAC key's padded blocks hashed once per key."""

    def __init__(self, ak: str, sk: Secret, project_id: str | None = None, clock: Clock | None = None) -> None:
        super().__init__(clock)
        self.ak = ak
        self.project_id = project_id
        self._sk = sk
        self._key: tuple[Secret, _HmacKey] | None = None
        self._date: tuple[int, str] = (-1, "")
        self._sent: tuple[_HeaderPlan, str, httpx.Headers | None] | None = None  # see `_headers_to_send`

    def __repr__(self) -> str:
        return f"SdkHmacAuth(ak={self.ak!r}, project_id={self.project_id!r}, sk=***)"

    def sign(self, request: httpx.Request) -> str:
        body = request.read()  # already read when httpx runs the hook (`requires_request_body`)
        if len(body) > MAX_BODY_BYTES:
            raise SigningError(
                f"the body is {len(body)} bytes; AK/SK signing is limited to 12 MB "
                "(12,582,912 bytes). Use token authentication (HUAWEICLOUD_SDK_TOKEN, digihuman.auth.TokenAuth)."
            )
        date = self._date_text(self.now())
        plan = _header_plan(self.project_id, tuple(request.headers.raw))
        if plan.problem is not None:
            raise SigningError(plan.problem)
        url = request.url
        head, rewrite = _canonical_head(request.method.upper(), url.raw_path, plan.lines_before_date)
        if rewrite is not None:
            request.url = url.copy_with(raw_path=rewrite)
        if plan.twice is not None:
            raise SigningError(f"header {plan.twice!r} is given more than once; only one value can be signed")

        payload = (plan.declared or hashlib.sha256(body).hexdigest()) if body else EMPTY_SHA256
        canonical = head.copy()  # then the rest of `canonical_request`
        rest = f"{_DATE}:{date}\n{plan.lines_after_date}\n{plan.signed}\n{payload}"
        canonical.update(rest.encode("utf-8"))
        to_sign = f"{ALGORITHM}\n{date}\n{canonical.hexdigest()}"
        signature = self._hmac_key().hexdigest(to_sign)
        headers = self._headers_to_send(plan, date)
        # `authorization`; set by name, so that httpx encodes it as it encodes a header it is given as text
        headers["Authorization"] = f"{ALGORITHM} Access={self.ak}, SignedHeaders={plan.signed}, Signature={signature}"
        request.headers = headers
        return to_sign

    def _headers_to_send(self, plan: _HeaderPlan, date: str) -> httpx.Headers:
        """All but Authorization, as a new `httpx.Headers`: the request's own as the plan sends them, `X-Sdk-Date`,
        then the signer's others. When the last request had the same header list in the same second, they are
        built once and copied (httpx copies an `httpx.Headers` without checking its headers again)."""
        kept = self._sent
        if kept is None or kept[0] is not plan or kept[1] != date:
            self._sent = (plan, date, None)
            return _headers(plan, date)
        if kept[2] is None:
            self._sent = kept = (plan, date, _headers(plan, date))
        return httpx.Headers(kept[2])

    def _date_text(self, now: int) -> str:
        if self._date[0] != now:
            self._date = (now, format_date(now))
        return self._date[1]

    def _hmac_key(self) -> _HmacKey:
        if self._key is None or self._key[0] is not self._sk:
            self._key = (self._sk, _HmacKey(self._sk.reveal().encode("utf-8")))
        return self._key[1]


class _HmacKey:
    """HMAC-SHA256 (RFC 2104) with the key's inner and outer padded blocks hashed once: `hexdigest(text)`
    equals `hmac.new(key, text.encode(), sha256).hexdigest()` (`signature`) at a third of the cost."""

    __slots__ = ("_inner", "_outer")

    def __init__(self, key: bytes) -> None:
        if len(key) > _SHA256_BLOCK:
            key = hashlib.sha256(key).digest()
        key = key.ljust(_SHA256_BLOCK, b"\0")
        self._inner = hashlib.sha256(key.translate(_IPAD))
        self._outer = hashlib.sha256(key.translate(_OPAD))

    def __repr__(self) -> str:
        return "_HmacKey(***)"

    def hexdigest(self, text: str) -> str:
        inner = self._inner.copy()
        inner.update(text.encode("utf-8"))
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


_SHA256_BLOCK = 64
_IPAD = bytes(x ^ 0x36 for x in range(256))
_OPAD = bytes(x ^ 0x5C for x in range(256))
_DATE = DATE_HEADER.lower()
_PROJECT = PROJECT_HEADER.lower()
_CONTENT_SHA256 = CONTENT_SHA256_HEADER.lower()
_SET_BY_SIGNER = frozenset({_DATE, _PROJECT, _CONTENT_SHA256, "authorization"})
_SET_BY_SIGNER_HASHED = _SET_BY_SIGNER - {_CONTENT_SHA256}  # a declared body hash is kept, and signed
_DATE_HEADER_BYTES = DATE_HEADER.encode()
_PROJECT_HEADER_BYTES = PROJECT_HEADER.encode()
_CONTENT_SHA256_HEADER_BYTES = CONTENT_SHA256_HEADER.encode()
_UNSIGNED_PAYLOAD_BYTES = UNSIGNED_PAYLOAD.encode()
_HASHED_CONTENT_TYPES = tuple(t.encode() for t in HASHED_CONTENT_TYPES)

RawHeaders = tuple[tuple[bytes, bytes], ...]


class _HeaderPlan(NamedTuple):
    """What signing takes from a request's header list. The canonical header lines, in two parts: those that
    sort before `x-sdk-date` and those after (the date changes every second); SignedHeaders; the request's
    headers to send (signed values trimmed, so that what the server reads is what was signed, without those
    the signer sets) and the signer's own after `X-Sdk-Date`; the payload hash the request declares; and why
    it cannot be signed, if it cannot."""

    lines_before_date: str
    lines_after_date: str
    signed: str
    sent: RawHeaders
    length_at: int | None  # the index of Content-Length in `sent`
    sent_after_date: RawHeaders
    declared: str | None
    problem: str | None  # a signed header value that is not UTF-8
    twice: str | None  # the first signed header name given more than once

    def with_length(self, length: bytes) -> _HeaderPlan:
        """This plan, of a list whose Content-Length is 0, for the same list with Content-Length `length`
        (which is sent, not signed)."""
        at = self.length_at
        assert at is not None
        return self._replace(sent=(*self.sent[:at], (self.sent[at][0], length), *self.sent[at + 1 :]))


def _headers(plan: _HeaderPlan, date: str) -> httpx.Headers:
    return httpx.Headers([*plan.sent, (_DATE_HEADER_BYTES, date.encode()), *plan.sent_after_date])


@lru_cache(maxsize=512)
def _header_plan(project_id: str | None, raw: RawHeaders) -> _HeaderPlan:
    """The plan of a header list, worked out once per list. A list whose one Content-Length is a number is
    planned as with Content-Length 0, and the number put back: POSTs share one plan whatever their lengths."""
    lengths = [i for i, (name, _) in enumerate(raw) if name.lower() == b"content-length"]
    if len(lengths) == 1:
        at = lengths[0]
        name, length = raw[at]
        if length.isdigit() and length != b"0":
            return _header_plan(project_id, (*raw[:at], (name, b"0"), *raw[at + 1 :])).with_length(length)
    return _plan(project_id, raw)


def _plan(project_id: str | None, raw: RawHeaders) -> _HeaderPlan:
    declared_type = content_type(raw)
    hashed = not declared_type or declared_type.startswith(_HASHED_CONTENT_TYPES)  # as `payload_is_hashed`
    replaced = _SET_BY_SIGNER_HASHED if hashed else _SET_BY_SIGNER
    listed = frozenset().union(*[connection_options(value) for name, value in raw if name.lower() == b"connection"])
    sent: list[tuple[bytes, bytes]] = []
    lines: dict[str, str] = {}  # signing name -> its canonical header line
    declared = problem = twice = None
    for raw_name, raw_value in raw:
        name = raw_name.decode("latin-1").lower()
        if name in replaced:
            continue
        if not is_signed(name, listed):
            sent.append((raw_name, raw_value))
            continue
        try:
            value = header_value(raw_value, name)
        except SigningError as exc:
            problem = problem or str(exc)
            continue
        if name in lines and twice is None:
            twice = name
        lines[name] = f"{name}:{value}\n"
        trimmed = value.encode()
        sent.append((raw_name, raw_value) if trimmed == raw_value else (raw_name, trimmed))
        if name == _CONTENT_SHA256:
            declared = value
    after_date: list[tuple[bytes, bytes]] = []
    if project_id:
        after_date.append((_PROJECT_HEADER_BYTES, project_id.encode()))
        lines[_PROJECT] = f"{_PROJECT}:{project_id}\n"
    if not hashed:
        after_date.append((_CONTENT_SHA256_HEADER_BYTES, _UNSIGNED_PAYLOAD_BYTES))
        lines[_CONTENT_SHA256] = f"{_CONTENT_SHA256}:{UNSIGNED_PAYLOAD}\n"
        declared = UNSIGNED_PAYLOAD
    signed = sorted([*lines, _DATE])
    return _HeaderPlan(
        "".join([lines[name] for name in signed if name < _DATE]),
        "".join([lines[name] for name in signed if name > _DATE]),
        ";".join(signed),
        tuple(sent),
        next((i for i, (name, _) in enumerate(sent) if name.lower() == b"content-length"), None),
        tuple(after_date),
        declared,
        problem,
        twice,
    )


@lru_cache(maxsize=1024)
def _canonical_head(method: str, raw_target: bytes, lines_before_date: str) -> tuple[hashlib._Hash, bytes | None]:
    """SHA-256 over the canonical request's method, URI, query and its header lines before the date's, to be
    copied and completed; and the target to send instead (`_canonical_target`)."""
    target = _canonical_target(raw_target)
    head = f"{method}\n{target.uri}\n{target.query}\n{lines_before_date}"
    return hashlib.sha256(head.encode("utf-8")), target.rewrite


class _Target(NamedTuple):
    uri: str  # canonical URI
    query: str  # canonical query
    rewrite: bytes | None  # the request target to send instead, when the query is not already canonical


@lru_cache(maxsize=1024)
def _canonical_target(raw_target: bytes) -> _Target:
    """The canonical URI and query of a request target (`/path?query` as sent), and the target to send."""
    raw_path, mark, raw_query = raw_target.decode("ascii").partition("?")
    query = canonical_query(raw_query)
    rewrite = None
    if query != raw_query or (mark and not query):  # a bare `?` goes too
        rewrite = (f"{raw_path}?{query}" if query else raw_path).encode("ascii")
    return _Target(canonical_uri(raw_path), query, rewrite)


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
