"""Credentials never follow a redirect off the configured origin: the policy signs only requests to that
origin and strips credential headers from any other (httpx itself strips only Authorization)."""

from __future__ import annotations

from collections.abc import Generator

import httpx
import pytest
from metastudio_client import Client as MetaStudioClient
from xingyun_client import Client as XingyunClient

from digihuman import policy, xingyun
from digihuman.openapi import api
from tests.support import METASTUDIO_TOKEN, XINGYUN_TASK, Scripted, answer

CREDENTIALS = ("authorization", "x-auth-token", "x-token", "x-app-id", "x-sdk-date", "x-timestamp")


class HmacLikeSigner(httpx.Auth):
    """Adds what an SDK-HMAC-SHA256 signer adds, as the MetaStudio auth will."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Sdk-Date"] = "20240101T000000Z"
        request.headers["Authorization"] = "SDK-HMAC-SHA256 Access=ak, SignedHeaders=host, Signature=abc"
        yield request


def metastudio_follow(server: Scripted) -> MetaStudioClient:
    generated = MetaStudioClient(
        base_url="https://metastudio.test",
        headers={"X-Auth-Token": METASTUDIO_TOKEN},
        follow_redirects=True,
        httpx_args={"auth": HmacLikeSigner()},
    )
    return policy.install(generated, api("metastudio"), transport=server.transport())


def xingyun_follow(server: Scripted) -> XingyunClient:
    generated = XingyunClient(
        base_url="https://metastudio.test", follow_redirects=True, httpx_args={"auth": xingyun.auth()}
    )
    return policy.install(generated, api("xingyun"), transport=server.transport())


CASES = {
    "same host": "https://metastudio.test{path}",
    "other host": "https://cdn.example{path}",
    "other scheme": "http://metastudio.test{path}",
    "other port": "https://metastudio.test:8443{path}",
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("vendor", ["metastudio", "xingyun"])
def test_credentials_stay_on_the_configured_origin(vendor: str, case: str) -> None:
    if vendor == "metastudio":
        path, body, expected = "/v1/p/2d-digital-human-videos/j2", {}, {"authorization", "x-auth-token", "x-sdk-date"}
    else:
        path, body, expected = (
            "/user/v1/video_synthesis_task/get_render_task?task_id=8",
            XINGYUN_TASK,
            {
                "x-token",
                "x-app-id",
                "x-timestamp",
            },
        )
    server = Scripted(answer(302, {}, {"Location": CASES[case].format(path=path)}), then=answer(200, body))
    client = metastudio_follow(server) if vendor == "metastudio" else xingyun_follow(server)
    first = "/v1/p/2d-digital-human-videos/j1" if vendor == "metastudio" else path.replace("8", "7")
    client.get_httpx_client().get(first).raise_for_status()
    signed, redirected = server.requests
    assert expected <= set(signed.headers)
    carried = {name for name in CREDENTIALS if name in redirected.headers}
    assert carried == (expected if case == "same host" else set())
