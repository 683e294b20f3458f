"""`digihuman sign` prints the headers the client would send; they must equal the independent oracles'."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
import time
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digihuman.cli import main
from digihuman.mock.demo import ENV
from tests.oracles import aw_authorization, generate_x_token, official_sdk_hmac

# JSON values as the vendors' bodies hold them: Chinese text, spaces inside values, nesting.
text = st.text(alphabet=st.sampled_from(list("abc XYZ 你好 世界 \"'\\/:,{}")), max_size=12)
scalars = st.none() | st.booleans() | st.integers(-(10**12), 10**12) | text
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3), max_leaves=8
)
bodies = st.dictionaries(text, values, max_size=5)
queries = st.lists(st.tuples(st.from_regex(r"[a-z_]{1,6}", fullmatch=True), text), max_size=3)


def run_sign(*argv: str) -> dict[str, object]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["sign", *argv]) == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


@settings(max_examples=150, deadline=None)
@given(body=bodies, query=queries, method=st.sampled_from(["POST", "PUT", "GET", "DELETE"]), ts=st.integers(1, 2**31))
def test_xtoken_matches_vendor_demo(body, query, method, ts) -> None:  # type: ignore[no-untyped-def]
    path = "/user/v1/video_synthesis_task/Get_Render_Task"
    qs = urlencode(query)
    url = "https://nebula-agent.xingyun3d.com" + path + (f"?{qs}" if qs else "")
    args = ["xingyun", "--method", method, "--url", url, "--time", str(ts)]
    sent = json.dumps(body, ensure_ascii=False)
    if method != "GET":
        args += ["--body", sent]
    out = run_sign(*args)
    headers = out["headers"]
    assert isinstance(headers, dict)
    # The demo signs the path with its query as sent, and `{}` for GET.
    api_path = path + (f"?{qs}" if qs else "")
    expected = generate_x_token(
        body if method != "GET" else {}, ENV["xingyun"]["XINGYUN_APP_SECRET"], api_path, method, ts
    )
    assert headers["x-token"] == expected
    assert headers["x-app-id"] == ENV["xingyun"]["XINGYUN_APP_ID"]
    assert headers["x-timestamp"] == str(ts)
    assert headers["host"] == "nebula-agent.xingyun3d.com"
    if method != "GET":
        assert headers["content-type"] == "application/json"
    assert ENV["xingyun"]["XINGYUN_APP_SECRET"] not in json.dumps(out)


def test_xtoken_spaces_inside_values_are_removed_only_for_signing() -> None:
    body = {"video_name": "Hello world", "look_name": "a b"}
    out = run_sign(
        "xingyun", "--method", "POST", "--url", "https://h/x?A=B", "--time", "1489133053", "--body", json.dumps(body)
    )
    assert '"video_name":"Helloworld"' in str(out["string_to_sign"])
    assert str(out["string_to_sign"]).startswith("/x?a=bpost{")
    assert out["headers"]["x-token"] == generate_x_token(body, "mock-app-secret", "/x?A=B", "POST", 1489133053)  # type: ignore[index]


@settings(max_examples=100, deadline=None)
@given(ts=st.integers(10**9, 2**31), method=st.sampled_from(["POST", "GET"]), body=bodies)
def test_aw_matches_reference(ts, method, body) -> None:  # type: ignore[no-untyped-def]
    env = ENV["metaworks"]
    args = ["metaworks", "--method", method, "--url", "https://api.example.com/card/generate", "--time", str(ts)]
    if method == "POST":
        args += ["--body", json.dumps(body, ensure_ascii=False)]
    out = run_sign(*args)
    expected = aw_authorization(env["METAWORKS_APP_KEY"], env["METAWORKS_APP_SECRET"], env["METAWORKS_APP_NAME"], ts)
    assert out["headers"]["authorization"] == expected  # type: ignore[index]
    assert out["string_to_sign"] == f"{ts}:{env['METAWORKS_APP_KEY']}:{env['METAWORKS_APP_NAME']}"


def test_aw_layout_matches_the_vendor_example() -> None:
    """The vendor's published header decodes to `timestamp:` + 32 raw bytes; ours has the same layout."""
    published = "MTU1Mzg0MDYxNDrI0UoB6Nghb9AvxaNVlImCTLRyNPQAsHJji3u8xWa/vw=="
    decoded = base64.b64decode(published)
    assert decoded[:11] == b"1553840614:" and len(decoded) == 11 + 32
    from digihuman.auth.aw import aw_sign

    ours = base64.b64decode(aw_sign("secret", 1553840614, "1bf2dac253dea653b9af3a41f7816dd5aeef5c0c", "app"))
    assert ours[:11] == b"1553840614:" and len(ours) == 43


def test_sign_body_is_sent_byte_for_byte() -> None:
    out = run_sign(
        "xingyun", "--method", "POST", "--url", "https://h/p", "--time", "1", "--body", '{"b": 1,  "a": "x"}'
    )
    assert out["headers"]["content-length"] == str(len(b'{"b": 1,  "a": "x"}'))  # type: ignore[index]


HUAWEI = {"HUAWEICLOUD_SDK_AK": "HPUAEXAMPLEAK", "HUAWEICLOUD_SDK_SK": "example-sk-never-shown"}
huawei_text = st.text(alphabet=st.sampled_from(list("abc XYZ 你好 +&=/%~_-.!")), max_size=8)


