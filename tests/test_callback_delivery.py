"""The whole callback loop in-process: a 2D video job created with `callback_config`, the clock advanced while
waiting, the MetaStudio mock POSTing the signed callback, the reference receiver verifying and parsing it,
and the user's callback seeing the outcome."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pytest
from metastudio_client.api.digital_assets import show_digital_asset
from metastudio_client.api.video import create_2d_digital_human_video
from metastudio_client.models import CallBackConfig, CallBackConfigAuthType
from metastudio_models.video_callback import Result, VideoJobCallbackBody

from digihuman import callbacks, jobs, metastudio
from digihuman.errors import JobFailedError
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.metastudio import MetaStudioMock
from tests.support import AsgiTransport, FakeTime
from tests.test_metastudio_end_to_end import video_request

PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]
AKSK = {name: ENV["metastudio"][name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")}
HOOK = "https://hooks.example.com/video-done"
KEY = "hook-key-7d3e"


def loop(clock: FakeTime, receiver_key: str = KEY) -> tuple[MetaStudioMock, Any, list[VideoJobCallbackBody]]:
    seen: list[VideoJobCallbackBody] = []
    receiver = callbacks.VideoCallbackReceiver(seen.append, callback_url=HOOK, key=receiver_key, clock=clock)
    sender = httpx.Client(transport=AsgiTransport(receiver))
    mock = cast(MetaStudioMock, demo_mock("metastudio", clock=clock, seed=2, step_seconds=1.0, callback_client=sender))
    client = metastudio.client("http://127.0.0.1", env=AKSK, clock=clock, transport=mock.transport(), rate_limit=False)
    return mock, client, seen


def start(client: Any, text: str = "大家好", auth_type: str = "MSS_A") -> str:
    body = video_request(text)
    body.callback_config = CallBackConfig(callback_url=HOOK, auth_type=CallBackConfigAuthType(auth_type), key=KEY)
    return str(create_2d_digital_human_video.sync(PROJECT, client=client, body=body).job_id)


def test_a_finished_job_calls_back_signed_and_the_receiver_sees_it() -> None:
    clock = FakeTime()
    mock, client, seen = loop(clock)
    job_id = start(client)
    done = jobs.wait_for_video_job(client, job_id, project_id=PROJECT, sleep=clock.sleep, clock=clock)
    assert [(m.result, m.job_id) for m in seen] == [(Result.SUCCEED, job_id)]
    assert [d.status for d in mock.deliveries] == [200]
    asset_id = seen[0].asset_id
    assert asset_id is not None and asset_id == done.output_asset_config.asset_id
    asset = show_digital_asset.sync(PROJECT, asset_id, client=client)
    assert [str(f.asset_file_category) for f in asset.files] == ["MAIN"] and asset.files[0].download_url


def test_a_failed_job_calls_back_too() -> None:
    clock = FakeTime()
    mock, client, seen = loop(clock)
    with pytest.raises(JobFailedError):
        jobs.wait_for_video_job(client, start(client, "MOCK_FAIL"), project_id=PROJECT, sleep=clock.sleep, clock=clock)
    assert [(m.result, m.asset_id) for m in seen] == [(Result.FAILED, None)]


def test_a_receiver_with_another_key_refuses_the_callback() -> None:
    clock = FakeTime()
    mock, client, seen = loop(clock, receiver_key="not-the-job-key")
    jobs.wait_for_video_job(client, start(client), project_id=PROJECT, sleep=clock.sleep, clock=clock)
    assert seen == [] and [d.status for d in mock.deliveries] == [401]


def test_auth_type_none_sends_the_url_as_configured() -> None:
    clock = FakeTime()
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    mock = cast(MetaStudioMock, demo_mock("metastudio", clock=clock, seed=2, step_seconds=1.0))
    client = metastudio.client("http://127.0.0.1", env=AKSK, clock=clock, transport=mock.transport(), rate_limit=False)
    job_id = start(client, auth_type="NONE")
    clock.now += 5
    deliveries = mock.deliver_callbacks(httpx.Client(transport=httpx.MockTransport(record)))
    assert [d.status for d in deliveries] == [200] and str(sent[0].url) == HOOK
    assert VideoJobCallbackBody.model_validate_json(sent[0].content).job_id == job_id
    assert mock.deliver_callbacks(httpx.Client(transport=httpx.MockTransport(record))) == []  # delivered once
