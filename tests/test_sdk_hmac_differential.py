"""`SdkHmacAuth` against Huawei's official signer (`huaweicloudsdkcore`), on generated requests.

Each case is one logical request: method, host, path, query, headers, body, date and credentials. httpx
builds it and our hook signs it; the same inputs go to the official SDK in the form its client hands
them to its signer (see `tests.oracles.official_sdk_hmac`). Both must produce the same Authorization,
send the same path and query, and send the same header values. Our verifier must also accept the
request the official SDK signed.

Conversions, and why they are honest:
- The SDK signs the resource path already percent-encoded (its client quotes path parameters first),
  so it gets the path exactly as httpx sends it; httpx is where percent-encoding of the URL happens.
- The SDK takes decoded query pairs (booleans as `bool`): for `params=` it gets the same pairs httpx
  got; for a query typed into the URL it gets the standard library's decoding of the query httpx sends.
- The SDK takes header values as text and sends them as UTF-8; httpx needs non-ASCII values as bytes,
  so it gets the UTF-8 encoding of the same text.
- The date: the SDK signs with an `X-Sdk-Date` header it is given; it gets the one our clock implies.
- The headers: the SDK signs every header it has when it signs; its HTTP library adds `Accept`,
  `Accept-Encoding`, `Connection` and `Content-Length` afterwards, unsigned. So it gets the request's
  headers without those and without the other hop-by-hop ones (`is_signed`), the set it would hold at that
  point, and the comparison of sent headers is over that set. The drawn headers include hop-by-hop and
  proxy-rewritten names, so the exclusion is exercised, not assumed.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qsl, quote, unquote_to_bytes

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from digihuman.auth.sdk_hmac import (
    RequestParts,
    SdkHmacAuth,
    connection_options,
    is_signed,
    parse_authorization,
    verify,
)
from digihuman.errors import SignatureRejected, SigningError
from digihuman.secret import Secret
from tests.oracles import official_sdk_hmac

CASES = 2500

# Any text but surrogates (not encodable) and control characters (not allowed in a URL or header), with
# URL-reserved and non-ASCII characters drawn often.
chars = st.characters(exclude_categories=("Cs", "Cc"))
text = st.text(chars, max_size=10)
often = st.sampled_from(list("!$&'()*+,;=:@ []{}|\\^`\"<>~-._你好é\u00a0😀aZ0"))
mixed_text = st.text(often | chars, max_size=10)
path_text = st.text(often | chars.filter(lambda c: c not in "/?#%"), max_size=8)  # `%` comes from the tokens

# A path segment as a user might type it: raw Unicode and reserved characters, percent-encoded input
# (`%2F`, lower-case hex, escapes of Unicode), a stray `%`, or escapes that are not UTF-8 (`%FF`).
segments = st.lists(
    path_text
    | text.map(lambda s: quote(s, safe=""))
    | text.map(lambda s: quote(s, safe="").lower())
    | st.sampled_from(["%2F", "%2f", "%7E", "%41", "%25", "%zz", "%", "%4", ".", "..", "~", "a+b", "", "%FF", "%C3"]),
    max_size=3,
).map("".join)
paths = st.builds(
    lambda segs, slash: "/" + "/".join(segs) + ("/" if slash else ""),
    st.lists(segments, max_size=5),
    st.booleans(),
)

BOOL_NAMES = ["with_count", "is_public", "Flag"]
str_params = st.tuples(mixed_text.filter(lambda n: n not in BOOL_NAMES), mixed_text)
bool_params = st.tuples(st.sampled_from(BOOL_NAMES), st.booleans())
# Repeated names: draw names from a small pool as well as freely.
pooled = st.tuples(st.sampled_from(["a", "A", "b", "limit", "名字", "a b", ""]), mixed_text)
params = st.lists(str_params | bool_params | pooled, max_size=6)


@st.composite
def raw_queries(draw: st.DrawFn) -> str:
    """A query typed into the URL: percent-encoded or raw text, `+` for space, `a` without `=`, empty
    values, empty pairs (`&&`), stray `%`."""
    encoded = text.map(lambda s: quote(s, safe=draw(st.sampled_from(["", "/", "+", "~!*()'"]))))
    plus = path_text.map(lambda s: s.replace("&", "").replace("=", ""))
    part = encoded | plus | st.sampled_from(["%zz", "%", "+", "%2B", "%20", "a+b", ""])
    items = draw(
        st.lists(
            st.tuples(part, part).map(lambda kv: f"{kv[0]}={kv[1]}") | part | st.just(""),
            max_size=6,
        )
    )
    return "&".join(items)


RESERVED_HEADERS = {
    "host",
    "authorization",
    "content-length",
    "content-type",
    "transfer-encoding",
    "x-sdk-date",
    "x-project-id",
    "x-sdk-content-sha256",
}
# Mixed-case names, some with `_` (sent but not signed), none that the signer or httpx set themselves; and
# names that are never signed (hop-by-hop, or rewritten by proxies).
header_names = st.builds(
    lambda first, rest: first + rest, st.sampled_from("aAxXyZ"), st.text(st.sampled_from("aBxY09-_"), max_size=8)
).filter(lambda n: n.lower() not in RESERVED_HEADERS) | st.sampled_from(
    ["Connection", "Keep-Alive", "TE", "Trailer", "Upgrade", "Proxy-Authorization", "proxy-x"]
    + ["X-Security-Token", "User-Agent"]
)
padding = st.sampled_from(["", " ", "  ", "\t", " \t ", "\u3000", "\u00a0"])
header_values = st.builds(lambda a, v, b: a + v + b, padding, mixed_text, padding)
headers = st.dictionaries(header_names, header_values, max_size=5).map(
    lambda d: {k: v for k, v in d.items() if k.lower() not in {other.lower() for other in d if other != k}}
)

CONTENT_TYPES = [
    None,
    "application/json",
    "application/json;charset=UTF-8",
    "application/bson",
    "multipart/form-data; boundary=+++",
    "application/octet-stream",
    "text/plain; charset=utf-8",
    "application/x-www-form-urlencoded",
    "Application/JSON",
    " application/json",
]
json_bodies = st.dictionaries(text, st.none() | st.booleans() | st.integers() | text, max_size=4).map(
    lambda d: json.dumps(d, ensure_ascii=False).encode()
)
bodies = st.just(b"") | json_bodies | st.binary(max_size=64)

HOSTS = ["metastudio.ap-southeast-3.myhuaweicloud.com", "metastudio-api.cn-north-4.myhuaweicloud.com", "127.0.0.1:8443"]
dates = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31, 23, 59, 59))


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as c:
        yield c


def utf8_decodable(raw: str) -> bool:
    try:
        unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
    host=st.sampled_from(HOSTS),
    path=paths,
    query=params | raw_queries(),
    extra=headers,
    content_type=st.sampled_from(CONTENT_TYPES),
    body=bodies,
    when=dates,
    fraction=st.floats(0, 0.999),
    ak=st.text(st.sampled_from("ABCXYZ0189"), min_size=1, max_size=24),
    sk=st.text(chars, min_size=1, max_size=40),
    project_id=st.none() | st.text(st.sampled_from("0123456789abcdef"), min_size=32, max_size=32),
)
def test_authorization_equals_the_official_signers(
    client, method, host, path, query, extra, content_type, body, when, fraction, ak, sk, project_id
) -> None:  # type: ignore[no-untyped-def]
    sent_headers: dict[str, str | bytes] = {k: v.encode() for k, v in extra.items()}
    if content_type is not None:
        sent_headers["Content-Type"] = content_type
    url = f"https://{host}{path}" + (f"?{query}" if isinstance(query, str) and query else "")
    request = client.build_request(
        method, url, params=query if isinstance(query, list) else None, headers=sent_headers, content=body
    )

    # The official SDK's inputs, taken before our hook touches the request.
    raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
    sdk_query = query if isinstance(query, list) else parse_qsl(raw_query, keep_blank_values=True)
    ts = calendar.timegm(when.timetuple())
    listed = connection_options(request.headers.get("connection"))
    sdk_headers = {
        k.decode("ascii"): v.decode("utf-8")
        for k, v in request.headers.raw
        if is_signed(k.decode("ascii").lower(), listed)
    }
    sdk_headers["X-Sdk-Date"] = when.strftime("%Y%m%dT%H%M%SZ")
    official = official_sdk_hmac(method, host, raw_path, sdk_query, sdk_headers, body, ak, sk, project_id)

    official_parts = RequestParts.from_target(
        method, official.uri, [(k, v.encode("latin-1")) for k, v in official.headers.items()], body
    )
    auth = SdkHmacAuth(ak, Secret(sk), project_id=project_id, clock=lambda: ts + fraction)
    if not utf8_decodable(raw_path):
        # Escapes that are not UTF-8: the official signer signs U+FFFD in their place, which the
        # algorithm note does not say; ours refuses to sign, and to accept, such a path (see test_sdk_hmac.py).
        with pytest.raises(SigningError, match="not UTF-8"):
            auth.sign(request)
        with pytest.raises(SignatureRejected):
            verify(official_parts, {ak: Secret(sk)}, now=ts)
        event("path escapes not UTF-8: refused")
        return
    auth.sign(request)
    event("compared with the official signer")

    assert request.headers["Authorization"] == official.authorization
    assert request.url.raw_path.decode("ascii") == official.uri
    ours = {k.decode("ascii").lower(): v for k, v in request.headers.raw}
    theirs = {k.lower(): v.encode("latin-1") for k, v in official.headers.items()}
    assert {k: v for k, v in ours.items() if is_signed(k, listed) or k == "authorization"} == theirs
    assert set(parse_authorization(request.headers["Authorization"]).signed_headers) == {
        k for k in theirs if "_" not in k and k != "authorization"
    }

    # The request the official SDK would send passes our server-side check.
    assert verify(official_parts, {ak: Secret(sk)}, now=ts) == ak