@pytest.fixture
def huawei_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in HUAWEI.items():
        monkeypatch.setenv(name, value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE"]),
    path=st.sampled_from(["/v1/0a1b2c/videos", "/v1/0a1b2c/digital-assets/", "/v1/p/files/%E4%BD%A0%2Fx"]),
    query=st.lists(st.tuples(huawei_text, huawei_text), max_size=4),
    body=bodies,
    header=st.none() | st.tuples(st.sampled_from(["X-Request-Id", "X_Trace", "x-app-user-id"]), huawei_text),
    project_id=st.none() | st.just("0a1b2c3d"),
    ts=st.integers(10**9, 4 * 10**9),
)
def test_sdk_hmac_matches_the_official_signer(
    huawei_credentials, monkeypatch, method, path, query, body, header, project_id, ts
) -> None:  # type: ignore[no-untyped-def]
    if project_id:
        monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", project_id)
    else:
        monkeypatch.delenv("HUAWEICLOUD_SDK_PROJECT_ID", raising=False)
    host = "metastudio.ap-southeast-3.myhuaweicloud.com"
    qs = urlencode(query, quote_via=quote)
    args = ["metastudio", "--method", method, "--url", f"https://{host}{path}" + (f"?{qs}" if qs else "")]
    args += ["--time", str(ts)]
    if header is not None:
        args += ["--header", f"{header[0]}: {header[1]}"]
    sent = json.dumps(body, ensure_ascii=False)
    if method != "GET":
        args += ["--body", sent]
    out = run_sign(*args)
    headers = out["headers"]
    assert isinstance(headers, dict)
    date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(ts))
    assert headers["x-sdk-date"] == date
    assert headers.get("x-project-id") == project_id

    # The official signer, given the headers that are sent except those it adds itself and those its HTTP
    # library adds after signing, and the decoded query pairs as typed.
    own = {"authorization", "x-project-id", "x-sdk-content-sha256"}
    added_later = {"accept", "accept-encoding", "connection", "content-length"}
    sdk_headers = {k: v for k, v in headers.items() if k not in own | added_later}
    sent_body = sent.encode() if method != "GET" else b""
    ak, sk = HUAWEI["HUAWEICLOUD_SDK_AK"], HUAWEI["HUAWEICLOUD_SDK_SK"]
    official = official_sdk_hmac(method, host, path, query, sdk_headers, sent_body, ak, sk, project_id)
    assert headers["authorization"] == official.authorization
    assert out["url"] == f"https://{host}{official.uri}"
    canonical, to_sign = str(out["canonical_request"]), str(out["string_to_sign"])
    assert to_sign == f"SDK-HMAC-SHA256\n{date}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    assert HUAWEI["HUAWEICLOUD_SDK_SK"] not in json.dumps(out, ensure_ascii=False)


def test_sign_metastudio_prints_the_canonical_request(huawei_credentials: None) -> None:
    url = "https://metastudio.ap-southeast-3.myhuaweicloud.com/v1/p/videos?b=2&a=1"
    out = run_sign("metastudio", "--method", "GET", "--url", url, "--time", "1713261221")
    lines = str(out["canonical_request"]).split("\n")
    assert lines[:3] == ["GET", "/v1/p/videos/", "a=1&b=2"]
    assert "x-sdk-date:20240416T095341Z" in lines
    assert out["url"] == "https://metastudio.ap-southeast-3.myhuaweicloud.com/v1/p/videos?a=1&b=2"


def test_sign_metastudio_shows_the_proxy_safe_signed_headers(huawei_credentials: None) -> None:
    url = "https://metastudio.ap-southeast-3.myhuaweicloud.com/v1/p/videos"
    out = run_sign("metastudio", "--method", "POST", "--url", url, "--time", "1713261221", "--body", "{}")
    signed = str(out["headers"]["authorization"]).split("SignedHeaders=")[1].split(",")[0]  # type: ignore[index]
    assert signed == "content-type;host;user-agent;x-sdk-date"
    # sent, unsigned: what an intermediary may drop or rewrite
    assert {"accept", "accept-encoding", "connection", "content-length"} <= set(out["headers"])  # type: ignore[arg-type]


def test_sign_metastudio_without_credentials_names_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sign", "metastudio", "--method", "GET", "--url", "https://h/p"]) == 2
    assert "HUAWEICLOUD_SDK_AK is not set" in capsys.readouterr().err


def test_sign_without_credentials_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("XINGYUN_APP_SECRET")
    assert main(["sign", "xingyun", "--method", "GET", "--url", "https://h/p"]) == 2
    assert "XINGYUN_APP_SECRET is not set" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--url", "h/p"], "is not an absolute http(s) URL"),
        (["--url", "ftp://h/p"], "is not an absolute http(s) URL"),
    ],
)
def test_sign_bad_input_is_one_line_exit_2(argv: list[str], problem: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sign", "xingyun", "--method", "POST", *argv]) == 2
    err = capsys.readouterr().err
    assert problem in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["sign"],
        ["sign", "nobody", "--method", "GET", "--url", "https://h/p"],
        ["nothing"],
        ["mock", "--vendor", "xingyun", "--port", "70000"],
        ["sign", "xingyun", "--method", "POST", "--url", "https://h/p", "--body-file", "/nonexistent/body.json"],
    ],
)
def test_bad_arguments_are_one_line_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("digihuman") and len(err.strip().splitlines()) == 1


def test_output_into_a_closed_pipe_ends_without_a_traceback() -> None:
    command = [sys.executable, "-m", "digihuman.cli", "sign", "metastudio", "--method", "GET", "--url", "https://h/p"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **ENV["metastudio"]}
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before anything is written (as `| head` leaves)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1 and b"Traceback" not in err and b"BrokenPipe" not in err
