"""The configured MetaStudio client against the MetaStudio mock: AK/SK and IAM token auth, a 2D video job
driven to SUCCEED, typed errors for a wrong key and for a job that does not exist."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pytest
from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
from metastudio_client.models import (
    Create2DDigitalHumanVideoRequest,
    Create2DDigitalHumanVideoResponse,
    OutputAssetConfig,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoResponse,
    TextConfig,
    VoiceConfig,
)

from digihuman import metastudio
from digihuman.errors import AuthError, NotFoundError, RequestValidationError
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.metastudio import MetaStudioMock

DEMO = ENV["metastudio"]
PROJECT = DEMO["HUAWEICLOUD_SDK_PROJECT_ID"]
MOCK_URL = "http://127.0.0.1"
AKSK_ENV = {name: DEMO[name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")}
IAM_ENV = {
    **{name: value for name, value in DEMO.items() if name not in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")},
    "HUAWEICLOUD_SDK_IAM_ENDPOINT": MOCK_URL,
}


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def video_request(text: str = "大家好") -> Create2DDigitalHumanVideoRequest:
    return Create2DDigitalHumanVideoRequest(
        model_asset_id="model-1",
        voice_config=VoiceConfig(voice_asset_id="voice-1"),
        shoot_scripts=[ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text=text)))],
        output_asset_config=OutputAssetConfig(asset_name="hello"),
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def mock(clock: Clock) -> MetaStudioMock:
    return cast(MetaStudioMock, demo_mock("metastudio", clock=clock, seed=3, step_seconds=1.0))


@pytest.mark.parametrize("env", [AKSK_ENV, IAM_ENV], ids=["aksk", "iam-token"])
def test_a_2d_video_job_runs_to_succeed(mock: MetaStudioMock, clock: Clock, env: dict[str, str]) -> None:
    client = metastudio.client(MOCK_URL, env=env, clock=clock, transport=mock.transport())
    created = create_2d_digital_human_video.sync(PROJECT, client=client, body=video_request())
    assert isinstance(created, Create2DDigitalHumanVideoResponse) and isinstance(created.job_id, str)
    states = []
    for _ in range(4):
        shown = show_2d_digital_human_video.sync(PROJECT, created.job_id, client=client)
        assert isinstance(shown, Show2DDigitalHumanVideoResponse)
        states.append(str(cast(Any, shown.state).value))
        clock.now += 1.0
    assert states[0] == "WAITING" and states[-1] == "SUCCEED" and "PROCESSING" in states


def test_a_wrong_secret_key_is_an_auth_error(mock: MetaStudioMock, clock: Clock) -> None:
    env = {**AKSK_ENV, "HUAWEICLOUD_SDK_SK": "not-the-demo-secret"}
    client = metastudio.client(MOCK_URL, env=env, clock=clock, transport=mock.transport())
    with pytest.raises(AuthError) as raised:
        show_2d_digital_human_video.sync(PROJECT, "job-1", client=client)
    assert raised.value.status == 401 and raised.value.vendor_code == "APIG.0301"
    assert "not-the-demo-secret" not in str(raised.value) + repr(raised.value)


def test_an_unknown_job_is_not_found(mock: MetaStudioMock, clock: Clock) -> None:
    client = metastudio.client(MOCK_URL, env=AKSK_ENV, clock=clock, transport=mock.transport())
    with pytest.raises(NotFoundError) as raised:
        show_2d_digital_human_video.sync(PROJECT, "no-such-job", client=client)
    assert str(raised.value.vendor_code).startswith("MSS.")


def test_a_value_outside_its_range_is_refused_before_sending(mock: MetaStudioMock, clock: Clock) -> None:
    sent: list[httpx.Request] = []
    inner = mock.transport()

    def counting(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return inner.handle_request(request)

    client = metastudio.client(MOCK_URL, env=AKSK_ENV, clock=clock, transport=httpx.MockTransport(counting))
    body = video_request()
    body.voice_config = VoiceConfig(voice_asset_id="voice-1", speed=500)  # 表 5-123: speed 50-200
    with pytest.raises(RequestValidationError, match="voice_config.speed"):
        create_2d_digital_human_video.sync(PROJECT, client=client, body=body)
    assert sent == []
