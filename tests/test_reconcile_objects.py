"""`reconcile=True` on the client objects: a paid create whose answer is lost is looked up through the spec's
`x-reconcile` list. Found: the create's answer, rebuilt with the job id the server holds (and no second job).
Proven absent: `JobNotCreatedError`. Too early to tell, or no way to look: `PaidJobUncertainError`, saying so."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from metastudio_client.models import (
    Create2DDigitalHumanVideoRequest,
    Create2DDigitalHumanVideoResponse,
    OutputAssetConfig,
    ShootScript,
    ShootScriptItem,
    TextConfig,
    VoiceConfig,
)

from digihuman import metastudio, reconcile, video, xingyun
from digihuman.errors import PaidJobUncertainError
from digihuman.mock.demo import ENV, VIDEO_SETTINGS, demo_mock
from digihuman.mock.faults import Fault, FaultyMock
from digihuman.reconcile import JobNotCreatedError

PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]
CREATE = frozenset({"create_2d_digital_human_video"})
ENDPOINT = {**ENV["metastudio"], "METASTUDIO_ENDPOINT": "https://metastudio.ap-southeast-3.myhuaweicloud.com"}


def video_request(name: str) -> Create2DDigitalHumanVideoRequest:
    return Create2DDigitalHumanVideoRequest(
        model_asset_id="model-1",
        voice_config=VoiceConfig(voice_asset_id="voice-1"),
        shoot_scripts=[ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text="大家好")))],
        output_asset_config=OutputAssetConfig(asset_name=name),
    )


def jobs_held(mock: Any) -> dict[str, str]:
    """Asset name -> job id of every video job the mock holds."""
    with mock.lock:
        records = dict(mock.records(PROJECT, "2d-digital-human-videos"))
    return {r.fields["output_asset_config"]["asset_name"]: key for key, r in records.items()}


def studio(mock: Any, fault: Fault, **options: Any) -> metastudio.MetaStudio:
    faulty = FaultyMock(mock, fault)
    return metastudio.MetaStudio(env=ENDPOINT, transport=faulty.transport(), rate_limit=False, **options)


def test_a_lost_answer_comes_back_as_the_job_the_server_made(caplog: pytest.LogCaptureFixture) -> None:
    mock = demo_mock("metastudio")
    ms = studio(mock, Fault("drop", first=1, operations=CREATE), reconcile=True, reconcile_settle_seconds=0)
    with caplog.at_level(logging.WARNING, logger="digihuman"):
        answer = ms.video.create_2d_digital_human_video(body=video_request("wanted"))
    held = jobs_held(mock)
    assert isinstance(answer, Create2DDigitalHumanVideoResponse)
    assert list(held) == ["wanted"]  # exactly one job: found, not created again
    assert answer.job_id == held["wanted"]
    assert f"lists job {held['wanted']}" in caplog.text and "reconciled" in caplog.text


def test_a_create_the_server_never_saw_is_proven_not_created() -> None:
    mock = demo_mock("metastudio")
    ms = studio(mock, Fault("500", first=1, operations=CREATE), reconcile=True, reconcile_settle_seconds=0)
    with pytest.raises(JobNotCreatedError, match="made no job, proven.*safe") as raised:
        ms.video.create_2d_digital_human_video(body=video_request("never"))
    assert raised.value.reconciled.state == reconcile.NOT_CREATED
    assert isinstance(raised.value.__cause__, PaidJobUncertainError)
    assert jobs_held(mock) == {}


def test_too_early_to_tell_is_still_uncertain_with_what_was_seen() -> None:
    ms = studio(demo_mock("metastudio"), Fault("500", first=1, operations=CREATE), reconcile=True)
    with pytest.raises(PaidJobUncertainError, match="too early to tell; look again later") as raised:
        ms.video.create_2d_digital_human_video(body=video_request("early"))  # the default 60 s have not passed
    assert raised.value.reconciled is not None and raised.value.reconciled.state == reconcile.UNDECIDED


def test_reconcile_off_raises_as_before_and_looks_nothing_up() -> None:
    mock = demo_mock("metastudio")
    faulty = FaultyMock(mock, Fault("drop", first=1, operations=CREATE))
    ms = metastudio.MetaStudio(env=ENDPOINT, transport=faulty.transport(), rate_limit=False)
    assert ms.reconcile is False
    with pytest.raises(PaidJobUncertainError, match=r"find_job looks for it") as raised:
        ms.video.create_2d_digital_human_video(body=video_request("off"))
    assert raised.value.reconciled is None
    assert faulty.seen == 1  # the create only: no list was read
    assert list(jobs_held(mock)) == ["off"]


def test_a_list_that_fails_leaves_the_create_uncertain_and_says_why() -> None:
    mock = demo_mock("metastudio")
    faulty = FaultyMock(
        mock,
        Fault("drop", first=1, operations=CREATE),
        Fault("500", first=100, operations=frozenset({"list_digital_human_videos"})),
    )
    ms = metastudio.MetaStudio(env=ENDPOINT, transport=faulty.transport(), rate_limit=False, retries=0, reconcile=True)
    with pytest.raises(PaidJobUncertainError, match="looking the job up did not settle it") as raised:
        ms.video.create_2d_digital_human_video(body=video_request("x"))
    assert raised.value.reconciled is None
    assert list(jobs_held(mock)) == ["x"]  # nothing was guessed, nothing created again


def test_a_vendor_without_a_list_says_there_is_no_way_to_look() -> None:
    mock = demo_mock("xingyun")
    faulty = FaultyMock(mock, Fault("drop", first=1))
    xy = xingyun.Xingyun(base_url="http://127.0.0.1", transport=faulty.transport(), reconcile=True)
    with pytest.raises(PaidJobUncertainError, match="offers no way to look it up") as raised:
        video.create_video("xingyun", "大家好", wait=False, env=VIDEO_SETTINGS["xingyun"], client=xy)
    assert raised.value.reconciled is None


def test_the_async_object_reconciles_the_same_way() -> None:
    mock = demo_mock("metastudio")
    faulty = FaultyMock(mock, Fault("drop", first=1, operations=CREATE))

    async def main() -> Create2DDigitalHumanVideoResponse:
        options: dict[str, Any] = {"transport": faulty.transport(), "rate_limit": False}
        async with metastudio.AsyncMetaStudio(
            env=ENDPOINT, reconcile=True, reconcile_settle_seconds=0, **options
        ) as ams:
            return await ams.video.create_2d_digital_human_video(body=video_request("async"))

    answer = asyncio.run(main())
    held = jobs_held(mock)
    assert list(held) == ["async"] and answer.job_id == held["async"]


def test_the_async_object_raises_not_created_when_proven() -> None:
    mock = demo_mock("metastudio")
    faulty = FaultyMock(mock, Fault("500", first=1, operations=CREATE))

    async def main() -> None:
        options: dict[str, Any] = {"transport": faulty.transport(), "rate_limit": False}
        async with metastudio.AsyncMetaStudio(env=ENDPOINT, reconcile=True, reconcile_settle_seconds=0, **options) as a:
            await a.video.create_2d_digital_human_video(body=video_request("none"))

    with pytest.raises(JobNotCreatedError):
        asyncio.run(main())
    assert jobs_held(mock) == {}
