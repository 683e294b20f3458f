"""Answers that have moved on from the spec are read, logged once per (operation, path, kind), and raised only
in strict mode; requests stay checked before sending; generated functions return the success model."""

from __future__ import annotations

import copy
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from metastudio_client.api.digital_assets import list_digital_assets
from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
from metastudio_client.models import (
    Create2DDigitalHumanVideoRequest,
    Show2DDigitalHumanVideoResponseState,
    VideoConfig,
    VideoConfigCodec,
    VoiceConfig,
)
from metastudio_client.types import Unset as MetaStudioUnset
from metaworks_client.api.card import generate_cards, list_cards
from metaworks_client.models import CardItem, CardTaskState, GenerateCardsRequest, ListCardsRequest
from metaworks_client.types import Unset as MetaworksUnset
from xingyun_client import Client as XingyunClient
from xingyun_client import errors as xingyun_errors
from xingyun_client.api.video_synthesis_task import get_render_task
from xingyun_client.models import RenderTask, SynthState
from xingyun_client.types import Unset

from digihuman import jobs
from digihuman.errors import JobTimeoutError, PaidJobUncertainError, RequestValidationError, ResponseValidationError
from digihuman.openapi import Api, api
from digihuman.policy import drift
from tests.support import FakeTime, Scripted, Sleeps, answer, metastudio_client, metaworks_client, xingyun_client

ROOT = Path(__file__).resolve().parent.parent
SHOWN_VIDEO = {
    "job_id": "job-1",
    "state": "PUBLISHED",  # new at top level
    "video_config": {"codec": "H265", "bitrate": 4000.5, "width": 1920, "height": 1080, "hdr": True},  # nested
    "voice_config": {"voice_asset_id": "v" * 300},  # documented as at most 256 characters
    "output_asset_config": None,  # a nested object documented, null sent
    "script_id": None,  # a string documented, null sent
    "shoot_scripts": None,  # a list documented, null sent
    "video_making_type": None,  # an enum documented, null sent
    "rendering_region": "cn-north-4",  # unknown
}
LISTED_ASSETS = {
    "count": 2,
    "assets": [
        {"asset_id": "a1", "asset_type": "HOLOGRAM", "asset_state": "ACTIVED"},
        {"asset_id": "a2", "asset_type": "IMAGE", "asset_state": "ARCHIVED", "owner": "x"},
    ],
}
RENDER_TASK = {
    "error_code": 0,
    "error_reason": "",
    "trace": "t-1",
    "data": {"task_id": 7.0, "synth_state": "published", "name": None, "segment": None, "queue_rank": 3},
}
CARDS = {
    "err_code": 0,
    "ret": [{"taskId": 1, "state": 8, "playUrl": None, "progress": 0.5}, {"taskId": 2.0, "state": 6, "playUrl": "u"}],
}


@pytest.fixture(autouse=True)
def fresh_drift_log() -> None:
    drift.forget()


def logged(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str, str]]:
    return [
        (r.__dict__["operation_id"], r.__dict__["drift_path"], r.__dict__["drift_kind"])
        for r in caplog.records
        if r.name == "digihuman.drift"
    ]


def assert_logged_once(caplog: pytest.LogCaptureFixture, expected: set[tuple[str, str, str]]) -> None:
    records = logged(caplog)
    assert set(records) == expected
    assert len(records) == len(expected)  # once each, however many answers carried it


def test_a_metastudio_show_answer_that_drifted_is_returned_parsed_and_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = Scripted(then=answer(200, SHOWN_VIDEO))
    client = metastudio_client(server.transport(), Sleeps().retry())
    with caplog.at_level(logging.WARNING, logger="digihuman.drift"):
        for _ in range(3):
            shown = show_2d_digital_human_video.sync("p", "job-1", client=client)
    assert shown.job_id == "job-1"
    assert isinstance(shown.state, Show2DDigitalHumanVideoResponseState) and shown.state == "PUBLISHED"
    assert str(shown.state) == "PUBLISHED" and shown.state.value == "PUBLISHED"
    config = shown.video_config
    assert not isinstance(config, MetaStudioUnset)
    assert config.codec == "H265" and config.bitrate == 4000.5 and config["hdr"] is True
    assert not isinstance(shown.voice_config, MetaStudioUnset) and shown.voice_config.voice_asset_id == "v" * 300
    for name in ("output_asset_config", "script_id", "shoot_scripts", "video_making_type"):
        assert isinstance(getattr(shown, name), MetaStudioUnset) and shown[name] is None  # kept as sent
    assert shown["rendering_region"] == "cn-north-4"
    assert shown.to_dict()["state"] == "PUBLISHED"
    op = "show_2d_digital_human_video"
    assert_logged_once(
        caplog,
        {
            (op, "state", "new enum value"),
            (op, "video_config.codec", "new enum value"),
            (op, "video_config.bitrate", "type"),
            (op, "video_config.hdr", "unknown field"),
            (op, "voice_config.voice_asset_id", "length"),
            (op, "output_asset_config", "null"),
            (op, "script_id", "null"),
            (op, "shoot_scripts", "null"),
            (op, "video_making_type", "null"),
            (op, "rendering_region", "unknown field"),
        },
    )
    message = next(r.getMessage() for r in caplog.records if r.__dict__["drift_path"] == "state")
    assert "metastudio show_2d_digital_human_video" in message and "'PUBLISHED'" in message


