"""`digihuman.metastudio.client()`: endpoint and credentials from the environment, AK/SK or token auth."""

from __future__ import annotations

import httpx
import pytest
from metastudio_client.api.video import show_2d_digital_human_video

from digihuman import metastudio
from digihuman.auth import SdkHmacAuth, TokenAuth
from digihuman.auth.sdk_hmac import is_signed
from digihuman.errors import ConfigurationError, NotFoundError
from tests.oracles import official_sdk_hmac

FROZEN = 1_700_000_000
AKSK = {
    "HUAWEICLOUD_SDK_AK": "AKTESTVALUE0000000",
    "HUAWEICLOUD_SDK_SK": "sk-not-a-real-secret-value",
    "HUAWEICLOUD_SDK_PROJECT_ID": "0123456789abcdef0123456789abcdef",
    "HUAWEICLOUD_SDK_REGION": "ap-southeast-3",
}


def recording_transport(sent: list[httpx.Request]) -> httpx.MockTransport:
    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"error_code": "MSS.00000001", "error_msg": "not found"})

    return httpx.MockTransport(respond)


def test_endpoint_follows_the_region_or_the_override() -> None:
    assert str(metastudio.client(env=AKSK)._base_url) == "https://metastudio.ap-southeast-3.myhuaweicloud.com"
    env = {**AKSK, "METASTUDIO_ENDPOINT": "https://metastudio-api.cn-north-4.myhuaweicloud.com"}
    assert metastudio.client(env=env)._base_url == env["METASTUDIO_ENDPOINT"]
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_REGION"):
        metastudio.client(env={k: v for k, v in AKSK.items() if k != "HUAWEICLOUD_SDK_REGION"})
    with pytest.raises(ConfigurationError, match="not HTTPS"):
        metastudio.client(env={**AKSK, "METASTUDIO_ENDPOINT": "http://metastudio.example.com"})


def test_access_key_selects_aksk_and_otherwise_token_auth() -> None:
    assert isinstance(metastudio.auth(env=AKSK), SdkHmacAuth)
    token_env = {"HUAWEICLOUD_SDK_TOKEN": "tok", "HUAWEICLOUD_SDK_PROJECT_ID": "p"}
    assert isinstance(metastudio.auth(env=token_env), TokenAuth)
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_REGION"):
        metastudio.auth(env={})  # neither AK/SK nor a token: IAM needs at least a region


def test_a_generated_call_is_signed_as_the_official_sdk_signs_it() -> None:
    sent: list[httpx.Request] = []
    client = metastudio.client(env=AKSK, clock=lambda: FROZEN, transport=recording_transport(sent))
    with pytest.raises(NotFoundError) as raised:
        show_2d_digital_human_video.sync(AKSK["HUAWEICLOUD_SDK_PROJECT_ID"], "job-1", client=client, show_script=True)
    assert raised.value.status == 404 and raised.value.vendor_code == "MSS.00000001"
    (request,) = sent
    path = f"/v1/{AKSK['HUAWEICLOUD_SDK_PROJECT_ID']}/2d-digital-human-videos/job-1"
    assert request.url.path == path
    official = official_sdk_hmac(
        "GET",
        request.url.host,
        path,
        [("show_script", "true")],
        # every header we sent except those the official signer adds itself and those its HTTP library adds
        # after signing (Accept, Accept-Encoding, Connection)
        {k: v for k, v in request.headers.items() if is_signed(k) and k not in {"host", "x-project-id"}},
        b"",
        AKSK["HUAWEICLOUD_SDK_AK"],
        AKSK["HUAWEICLOUD_SDK_SK"],
        AKSK["HUAWEICLOUD_SDK_PROJECT_ID"],
    )
    assert request.headers["Authorization"] == official.authorization
    assert request.headers["X-Project-Id"] == AKSK["HUAWEICLOUD_SDK_PROJECT_ID"]
    assert AKSK["HUAWEICLOUD_SDK_SK"] not in repr(client) + repr(request.headers)


def test_token_auth_sends_the_token_and_no_signature() -> None:
    sent: list[httpx.Request] = []
    env = {"HUAWEICLOUD_SDK_TOKEN": "token-value", "HUAWEICLOUD_SDK_PROJECT_ID": "p", "HUAWEICLOUD_SDK_REGION": "r"}
    client = metastudio.client(env=env, transport=recording_transport(sent))
    with pytest.raises(NotFoundError):
        show_2d_digital_human_video.sync("p", "job-1", client=client)
    (request,) = sent
    assert request.headers["X-Auth-Token"] == "token-value"
    assert "Authorization" not in request.headers
