"""`SdkHmacAuth.sign` works out what depends on a request's header list once per list (and its headers to send
once per list and second), and treats lists that differ only in a Content-Length number as one: in any order
of requests and seconds, each is signed as the part functions (`canonical_request`, `signature`), which
`verify` runs, sign it alone."""

from __future__ import annotations

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from digihuman.auth import SdkHmacAuth
from digihuman.auth.sdk_hmac import (
    RequestParts,
    authorization,
    canonical_request,
    format_date,
    parse_authorization,
    signature,
    signed_headers,
    string_to_sign,
    verify,
)
from digihuman.secret import Secret

AK, SK, T = "HPUAEXAMPLEAK", "example-sk-never-shown", 1713261221
HOST = "metastudio.ap-southeast-3.myhuaweicloud.com"

extra_headers = st.sampled_from(
    [
        {},
        {"Content-Type": "application/json"},
        {"Content-Type": "multipart/form-data; boundary=x"},
        {"Content-Length": "007"},
        {"Accept": "a", "Connection": "close, X-Trace", "X-Trace": "t"},
        {"X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"},
        {"X-Trace": "  padded  "},
        {"X-Sdk-Date": "stale", "Authorization": "stale"},
    ]
)
requests = st.tuples(
    st.integers(0, 1),  # seconds after the previous request
    st.sampled_from(["GET", "POST", "PUT"]),
    st.sampled_from(["/v1/p/jobs", "/v1/p/jobs?b=2&a=1", "/v1/p/a%2Fb"]),
    st.binary(max_size=40),
    extra_headers,
)


def expected(request: httpx.Request, project_id: str | None, now: int) -> str:
    """The Authorization the part functions give for the request as signed (its own headers and the date)."""
    date = format_date(now)
    parts = RequestParts.from_httpx(request)
    signed = parse_authorization(request.headers["Authorization"]).signed_headers
    sig = signature(Secret(SK), string_to_sign(date, canonical_request(parts, signed)))
    assert signed == tuple(signed_headers(request.headers.raw))
    assert request.headers["X-Sdk-Date"] == date
    assert request.headers.get("X-Project-Id") == project_id
    return authorization(AK, signed, sig)


@settings(max_examples=200, deadline=None)
@given(batch=st.lists(requests, min_size=1, max_size=8), project_id=st.sampled_from([None, "0a1b2c"]))
def test_each_request_is_signed_as_on_its_own(batch, project_id) -> None:  # type: ignore[no-untyped-def]
    now = T
    auth = SdkHmacAuth(AK, Secret(SK), project_id=project_id, clock=lambda: now)
    for later, method, target, body, headers in batch:
        now += later
        request = httpx.Request(method, f"https://{HOST}{target}", headers=headers, content=body or None)
        auth.sign(request)
        assert request.headers["Authorization"] == expected(request, project_id, now)
        assert verify(RequestParts.from_httpx(request), {AK: Secret(SK)}, now=now) == AK
