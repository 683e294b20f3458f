"""`XTokenAuth` on requests the CLI does not build: which bodies are signed, and how the headers are set."""

from __future__ import annotations

import json

import httpx
import pytest

from digihuman.auth import XTokenAuth
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
