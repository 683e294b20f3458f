"""Path parameters of `""`, `.` or `..` are refused before anything is sent (httpx would resolve them into
another resource's path, which would then be signed); a request to the configured origin that matches no
operation is refused unless it is RAW."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from metastudio_client.api.digital_assets import delete_digital_asset, show_digital_asset
from metastudio_client.api.video import show_2d_digital_human_video

from digihuman import metastudio, policy
from digihuman.errors import RequestValidationError
from digihuman.mock.demo import ENV

DEMO = ENV["metastudio"]
PROJECT = DEMO["HUAWEICLOUD_SDK_PROJECT_ID"]
BASE = "https://metastudio.ap-southeast-3.myhuaweicloud.com"


def recording() -> tuple[Any, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = metastudio.client(env=DEMO, transport=httpx.MockTransport(answer), retries=0)
    return client, sent


@pytest.mark.parametrize("value", ["..", ".", ""])
def test_dot_and_empty_path_values_send_nothing(value: str) -> None:
    client, sent = recording()
    with pytest.raises(RequestValidationError, match=f"path parameter 'asset_id' must not be '{value}'") as raised:
        delete_digital_asset.sync_detailed(PROJECT, value, client=client)
    assert raised.value.operation_id == "delete_digital_asset"
    with pytest.raises(RequestValidationError, match="'project_id' must not be"):
        show_digital_asset.sync_detailed(value, "asset-1", client=client)
    with pytest.raises(RequestValidationError, match="'job_id'"):
        asyncio.run(show_2d_digital_human_video.asyncio_detailed(PROJECT, value, client=client))
    assert sent == []


def test_values_that_only_contain_dots_are_sent_encoded() -> None:
    client, sent = recording()
    delete_digital_asset.sync_detailed(PROJECT, "a..b", client=client)
    delete_digital_asset.sync_detailed(PROJECT, "../x", client=client)  # the slash is percent-encoded
    assert [r.url.raw_path for r in sent] == [
        f"/v1/{PROJECT}/digital-assets/a..b".encode(),
        f"/v1/{PROJECT}/digital-assets/..%2Fx".encode(),
    ]


def test_a_request_to_our_origin_that_matches_no_operation_is_refused() -> None:
    client, sent = recording()
    http = client.get_httpx_client()
    with pytest.raises(RequestValidationError, match="matches no operation"):
        http.delete(f"/v1/{PROJECT}")
    with pytest.raises(RequestValidationError, match="an empty, '.' or '..' path segment"):
        http.get("/v1/../x")
    assert sent == []
    answer = http.delete(f"/v1/{PROJECT}", extensions={policy.RAW: True})  # unless it is RAW
    assert answer.status_code == 200
    (raw,) = sent
    assert raw.headers["authorization"].startswith("SDK-HMAC-SHA256 ")


def test_another_origin_is_not_ours_to_refuse() -> None:
    client, sent = recording()
    answer = client.get_httpx_client().get("https://downloads.example.com/v1/file.mp4")
    assert answer.status_code == 200
    assert "authorization" not in sent[0].headers  # and gets no credentials, as before
