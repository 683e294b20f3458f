"""`XTokenAuth` on requests the CLI does not build: which bodies are signed, and how the headers are set."""

from __future__ import annotations

import json

import httpx
import pytest

from digihuman.auth import XTokenAuth
from digihuman.auth.base import JSON_BODY
from digihuman.policy.clients import HttpClient
from digihuman.secret import Secret
from tests.oracles import generate_x_token

BODY = {"b": "x y", "a": [1, {"z": "你 好"}]}
TS = 1700000000


def signed(content_types: list[str], app_id: str = "app", extra: tuple[tuple[bytes, bytes], ...] = ()) -> httpx.Request:
    headers = [(b"Content-Type", value.encode()) for value in content_types] + list(extra)
    request = httpx.Request("POST", "https://h/Path?Q=1", headers=headers, content=json.dumps(BODY).encode())
    XTokenAuth(app_id, Secret("s"), clock=lambda: TS).sign(request)
    return request


@pytest.mark.parametrize(
    ("content_types", "data"),
    [
        (["application/json"], BODY),
        (["application/json; charset=utf-8"], BODY),
        (["application/json", "text/plain"], BODY),  # the first one decides, as `headers.get` joins them
        (["text/plain", "application/json"], {}),
        (["Application/JSON"], {}),
        ([], {}),
    ],
)
def test_json_bodies_are_signed(content_types: list[str], data: object) -> None:
    token = signed(content_types).headers["x-token"]
    assert token == generate_x_token(data, "s", "/Path?Q=1", "POST", TS)


def test_a_non_ascii_app_id_is_encoded_as_the_other_headers_are() -> None:
    utf8 = signed(["application/json"], "应用", ((b"X-Name", "é".encode()),))
    assert utf8.headers.raw[-3] == (b"X-APP-ID", "应用".encode())
    with pytest.raises(UnicodeEncodeError):  # httpx encodes a header set by name in the others' encoding
        signed(["application/json"], "应用")


@pytest.mark.parametrize("content_type", [None, "application/json", "text/plain"])
def test_our_client_sends_the_body_as_the_demo_renders_it(content_type: str | None) -> None:
    """`json=` through our client: the bytes are `json.dumps(data, sort_keys=True)`, and the token is the demo's
    (for a body declared as another type than JSON, the demo's `{}`)."""
    auth = XTokenAuth("app", Secret("s"), clock=lambda: TS)
    headers = {} if content_type is None else {"Content-Type": content_type}
    with HttpClient(auth=auth) as client:
        request = client.build_request("POST", "https://h/Path", json=BODY, headers=headers)
    assert request.content == json.dumps(BODY, sort_keys=True).encode()
    assert request.headers["content-type"] == (content_type or "application/json")
    assert (JSON_BODY in request.extensions) is (content_type != "text/plain")  # marked only when declared JSON
    auth.sign(request)
    data = BODY if content_type != "text/plain" else {}
    assert request.headers["x-token"] == generate_x_token(data, "s", "/Path", "POST", TS)


def test_a_body_other_than_the_one_rendered_is_parsed() -> None:
    """The request names the bytes it sent as rendered; other bytes (a body replaced afterwards) are parsed."""
    auth = XTokenAuth("app", Secret("s"), clock=lambda: TS)
    with HttpClient(auth=auth) as client:
        rendered = client.build_request("POST", "https://h/Path", json=BODY)
    other = {"other": "body"}
    request = httpx.Request(
        "POST",
        "https://h/Path",
        json=other,
        extensions=rendered.extensions,  # names the first request's bytes
    )
    auth.sign(request)
    assert request.headers["x-token"] == generate_x_token(other, "s", "/Path", "POST", TS)