def test_new_enum_values_in_list_items_are_kept_and_logged_once_per_field(caplog: pytest.LogCaptureFixture) -> None:
    server = Scripted(then=answer(200, LISTED_ASSETS))
    client = metastudio_client(server.transport(), Sleeps().retry())
    with caplog.at_level(logging.WARNING, logger="digihuman.drift"):
        listed = list_digital_assets.sync("p", client=client)
        list_digital_assets.sync("p", client=client)
    assert not isinstance(listed.assets, MetaStudioUnset)
    assert [a.asset_type for a in listed.assets] == ["HOLOGRAM", "IMAGE"]
    assert [a.asset_state for a in listed.assets] == ["ACTIVED", "ARCHIVED"]
    assert listed.assets[1]["owner"] == "x"
    op = "list_digital_assets"
    assert_logged_once(
        caplog,
        {
            (op, "assets[].asset_type", "new enum value"),
            (op, "assets[].asset_state", "new enum value"),
            (op, "assets[].owner", "unknown field"),
        },
    )


def test_an_xmov_render_task_that_drifted_is_returned_parsed(caplog: pytest.LogCaptureFixture) -> None:
    server = Scripted(then=answer(200, RENDER_TASK))
    client = xingyun_client(server, Sleeps())
    with caplog.at_level(logging.WARNING, logger="digihuman.drift"):
        for _ in range(2):
            answered = get_render_task.sync(client=client, task_id=7)
    task = answered.data
    assert isinstance(task, RenderTask)
    assert isinstance(task.synth_state, SynthState) and task.synth_state == "published"
    assert task.task_id == 7.0 and task["queue_rank"] == 3 and answered["trace"] == "t-1"
    assert isinstance(task.name, Unset) and isinstance(task.segment, Unset)
    op = "get_render_task"
    assert_logged_once(
        caplog,
        {
            (op, "trace", "unknown field"),
            (op, "data.task_id", "type"),
            (op, "data.synth_state", "new enum value"),
            (op, "data.name", "null"),
            (op, "data.segment", "null"),
            (op, "data.queue_rank", "unknown field"),
        },
    )


def test_metaworks_cards_that_drifted_are_returned_parsed(caplog: pytest.LogCaptureFixture) -> None:
    server = Scripted(then=answer(200, CARDS))
    client = metaworks_client(api("metaworks"), server.transport(), Sleeps().retry())
    with caplog.at_level(logging.WARNING, logger="digihuman.drift"):
        for _ in range(2):
            cards = list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=1, task_list=[1, 2]))
    assert not isinstance(cards.ret, MetaworksUnset)
    first, second = cards.ret
    assert isinstance(first.state, CardTaskState) and first.state == 8 and str(first.state) == "8"
    assert second.state is CardTaskState.VALUE_6 and second.task_id == 2.0
    assert isinstance(first.play_url, MetaworksUnset) and first["progress"] == 0.5
    op = "list_cards"
    assert_logged_once(
        caplog,
        {
            (op, "ret[].state", "new enum value"),
            (op, "ret[].playUrl", "null"),
            (op, "ret[].progress", "unknown field"),
            (op, "ret[].taskId", "type"),
        },
    )


def test_a_success_envelope_of_a_paid_create_is_never_uncertain_for_drift(caplog: pytest.LogCaptureFixture) -> None:
    drifted = {"err_code": 0, "last_modify": 1.5, "data": {"task_ids": [11], "batch": "b"}, "quota": 3}
    server = Scripted(then=answer(200, drifted))
    client = metaworks_client(api("metaworks"), server.transport(), Sleeps().retry())
    body = GenerateCardsRequest(meta_human_id=1, items=[CardItem(tpl_id=152, tts_text="hi", bg_url="u")])
    with caplog.at_level(logging.WARNING, logger="digihuman.drift"):
        created = generate_cards.sync(client=client, body=body)
    assert not isinstance(created.data, MetaworksUnset) and created.data.task_ids == [11]
    assert {path for _, path, _ in logged(caplog)} == {"last_modify", "data.batch", "quota"}


