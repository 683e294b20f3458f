"""Waiting for jobs: every job type of the three vendors, sync and async, against the stateful mocks on one
fake clock (sleeping moves it on), with backoff, deadlines, cancellation and progress."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, cast

import pytest
from metastudio_client.api.training_jobs import (
    create_digital_human_model_training_job,
    execute_digital_human_model_training_job_command,
)
from metastudio_client.api.tts_audition import create_tts_audition
from metastudio_client.api.video import cancel_2d_digital_human_video, create_2d_digital_human_video
from metastudio_client.api.voice_training_jobs import create_basic_voice_training_job, submit_voice_training_job
from metastudio_client.models import (
    CreateBasicVoiceTrainingJobRequest,
    CreateDigitalHumanModelTrainingJobRequest,
    CreateTtsAuditionRequest,
    ExecuteDigitalHumanModelTrainingJobCommandRequest,
    ExecuteDigitalHumanModelTrainingJobCommandRequestCommand,
    SubmitVoiceTrainingJobRequest,
)
from metaworks_client.api.card import generate_cards
from metaworks_client.models import CardItem, GenerateCardsRequest
from xingyun_client.api.video_synthesis_task import create_render_task
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman import jobs, metastudio, metaworks, xingyun
from digihuman.errors import JobFailedError, JobTimeoutError, JobWaitCancelledError
from digihuman.mock.demo import ENV, demo_mock
from digihuman.openapi import api
from tests.support import FakeTime
from tests.test_metastudio_end_to_end import video_request

PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]
AKSK = {name: ENV["metastudio"][name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")}
LOCAL = "http://127.0.0.1"


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime()


def metastudio_client(clock: FakeTime, step_seconds: float = 1.0) -> Any:
    mock = demo_mock("metastudio", clock=clock, seed=1, step_seconds=step_seconds)
    return metastudio.client(LOCAL, env=AKSK, clock=clock, transport=mock.transport(), rate_limit=False)


def xingyun_client(clock: FakeTime, **options: Any) -> Any:
    mock = demo_mock("xingyun", clock=clock, seed=1, step_seconds=1.0, **options)
    return xingyun.client(LOCAL, clock=clock, transport=mock.transport(), rate_limit=False)


def metaworks_client(clock: FakeTime, **options: Any) -> Any:
    mock = demo_mock("metaworks", clock=clock, seed=1, step_seconds=1.0, **options)
    return metaworks.client(LOCAL, clock=clock, transport=mock.transport(), rate_limit=False)


def start_video(client: Any, text: str = "大家好") -> str:
    return str(create_2d_digital_human_video.sync(PROJECT, client=client, body=video_request(text)).job_id)


def start_render_task(client: Any) -> int:
    body = CreateRenderTaskBySegment(look_name="l", tts_vcn_name="v", studio_name="s", segment=[Segment(text="你好")])
    return int(create_render_task.sync(client=client, body=body).data.task_id)


def start_card(client: Any) -> int:
    body = GenerateCardsRequest(
        meta_human_id=1, items=[CardItem(tpl_id=152, tts_text="你好", bg_url="https://b/g.jpg")]
    )
    return int(generate_cards.sync(client=client, body=body).data.task_ids[0])


def start_training(client: Any, name: str = "me", submit: bool = True) -> str:
    body = CreateDigitalHumanModelTrainingJobRequest(name=name)
    job_id = str(create_digital_human_model_training_job.sync(PROJECT, client=client, body=body).job_id)
    if submit:
        command = ExecuteDigitalHumanModelTrainingJobCommandRequestCommand.SUBMITVERIFYING
        execute_digital_human_model_training_job_command.sync(
            PROJECT, job_id, client=client, body=ExecuteDigitalHumanModelTrainingJobCommandRequest(command=command)
        )
    return job_id


def start_voice_training(client: Any, name: str = "v") -> str:
    body = CreateBasicVoiceTrainingJobRequest.from_dict({"voice_name": name})
    job_id = str(create_basic_voice_training_job.sync(PROJECT, client=client, body=body).job_id)
    submit_voice_training_job.sync(PROJECT, job_id, client=client, body=SubmitVoiceTrainingJobRequest())
    return job_id


def test_a_video_job_is_waited_for_until_it_succeeds(clock: FakeTime) -> None:
    client = metastudio_client(clock, step_seconds=3.0)
    job_id = start_video(client)
    seen: list[tuple[str, float]] = []
    done = jobs.wait_for_video_job(
        client, job_id, project_id=PROJECT, sleep=clock.sleep, clock=clock, progress=lambda s, e: seen.append((s, e))
    )
    assert str(done.state) == "SUCCEED" and done.job_id == job_id
    states = [state for state, _ in seen]
    assert states == ["WAITING", "WAITING", "PROCESSING", "SUCCEED"]
    assert [elapsed for _, elapsed in seen] == [0.0, 2.0, 5.0, 9.5]  # the default backoff: 2 s, growing by 1.5


def test_the_project_id_comes_from_the_environment(clock: FakeTime, monkeypatch: pytest.MonkeyPatch) -> None:
    client = metastudio_client(clock)
    job_id = start_video(client)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    assert str(jobs.wait_for_video_job(client, job_id, sleep=clock.sleep, clock=clock).state) == "SUCCEED"


def test_a_failed_video_job_raises_with_its_error_info(clock: FakeTime) -> None:
    client = metastudio_client(clock)
    job_id = start_video(client, "please MOCK_FAIL")
    with pytest.raises(JobFailedError) as raised:
        jobs.wait_for_video_job(client, job_id, project_id=PROJECT, sleep=clock.sleep, clock=clock)
    error = raised.value
    assert (error.vendor, error.job_id, error.state) == ("metastudio", job_id, "FAILED")
    assert error.error_code == "MSS.50000001" and error.error_message
    assert "MSS.50000001" in str(error) and str(error.answer.state) == "FAILED"


def test_a_cancelled_video_job_ends_the_wait(clock: FakeTime) -> None:
    client = metastudio_client(clock)
    job_id = start_video(client)
    cancel_2d_digital_human_video.sync(PROJECT, job_id, client=client)
    with pytest.raises(JobFailedError, match="CANCELED"):
        jobs.wait_for_video_job(client, job_id, project_id=PROJECT, sleep=clock.sleep, clock=clock)


def test_the_deadline_raises_with_the_last_state_and_backoff_is_capped(clock: FakeTime) -> None:
    client = metastudio_client(clock)
    job_id = start_training(client, submit=False)  # stays WAIT_FILE_UPLOAD until the SUBMITVERIFYING command
    backoff = jobs.Backoff(initial=1.0, factor=2.0, max_delay=5.0)
    with pytest.raises(JobTimeoutError) as raised:
        jobs.wait_for_model_training_job(
            client, job_id, project_id=PROJECT, timeout=20, backoff=backoff, sleep=clock.sleep, clock=clock
        )
    assert clock.slept == [1.0, 2.0, 4.0, 5.0, 5.0, 3.0]  # the last sleep ends at the deadline
    assert raised.value.state == "WAIT_FILE_UPLOAD" and raised.value.elapsed == 20.0
    assert isinstance(raised.value, TimeoutError) and "WAIT_FILE_UPLOAD" in str(raised.value)


def test_model_training_succeeds_once_submitted_and_fails_review(clock: FakeTime) -> None:
    client = metastudio_client(clock)
    done = jobs.wait_for_model_training_job(
        client, start_training(client), project_id=PROJECT, sleep=clock.sleep, clock=clock
    )
    assert str(done.state) == "JOB_SUCCESS"
    with pytest.raises(JobFailedError) as raised:
        jobs.wait_for_model_training_job(
            client, start_training(client, "MOCK_FAIL"), project_id=PROJECT, sleep=clock.sleep, clock=clock
        )
    assert raised.value.state == "MANUAL_VERIFY_FAILED"


def test_voice_training_and_tts_audition(clock: FakeTime) -> None:
    client = metastudio_client(clock)
    voice = jobs.wait_for_voice_training_job(
        client, start_voice_training(client), project_id=PROJECT, sleep=clock.sleep, clock=clock
    )
    assert str(voice.state) == "SUCCEED"
    with pytest.raises(JobFailedError, match="FAILED"):
        jobs.wait_for_voice_training_job(
            client, start_voice_training(client, "MOCK_FAIL"), project_id=PROJECT, sleep=clock.sleep, clock=clock
        )
    body = CreateTtsAuditionRequest.from_dict({"text": "你好", "emotion": "HAPPY", "voice_asset_id": "v"})
    job_id = str(create_tts_audition.sync(PROJECT, client=client, body=body).job_id)
    clock.slept.clear()
    audition = jobs.wait_for_tts_audition(client, job_id, project_id=PROJECT, sleep=clock.sleep, clock=clock)
    assert audition.is_file_complete is True
    assert clock.slept == [5.0]  # 表10-9: poll again every 5 seconds


def test_an_xmov_render_task_finishes_or_errors(clock: FakeTime) -> None:
    client = xingyun_client(clock)
    task = jobs.wait_for_render_task(client, start_render_task(client), sleep=clock.sleep, clock=clock)
    assert str(task.synth_state) == "finished" and str(task.render_video_oss).endswith(".mp4")
    failing = xingyun_client(clock, fail_rate=1.0)
    with pytest.raises(JobFailedError) as raised:
        jobs.wait_for_render_task(failing, start_render_task(failing), sleep=clock.sleep, clock=clock)
    assert raised.value.state == "error" and raised.value.error_message == "合成任务失败,请重新发起或联系客服处理"


def test_a_metaworks_card_task_succeeds_or_fails(clock: FakeTime) -> None:
    client = metaworks_client(clock)
    card = jobs.wait_for_card_task(client, start_card(client), sleep=clock.sleep, clock=clock)
    assert int(card.state) == 6 and str(card.play_url).endswith(".mp4")
    failing = metaworks_client(clock, fail_rate=1.0)
    with pytest.raises(JobFailedError) as raised:
        jobs.wait_for_card_task(failing, start_card(failing), meta_human_id=1, sleep=clock.sleep, clock=clock)
    assert raised.value.state == "7" and raised.value.vendor == "metaworks"


async def test_the_async_variants(clock: FakeTime) -> None:
    ms, xy, mw = metastudio_client(clock), xingyun_client(clock), metaworks_client(clock)
    waits = {"sleep": clock.async_sleep, "clock": clock}
    video = await jobs.wait_for_video_job_async(ms, start_video(ms), project_id=PROJECT, **waits)  # type: ignore[arg-type]
    training = await jobs.wait_for_model_training_job_async(ms, start_training(ms), project_id=PROJECT, **waits)  # type: ignore[arg-type]
    voice = await jobs.wait_for_voice_training_job_async(ms, start_voice_training(ms), project_id=PROJECT, **waits)  # type: ignore[arg-type]
    body = CreateTtsAuditionRequest.from_dict({"text": "你好", "emotion": "HAPPY", "voice_asset_id": "v"})
    tts_job = str(create_tts_audition.sync(PROJECT, client=ms, body=body).job_id)
    audition = await jobs.wait_for_tts_audition_async(ms, tts_job, project_id=PROJECT, **waits)  # type: ignore[arg-type]
    task = await jobs.wait_for_render_task_async(xy, start_render_task(xy), **waits)  # type: ignore[arg-type]
    card = await jobs.wait_for_card_task_async(mw, start_card(mw), **waits)  # type: ignore[arg-type]
    assert [str(video.state), str(training.state), str(voice.state)] == ["SUCCEED", "JOB_SUCCESS", "SUCCEED"]
    assert (audition.is_file_complete, str(task.synth_state), int(card.state)) == (True, "finished", 6)
    with pytest.raises(JobFailedError, match="FAILED"):
        await jobs.wait_for_video_job_async(ms, start_video(ms, "MOCK_FAIL"), project_id=PROJECT, **waits)  # type: ignore[arg-type]


def test_a_sync_wait_is_cancelled_with_an_event(clock: FakeTime) -> None:
    client = metastudio_client(clock)
    job_id = start_training(client, submit=False)
    cancel, polled = threading.Event(), threading.Event()
    outcome: list[JobWaitCancelledError] = []

    def wait() -> None:
        try:  # an hour between polls: only the event's wait, the default sleep with `cancel`, ends it early
            jobs.wait_for_model_training_job(
                client,
                job_id,
                project_id=PROJECT,
                cancel=cancel,
                progress=lambda s, e: polled.set(),
                backoff=jobs.Backoff(3600.0, 1.0, 3600.0),
            )
        except JobWaitCancelledError as error:
            outcome.append(error)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    assert polled.wait(10)
    cancel.set()
    waiter.join(10)
    assert not waiter.is_alive()
    assert isinstance(outcome[0], JobWaitCancelledError) and outcome[0].state == "WAIT_FILE_UPLOAD"


async def test_an_async_wait_is_cancelled_with_its_task(clock: FakeTime) -> None:
    client = metastudio_client(clock)
    job_id = start_training(client, submit=False)
    sleeping = asyncio.Event()

    async def sleep_forever(seconds: float) -> None:
        sleeping.set()
        await asyncio.Event().wait()

    task = asyncio.create_task(
        jobs.wait_for_model_training_job_async(client, job_id, project_id=PROJECT, sleep=sleep_forever, clock=clock)
    )
    await sleeping.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


def states_of(vendor: str, operation_id: str) -> set[str]:
    """The values the spec allows for the field `x-job-states` names (`data.synth_state`, `ret[].state`) in the
    poll operation's 200 answer."""
    spec = api(vendor)
    operation = spec.by_id[operation_id]
    schema = spec.resolve(cast(dict[str, Any], operation.response_schema(200)))
    for name in operation.spec["x-job-states"]["field"].split("."):
        schema = spec.resolve(schema["properties"][name.removesuffix("[]")])
        if name.endswith("[]"):
            schema = spec.resolve(schema["items"])
    if schema.get("type") == "boolean":
        return {"true", "false"}
    return {str(value) for value in schema["enum"]}


@pytest.mark.parametrize(
    "job",
    [
        jobs.VIDEO_JOB,
        jobs.MODEL_TRAINING_JOB,
        jobs.VOICE_TRAINING_JOB,
        jobs.TTS_AUDITION_JOB,
        jobs.RENDER_TASK,
        jobs.CARD_TASK,
    ],
    ids=lambda job: job.name,
)
def test_terminal_states_are_states_of_the_spec(job: jobs.JobType[Any]) -> None:
    states = states_of(job.vendor, job.operation)
    assert job.succeeded and job.succeeded <= states and job.failed <= states
    assert not job.succeeded & job.failed
    assert states - job.succeeded - job.failed, "some state keeps the wait going"
