"""Each part of `SDK-HMAC-SHA256` on its own, with values worked by hand from
shared/reference/huawei-apig-signing.md, then the hook and the server-side check as a whole."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from digihuman.auth import SdkHmacAuth
from digihuman.auth.sdk_hmac import (
    EMPTY_SHA256,
    MAX_BODY_BYTES,
    RequestParts,
    authorization,
    canonical_headers,
    canonical_query,
    canonical_request,
    canonical_request_of,
    canonical_uri,
    from_env,
    header_values,
    parse_authorization,
    payload_hash,
    payload_is_hashed,
    signature,
    signed_headers,
    string_to_sign,
    verify,
)
from digihuman.errors import ConfigurationError, SignatureRejected, SigningError
from digihuman.secret import Secret
from tests.oracles import official_sdk_hmac

AK = "HPUAEXAMPLEAK"
SK = "example-sk-never-shown"
T = 1713261221  # 2024-04-16 09:53:41 UTC, the date of the seed's example header
DATE = "20240416T095341Z"
HOST = "metastudio.ap-southeast-3.myhuaweicloud.com"


@pytest.mark.parametrize(
    ("raw_path", "expected"),
    [
        ("/v1/abc/videos", "/v1/abc/videos/"),  # a trailing slash is added ...
        ("/v1/abc/videos/", "/v1/abc/videos/"),  # ... only once
        ("/", "/"),
        ("", "/"),
        ("/a%2Fb", "/a/b/"),  # decoded before the split: %2F separates segments
        ("/a%2fb/c", "/a/b/c/"),
        ("/a%20b/%E4%BD%A0", "/a%20b/%E4%BD%A0/"),
        ("/%7Euser/A-Z_a.z~0", "/~user/A-Z_a.z~0/"),  # unreserved characters are never encoded
        ("/a+b/x:y@z!", "/a%2Bb/x%3Ay%40z%21/"),  # reserved characters always are
        ("/%e4%bd%a0", "/%E4%BD%A0/"),  # escapes come out in upper case
        ("/%zz/%", "/%25zz/%25/"),  # a `%` that is no escape is a literal `%`
        ("/你好", "/%E4%BD%A0%E5%A5%BD/"),  # a server may hand over decoded text: encoded as UTF-8
        ("//a", "//a/"),
    ],
)
def test_canonical_uri(raw_path: str, expected: str) -> None:
    assert canonical_uri(raw_path) == expected


def test_canonical_uri_refuses_escapes_that_are_not_utf8() -> None:
    with pytest.raises(SigningError, match="path has percent-escapes that are not UTF-8"):
        canonical_uri("/a%FF")


def test_official_signer_signs_u_fffd_for_escapes_that_are_not_utf8() -> None:
    """The discrepancy behind the refusal above: the official signer decodes `%FF` to U+FFFD, so `/a%FF`
    and `/a%EF%BF%BD` get the same signature, a case the algorithm note does not cover."""
    headers = {"Host": HOST, "X-Sdk-Date": DATE}
    invalid = official_sdk_hmac("GET", HOST, "/a%FF", [], headers, b"", AK, SK, None)
    replacement = official_sdk_hmac("GET", HOST, "/a%EF%BF%BD", [], headers, b"", AK, SK, None)
    assert invalid.authorization == replacement.authorization


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ""),
        ("limit=10&offset=0", "limit=10&offset=0"),
        ("offset=0&limit=10", "limit=10&offset=0"),  # sorted by name
        ("b=2&a=z&a=1&a=", "a=&a=1&a=z&b=2"),  # repeated names sorted by value, empty first
        ("flag&e=", "e=&flag="),  # a name without `=` has the empty value
        ("a=1&&b=2&", "a=1&b=2"),  # empty pairs are no parameters
        ("q=a+b&r=a%2Bb&s=a%20b", "q=a%20b&r=a%2Bb&s=a%20b"),  # `+` is a space; encoded as %20
        ("%E5%90%8D=%E5%80%BC", "%E5%90%8D=%E5%80%BC"),
        ("名=值", "%E5%90%8D=%E5%80%BC"),
        ("x=%7e~%2f/", "x=~~%2F%2F"),
        ("a=b=c", "a=b%3Dc"),  # only the first `=` separates
        ("a%5B=1&aA=2", "aA=2&a%5B=1"),  # sorted on decoded text: "aA" < "a[" though "a%5B" < "aA"
        ("v=%zz", "v=%25zz"),
    ],
)
def test_canonical_query(query: str, expected: str) -> None:
    assert canonical_query(query) == expected


def test_canonical_query_of_pairs_and_urls() -> None:
    assert canonical_query([("with_count", True), ("is_public", False), ("n", 5)]) == (
        "is_public=false&n=5&with_count=true"
    )
    assert canonical_query([("b", "x y"), ("a", "你")]) == "a=%E4%BD%A0&b=x%20y"
    assert canonical_query(httpx.URL("https://h/p?b=1&a=2")) == "a=2&b=1"
    assert canonical_query(httpx.URL("https://h/p", params={"a": True, "s": "x y"})) == "a=true&s=x%20y"


def test_header_values_are_lowercase_trimmed_text() -> None:
    raw = [(b"Content-Type", b" application/json "), (b"X-Name", "  你好\t".encode()), (b"X-Empty", b"   ")]
    assert header_values(raw) == {"content-type": "application/json", "x-name": "你好", "x-empty": ""}
    assert header_values({"X-A": "\u3000a b\u00a0"}) == {"x-a": "a b"}  # `str.strip()`, as the SDK trims


def test_a_header_given_twice_is_refused() -> None:
    with pytest.raises(SigningError, match="'x-a' is given more than once"):
        header_values([("X-A", "1"), ("x-a", "2")])


def test_signed_headers_are_sorted_lowercase_names_without_underscores() -> None:
    headers = {"X-Sdk-Date": DATE, "Host": HOST, "Content-Type": "application/json", "X_Trace": "1", "a_b-c": "2"}
    assert signed_headers(headers) == ["content-type", "host", "x-sdk-date"]


def test_headers_an_intermediary_may_change_are_never_signed() -> None:
    sent = [
        ("Host", HOST),
        ("Accept", "*/*"),
        ("Accept-Encoding", "gzip, deflate"),
        ("Connection", "keep-alive, X-Hop"),
        ("Keep-Alive", "timeout=5"),
        ("TE", "trailers"),
        ("Trailer", "X-Sum"),
        ("Transfer-Encoding", "chunked"),
        ("Upgrade", "h2c"),
        ("Proxy-Authorization", "Basic eA=="),
        ("Proxy-Connection", "keep-alive"),
        ("Content-Length", "12"),
        ("X-Hop", "listed in Connection"),
        ("User-Agent", "digihuman"),
        ("Content-Type", "application/json"),
        ("X-Project-Id", "p"),
        ("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"),
        ("X-Security-Token", "t"),
        ("X-App-User-Id", "u"),
        ("X-Sdk-Date", DATE),
    ]
    assert signed_headers(sent) == [
        "content-type",
        "host",
        "user-agent",
        "x-app-user-id",
        "x-project-id",
        "x-sdk-content-sha256",
        "x-sdk-date",
        "x-security-token",
    ]


def test_signing_ignores_what_it_does_not_sign() -> None:
    """Unsigned headers given twice, or not UTF-8, do not stop signing; they are sent as given."""
    request = httpx.Request(
        "GET", f"https://{HOST}/v1/p/videos", headers=[("Accept", "a"), ("Accept", "b"), ("Accept-Encoding", b"\xff")]
    )
    auth().sign(request)
    assert request.headers.get_list("accept") == ["a", "b"]
    signed = parse_authorization(request.headers["Authorization"]).signed_headers
    assert signed == ("host", "x-project-id", "x-sdk-date")
    assert verify(RequestParts.from_httpx(request), {AK: Secret(SK)}, T) == AK


def test_canonical_headers() -> None:
    headers = {"Host": HOST, "X-Sdk-Date": f"  {DATE} ", "Content-Type": "application/json", "X_Trace": "1"}
    signed = ["content-type", "host", "x-sdk-date"]
    assert canonical_headers(headers, signed) == (f"content-type:application/json\nhost:{HOST}\nx-sdk-date:{DATE}\n")
    with pytest.raises(SigningError, match="x-project-id not in the request"):
        canonical_headers(headers, [*signed, "x-project-id"])


@pytest.mark.parametrize(
    ("content_type", "hashed"),
    [
        (None, True),
        ("application/json", True),
        ("application/json;charset=UTF-8", True),
        ("application/bson", True),
        ("multipart/form-data; boundary=+++", False),
        ("application/octet-stream", False),
        ("text/plain", False),
    ],
)
def test_payload_is_hashed(content_type: str | None, hashed: bool) -> None:
    assert payload_is_hashed(content_type) is hashed


def test_payload_hash() -> None:
    body = b'{"name":"a"}'
    assert payload_hash(b"", {}) == EMPTY_SHA256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert payload_hash(body, {}) == "d9d719b27480b55cd4918020e7473e716ed3569c8adafe926cf9b10b4f8ef064"
    assert payload_hash(body, {"X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"}) == "UNSIGNED-PAYLOAD"
    # No body: the empty string's hash, even when the header says UNSIGNED-PAYLOAD (as the official signer does).
    assert payload_hash(b"", {"X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"}) == EMPTY_SHA256


def test_string_to_sign() -> None:
    sha256_abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"  # FIPS 180-2 example
    assert string_to_sign(DATE, "abc") == f"SDK-HMAC-SHA256\n{DATE}\n{sha256_abc}"


def test_signature_is_hex_hmac_sha256_keyed_by_the_sk() -> None:
    # RFC 4231 test case 2
    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert signature(Secret("Jefe"), "what do ya want for nothing?") == expected


def test_authorization_and_its_parse() -> None:
    value = authorization(AK, ["content-type", "host", "x-sdk-date"], "ab12")
    assert value == f"SDK-HMAC-SHA256 Access={AK}, SignedHeaders=content-type;host;x-sdk-date, Signature=ab12"
    parsed = parse_authorization(value)
    assert (parsed.access, parsed.signed_headers, parsed.signature) == (
        AK,
        ("content-type", "host", "x-sdk-date"),
        "ab12",
    )
    for bad in ["", "AWS4-HMAC-SHA256 Access=a, SignedHeaders=host, Signature=x", "SDK-HMAC-SHA256 Access=a"]:
        with pytest.raises(SignatureRejected) as info:
            parse_authorization(bad)
        assert info.value.reason == "malformed"


def auth(project_id: str | None = "0a1b2c", clock_time: float = T) -> SdkHmacAuth:
    return SdkHmacAuth(AK, Secret(SK), project_id=project_id, clock=lambda: clock_time)


def test_a_worked_request() -> None:
    request = httpx.Request(
        "POST",
        f"https://{HOST}/v1/0a1b2c/digital-assets?limit=10&asset_type=HUMAN_MODEL",
        headers={"Content-Type": "application/json"},
        content=b'{"name":"a"}',
    )
    to_sign = auth().sign(request)
    canonical = (
        "POST\n"
        "/v1/0a1b2c/digital-assets/\n"
        "asset_type=HUMAN_MODEL&limit=10\n"
        "content-type:application/json\n"
        f"host:{HOST}\n"
        "x-project-id:0a1b2c\n"
        f"x-sdk-date:{DATE}\n"
        "\n"
        "content-type;host;x-project-id;x-sdk-date\n"
        "d9d719b27480b55cd4918020e7473e716ed3569c8adafe926cf9b10b4f8ef064"
    )
    assert canonical_request_of(request) == canonical
    assert to_sign == f"SDK-HMAC-SHA256\n{DATE}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    assert request.headers["X-Sdk-Date"] == DATE
    assert request.headers["X-Project-Id"] == "0a1b2c"
    # The canonical query is what is sent; the canonical URI's trailing slash is not.
    assert request.url.raw_path == b"/v1/0a1b2c/digital-assets?asset_type=HUMAN_MODEL&limit=10"
    official = official_sdk_hmac(
        "POST",
        HOST,
        "/v1/0a1b2c/digital-assets",
        [("limit", "10"), ("asset_type", "HUMAN_MODEL")],
        {"Host": HOST, "Content-Type": "application/json", "X-Sdk-Date": DATE},  # as its HTTP library adds the rest
        b'{"name":"a"}',
        AK,
        SK,
        "0a1b2c",
    )
    assert request.headers["Authorization"] == official.authorization


def test_no_project_id_no_header() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1/p/videos")
    auth(project_id=None).sign(request)
    assert "x-project-id" not in request.headers
    assert "SignedHeaders=host;x-sdk-date," in request.headers["Authorization"]


def test_multipart_is_sent_unsigned_payload() -> None:
    with httpx.Client() as client:
        request = client.build_request(
            "POST", f"https://{HOST}/v1/p/files", files={"file": ("a.png", b"\x89PNG\r\n", "image/png")}
        )
    auth().sign(request)
    assert request.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
    assert "x-sdk-content-sha256" in parse_authorization(request.headers["Authorization"]).signed_headers
    assert canonical_request_of(request).endswith("\nUNSIGNED-PAYLOAD")
    assert verify(RequestParts.from_httpx(request), {AK: Secret(SK)}, now=T) == AK


def test_a_body_over_12_mb_needs_token_auth() -> None:
    request = httpx.Request("PUT", f"https://{HOST}/v1/p/files", content=b"\0" * MAX_BODY_BYTES)
    auth().sign(request)  # exactly 12 MB is allowed
    request = httpx.Request("PUT", f"https://{HOST}/v1/p/files", content=b"\0" * (MAX_BODY_BYTES + 1))
    with pytest.raises(SigningError) as info:
        auth().sign(request)
    message = str(info.value)
    assert "limited to 12 MB" in message and "HUAWEICLOUD_SDK_TOKEN" in message
    assert SK not in message


def test_signing_again_replaces_the_previous_signature() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1/p/videos?b=1&a=2")
    auth(clock_time=T - 60).sign(request)
    auth().sign(request)
    fresh = httpx.Request("GET", f"https://{HOST}/v1/p/videos?b=1&a=2")
    auth().sign(fresh)
    assert request.headers.raw == fresh.headers.raw and request.url == fresh.url


def test_sent_header_values_are_the_trimmed_signed_ones() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1/p", headers={"X-Note": "  你好 ".encode()})
    auth().sign(request)
    assert request.headers.raw[1] == (b"X-Note", "你好".encode())


def test_secrets_never_show() -> None:
    hook = auth()
    assert SK not in repr(hook) and SK not in str(hook)
    request = httpx.Request("POST", f"https://{HOST}/v1/p", content=b"{}")
    shown = hook.sign(request) + canonical_request_of(request) + str(request.headers)
    assert SK not in shown
    with pytest.raises(SigningError) as info:
        hook.sign(httpx.Request("GET", f"https://{HOST}/v1/%FF"))
    assert SK not in str(info.value)


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_AK is not set"):
        from_env()
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", AK)
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_SK is not set") as info:
        from_env()
    assert SK not in str(info.value)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", SK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "p1")
    hook = from_env()
    assert (hook.ak, hook.project_id) == (AK, "p1")
    assert SK not in repr(hook)
    assert from_env(env={"HUAWEICLOUD_SDK_AK": "x", "HUAWEICLOUD_SDK_SK": "y"}).project_id is None


# The server side: what a mock built on `verify` accepts and rejects.


def signed_parts(**changes: object) -> RequestParts:
    request = httpx.Request("POST", f"https://{HOST}/v1/p/videos?x=1", json={"a": "你好"})
    auth().sign(request)
    parts = RequestParts.from_httpx(request)
    return RequestParts(**{**parts.__dict__, **changes})  # type: ignore[arg-type]


def rejection(parts: RequestParts, now: float = T) -> str:
    with pytest.raises(SignatureRejected) as info:
        verify(parts, {AK: Secret(SK)}, now)
    assert SK not in str(info.value)
    return info.value.reason


def test_verify_accepts_within_15_minutes() -> None:
    keys = {AK: Secret(SK)}
    assert verify(signed_parts(), keys, T) == AK
    assert verify(signed_parts(), keys, T + 900) == AK
    assert verify(signed_parts(), keys, T - 900) == AK
    assert rejection(signed_parts(), T + 901) == "expired"
    assert rejection(signed_parts(), T - 901) == "expired"


def test_verify_from_a_request_line_and_raw_headers() -> None:
    """As a server gets it: the target of the request line, header bytes, the body."""
    parts = signed_parts()
    target = f"{parts.raw_path}?{parts.raw_query}"
    received = [(name.lower(), value) for name, value in parts.headers]  # type: ignore[union-attr]
    assert verify(RequestParts.from_target("POST", target, received, parts.body), {AK: Secret(SK)}, T) == AK


def test_verify_rejects_any_change() -> None:
    parts = signed_parts()
    headers = list(parts.headers)  # type: ignore[arg-type]
    assert rejection(signed_parts(body=b'{"a": "x"}')) == "mismatch"
    assert rejection(signed_parts(raw_path="/v1/p/videos2")) == "mismatch"
    assert rejection(signed_parts(raw_query="x=2")) == "mismatch"
    assert rejection(signed_parts(method="PUT")) == "mismatch"
    assert rejection(signed_parts(headers=[*headers[:-1], (b"Authorization", b"x")])) == "malformed"
    changed = [(k, b"other" if k == b"X-Project-Id" else v) for k, v in headers]
    assert rejection(signed_parts(headers=changed)) == "mismatch"
    dropped = [(k, v) for k, v in headers if k != b"X-Project-Id"]
    assert rejection(signed_parts(headers=dropped)) == "mismatch"
    declared = [*headers, (b"X-Sdk-Content-Sha256", EMPTY_SHA256.encode())]
    assert rejection(signed_parts(headers=declared)) == "mismatch"
    with pytest.raises(SignatureRejected) as info:
        verify(parts, {"another-ak": Secret(SK)}, T)
    assert info.value.reason == "unknown_key"


def test_verify_needs_host_and_date_signed() -> None:
    request = httpx.Request("GET", f"https://{HOST}/v1/p", headers={"X-Sdk-Date": DATE})
    signed = ["x-sdk-date"]
    to_sign = string_to_sign(DATE, canonical_request(RequestParts.from_httpx(request), signed))
    request.headers["Authorization"] = authorization(AK, signed, signature(Secret(SK), to_sign))
    assert rejection(RequestParts.from_httpx(request)) == "malformed"


def test_verify_refuses_bodies_over_12_mb() -> None:
    assert rejection(signed_parts(body=b"\0" * (MAX_BODY_BYTES + 1))) == "too_large"


async def test_signs_through_sync_and_async_clients() -> None:
    """The hook as httpx runs it: the bytes reaching the transport pass the server-side check."""
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        target = request.url.raw_path.decode("ascii")
        parts = RequestParts.from_target(request.method, target, request.headers.raw, request.read())
        seen.append(verify(parts, {AK: Secret(SK)}, T))
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(server)
    with httpx.Client(auth=auth(), transport=transport, base_url=f"https://{HOST}") as client:
        client.post("/v1/p/videos", params={"b": "x y", "a": True}, json={"text": "你好"})
    async with httpx.AsyncClient(auth=auth(), transport=transport, base_url=f"https://{HOST}") as aclient:
        await aclient.get("/v1/p/videos/%E4%BD%A0", params=[("a", "2"), ("a", "1")])
    assert seen == [AK, AK]
