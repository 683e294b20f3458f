"""Requests are checked against the spec before any network I/O: the error names the field in a sentence,
and the server records nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from metastudio_client.api.video import create_2d_digital_human_video
from metastudio_client.models import Create2DDigitalHumanVideoRequest
from xingyun_client.api.video_synthesis_task import create_render_task, get_render_task
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman.errors import RequestValidationError
from digihuman.openapi import api
from tests.support import Scripted, Sleeps, answer, metastudio_client, xingyun_client

VIDEO_CONFIG = {"codec": "H264", "bitrate": 4000, "width": 1920, "height": 1080}
VALID_2D_VIDEO = {"model_asset_id": "m1", "voice_config": {"voice_asset_id": "v1"}, "video_config": VIDEO_CONFIG}


def metastudio() -> tuple[Any, Scripted]:
    server = Scripted(then=answer(200, {"job_id": "j1"}))
    return metastudio_client(server.transport(), Sleeps().retry()), server


def with_changes(**changes: Any) -> dict[str, Any]:
    body = {**VALID_2D_VIDEO, **changes}
    return {k: v for k, v in body.items() if v is not None}


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        (
            with_changes(video_config={**VIDEO_CONFIG, "bitrate": 50000}),
            "video_config.bitrate must be between 40 and 30000, got 50000",
        ),
        (with_changes(voice_config={"speed": 100}), "voice_config.voice_asset_id is required"),
        (
            with_changes(video_config={**VIDEO_CONFIG, "clip_mode": "FOO"}),
            "video_config.clip_mode must be one of RESIZE, CROP, got 'FOO'",
        ),
        (
            with_changes(voice_config={"voice_asset_id": ""}),
            "voice_config.voice_asset_id must be between 1 and 256 characters long, got 0",
        ),
        (
            with_changes(video_config={**VIDEO_CONFIG, "width": "wide"}),
            "video_config.width must be an integer, got 'wide'",
        ),
        (
            with_changes(shoot_scripts=[{"sequence_no": 0}]),
            "shoot_scripts[0].shoot_script is required",
        ),
    ],
)
def test_metastudio_body_problems_are_sentences_and_nothing_is_sent(body: dict[str, Any], sentence: str) -> None:
    client, server = metastudio()
    with pytest.raises(RequestValidationError) as raised:
        client.get_httpx_client().post("/v1/project-1/2d-digital-human-videos", json=body)
    assert sentence in raised.value.problems
    assert str(raised.value).startswith("create_2d_digital_human_video: ")
    assert server.requests == []


def test_array_size_is_checked() -> None:
    client, server = metastudio()
    max_items = api("metastudio").resolve({"$ref": "#/components/schemas/CreateDigitalAssetRequest"})["properties"][
        "tags"
    ]["maxItems"]
    body = {"asset_name": "a", "asset_type": "HUMAN_MODEL_2D", "tags": ["t"] * (max_items + 1)}
    with pytest.raises(RequestValidationError) as raised:
        client.get_httpx_client().post("/v1/project-1/digital-assets", json=body)
    assert f"tags must have at most {max_items} items, got {max_items + 1}" in raised.value.problems
    assert server.requests == []


def test_generated_functions_validate_sync_and_async() -> None:
    client, server = metastudio()
    body = Create2DDigitalHumanVideoRequest.from_dict(with_changes(video_config={**VIDEO_CONFIG, "bitrate": 50000}))
    with pytest.raises(RequestValidationError, match="video_config.bitrate must be between 40 and 30000"):
        create_2d_digital_human_video.sync(project_id="p", client=client, body=body)
    with pytest.raises(RequestValidationError, match="video_config.bitrate must be between 40 and 30000"):
        asyncio.run(create_2d_digital_human_video.asyncio(project_id="p", client=client, body=body))
    assert server.requests == []
    good = Create2DDigitalHumanVideoRequest.from_dict(VALID_2D_VIDEO)
    assert create_2d_digital_human_video.sync(project_id="p", client=client, body=good).job_id == "j1"  # type: ignore[union-attr]
    assert len(server.requests) == 1


def test_query_and_path_parameters_are_checked() -> None:
    server, sleeps = Scripted(), Sleeps()
    http = xingyun_client(server, sleeps).get_httpx_client()
    path = "/user/v1/video_synthesis_task/get_render_task"
    with pytest.raises(RequestValidationError, match="task_id must be an integer, got 'abc'"):
        http.get(path, params={"task_id": "abc"})
    with pytest.raises(RequestValidationError, match=r"task_id is required \(query parameter\)"):
        http.get(path)
    ms, ms_server = metastudio()
    with pytest.raises(RequestValidationError, match="show_script must be true or false"):
        ms.get_httpx_client().get("/v1/p/2d-digital-human-videos/j1", params={"show_script": "yes"})
    assert server.requests == [] and ms_server.requests == []


def test_array_query_parameters_are_read_as_lists() -> None:
    server = Scripted(then=answer(200, {}))
    client = metastudio_client(server.transport(), Sleeps().retry())
    client.get_httpx_client().get("/v1/p/digital-assets", params=[("asset_id", "a"), ("asset_id", "b")])
    assert len(server.requests) == 1


def test_one_of_bodies_name_the_closest_form() -> None:
    server, sleeps = Scripted(), Sleeps()
    body = CreateRenderTaskBySegment(look_name="l", tts_vcn_name="t", studio_name="s", segment=[Segment(text="x")])
    bad = body.to_dict() | {"look_name": 1}
    with pytest.raises(RequestValidationError) as raised:
        xingyun_client(server, sleeps).get_httpx_client().post(
            "/user/v1/video_synthesis_task/create_render_task", json=bad
        )
    (problem,) = raised.value.problems
    assert problem == "the body matches none of the allowed forms (closest: look_name must be a string, got 1)"
    assert create_render_task.sync(client=xingyun_client(server, sleeps), body=body) is not None


def test_validate_false_sends_what_it_is_given() -> None:
    server, sleeps = Scripted(), Sleeps()
    client = xingyun_client(server, sleeps, validate=False)
    client.get_httpx_client().get("/user/v1/video_synthesis_task/get_render_task", params={"task_id": "abc"})
    assert len(server.requests) == 1
    assert get_render_task.sync(client=client, task_id=7) is not None


def test_formats_are_checked() -> None:
    client, server = metastudio()
    http = client.get_httpx_client()
    with pytest.raises(RequestValidationError, match="start_time must be a valid date-time, got 'yesterday'"):
        http.get("/v1/p/smart-chat-rooms", params={"start_time": "yesterday"})
    assert server.requests == []
    http.get("/v1/p/smart-chat-rooms", params={"start_time": "2024-11-14T08:00:00Z"})
    assert len(server.requests) == 1


def test_schemas_written_inline_reach_the_named_schemas_they_refer_to() -> None:
    inline = {"type": "array", "items": {"$ref": "#/components/schemas/ProductTextInfo"}}
    assert api("metastudio").errors(inline, [1], "texts") == ["texts[0] must be an object, got 1"]