def strict_calls() -> list[Any]:
    def metastudio(server: Scripted) -> object:
        client = metastudio_client(server.transport(), Sleeps().retry(), strict_responses=True)
        return show_2d_digital_human_video.sync("p", "j", client=client)

    def xmov(server: Scripted) -> object:
        return get_render_task.sync(client=xingyun_client(server, Sleeps(), strict_responses=True), task_id=7)

    def metaworks(server: Scripted) -> object:
        client = metaworks_client(api("metaworks"), server.transport(), Sleeps().retry(), strict_responses=True)
        return list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=1, task_list=[1]))

    return [(SHOWN_VIDEO, metastudio), (RENDER_TASK, xmov), (CARDS, metaworks)]


@pytest.mark.parametrize(("body", "call"), strict_calls(), ids=["metastudio", "xingyun", "metaworks"])
def test_strict_mode_raises_for_drift(body: dict[str, Any], call: Any, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        call(Scripted(then=answer(200, body)))
    assert raised.value.problems and not logged(caplog)


def test_strict_mode_on_the_factories() -> None:
    from digihuman import metaworks, xingyun

    server = Scripted(then=answer(200, RENDER_TASK))
    strict = xingyun.client(base_url="http://127.0.0.1", transport=server.transport(), strict_responses=True)
    with pytest.raises(ResponseValidationError, match="the answer does not match the spec"):
        get_render_task.sync(client=strict, task_id=7)
    tolerant = xingyun.client(base_url="http://127.0.0.1", transport=server.transport())
    assert get_render_task.sync(client=tolerant, task_id=7).error_code == 0
    server = Scripted(then=answer(200, CARDS))
    strict_cards = metaworks.client(base_url="http://127.0.0.1", transport=server.transport(), strict_responses=True)
    with pytest.raises(ResponseValidationError):
        list_cards.sync(client=strict_cards, body=ListCardsRequest(meta_human_id=1, task_list=[1]))


def test_requests_with_values_the_spec_does_not_list_are_still_refused_before_sending() -> None:
    server = Scripted(then=answer(200, {"job_id": "j"}))
    client = metastudio_client(server.transport(), Sleeps().retry())
    body = Create2DDigitalHumanVideoRequest(
        model_asset_id="m",
        script_id="s",
        voice_config=VoiceConfig(voice_asset_id="v"),
        video_config=VideoConfig(codec=VideoConfigCodec("H265"), bitrate=4000, width=1920, height=1080),
    )
    with pytest.raises(RequestValidationError, match="video_config.codec"):
        create_2d_digital_human_video.sync("p", client=client, body=body)
    assert server.requests == []


def with_required(vendor: str, schema: str, fields: list[str]) -> Api:
    spec = copy.deepcopy(api(vendor).spec)
    spec["components"]["schemas"][schema]["required"] = fields
    return Api(spec, vendor)


def test_a_missing_or_null_required_field_raises_even_when_tolerant() -> None:
    spec = with_required("metaworks", "CardTask", ["taskId"])
    body = ListCardsRequest(meta_human_id=1, task_list=[1])
    for card in ({"state": 6}, {"taskId": None, "state": 6}):
        server = Scripted(then=answer(200, {"err_code": 0, "ret": [card]}))
        client = metaworks_client(spec, server.transport(), Sleeps().retry())
        with pytest.raises(ResponseValidationError, match=r"ret\[\]\.taskId is required"):
            list_cards.sync(client=client, body=body)
    paid = with_required("metaworks", "GenerateCardsData", ["task_ids"])
    server = Scripted(then=answer(200, {"err_code": 0, "data": {}}))
    client = metaworks_client(paid, server.transport(), Sleeps().retry())
    cards = GenerateCardsRequest(meta_human_id=1, items=[CardItem(tpl_id=152, tts_text="hi", bg_url="u")])
    with pytest.raises(PaidJobUncertainError, match="data.task_ids is required"):  # without its id, a job is lost
        generate_cards.sync(client=client, body=cards)


def test_without_the_policy_an_error_status_is_raised_not_returned_as_none() -> None:
    error = {"error_code": 1, "error_reason": "no"}
    plain = XingyunClient(
        base_url="http://127.0.0.1", httpx_args={"transport": httpx.MockTransport(answer(500, error))}
    )
    with pytest.raises(xingyun_errors.UnexpectedStatus) as raised:
        get_render_task.sync(client=plain, task_id=7)
    assert raised.value.status_code == 500
    detailed = get_render_task.sync_detailed(client=plain, task_id=7)
    assert detailed.status_code == 500 and detailed.parsed is None


def test_an_unknown_job_state_is_not_terminal_reaches_progress_and_names_the_timeout() -> None:
    clock = FakeTime()
    unknown = {"error_code": 0, "error_reason": "", "data": {"task_id": 7, "synth_state": "published"}}
    server = Scripted(answer(200, unknown), answer(200, unknown))  # then: finished
    client = xingyun_client(server, Sleeps())
    seen: list[str] = []
    task = jobs.wait_for_render_task(
        client, 7, sleep=clock.sleep, clock=clock, progress=lambda state, _: seen.append(state)
    )
    assert seen == ["published", "published", "finished"] and task.synth_state == SynthState.FINISHED
    stuck = xingyun_client(Scripted(then=answer(200, unknown)), Sleeps())
    with pytest.raises(JobTimeoutError, match="still published") as raised:
        jobs.wait_for_render_task(stuck, 7, sleep=clock.sleep, clock=clock, timeout=10)
    assert raised.value.state == "published"


USER_CODE = """
from digihuman import metastudio
from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
from metastudio_client.models import Create2DDigitalHumanVideoRequest, VoiceConfig

client = metastudio.client()
job = create_2d_digital_human_video.sync(
    "project", client=client, body=Create2DDigitalHumanVideoRequest(
        model_asset_id="m", script_id="s", voice_config=VoiceConfig(voice_asset_id="v")))
job_id: str | None = job.job_id if isinstance(job.job_id, str) else None
print(job.job_id)
shown = show_2d_digital_human_video.sync("project", "job", client=client)
print(shown.state, shown.video_config)
"""


def readme_block(containing: str) -> str:
    documents = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]  # the generated functions: internals.md
    text = "".join(document.read_text(encoding="utf-8") for document in documents)
    blocks = [block.split("```", 1)[0] for block in text.split("```python\n")[1:]]
    return next(block for block in blocks if containing in block)


def test_user_code_type_checks_with_mypy_strict(tmp_path: Path) -> None:
    (tmp_path / "xmov.py").write_text(readme_block("xingyun.client()"), encoding="utf-8")
    (tmp_path / "metastudio_create.py").write_text(USER_CODE, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])}
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            "xmov.py",
            "metastudio_create.py",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert found.returncode == 0, found.stdout + found.stderr


def test_every_generated_sync_and_asyncio_returns_the_success_model_only() -> None:
    checked = 0
    for module in sorted((ROOT / "generated").glob("*_client/api/*/*.py")):
        text = module.read_text(encoding="utf-8")
        for function in ("def sync(", "async def asyncio("):
            if function not in text:
                continue
            returns = text.split(function, 1)[1].split(") -> ", 1)[1].split(":\n", 1)[0]
            assert returns == "None" or ("None" not in returns and "ErrorResponse" not in returns), (module, returns)
            checked += 1
    assert checked >= 2 * 138


async def test_asyncio_reads_a_drifted_answer_too(caplog: pytest.LogCaptureFixture) -> None:
    client = xingyun_client(Scripted(then=answer(200, RENDER_TASK)), Sleeps())
    with caplog.at_level(logging.WARNING, logger="digihuman.drift"):
        answered = await get_render_task.asyncio(client=client, task_id=7)
    assert isinstance(answered.data, RenderTask) and answered.data.synth_state == "published"
    assert ("get_render_task", "data.synth_state", "new enum value") in logged(caplog)


def test_no_value_is_logged_under_a_secret_looking_name(caplog: pytest.LogCaptureFixture) -> None:
    schema = {"type": "object", "properties": {"token_kind": {"type": "string", "enum": ["a"]}, "note": {}}}
    spec = Api({"paths": {}, "components": {"schemas": {"Answer": schema}}}, vendor="test")
    found = drift.drifts(spec, {"$ref": "#/components/schemas/Answer"}, {"token_kind": "s3cr3t", "extra": "x"})
    assert found == [drift.Drift("extra", "unknown field"), drift.Drift("token_kind", "new enum value")]
    with caplog.at_level(logging.WARNING, logger="digihuman.drift"):
        drift.report("test", "show", found)
    assert "s3cr3t" not in caplog.text and "token_kind: new enum value" in caplog.text


def test_the_contract_suite_reads_answers_strictly() -> None:
    from digihuman.contract import vendor_client

    server = Scripted(then=answer(200, RENDER_TASK))
    client, _ = vendor_client("xingyun", "http://127.0.0.1", transport=server.transport(), rate_limit=False)
    with pytest.raises(ResponseValidationError) as raised:
        get_render_task.sync(client=client, task_id=7)
    assert any(problem.startswith("data.synth_state must be one of") for problem in raised.value.problems)
