"""Typed errors across vendors: HTTP statuses, codes inside Xmov's and Metaworks' 200 envelopes, MetaStudio's
catalogue, answers that do not match the spec, and paid jobs whose outcome is unknown."""

from __future__ import annotations

from typing import Any

import pytest
from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
from metastudio_client.models import Create2DDigitalHumanVideoRequest
from metaworks_client.api.card import list_cards
from metaworks_client.models import ListCardsRequest
from xingyun_client.api.video_synthesis_task import get_render_task
from xingyun_client.models import RenderTask

from digihuman import metaworks
from digihuman.envelopes import ERROR_SHAPES
from digihuman.errors import (
    ApiError,
    AuthError,
    NotFoundError,
    PaidJobUncertainError,
    RateLimitedError,
    ResponseValidationError,
    ServerError,
    ValidationError,
    error_class,
)
from digihuman.openapi import api
from tests.support import Scripted, Sleeps, answer, metastudio_client, xingyun_client

VALID_2D_VIDEO = {
    "model_asset_id": "asset-42",
    "script_id": "script-7",
    "voice_config": {"voice_asset_id": "v1"},
    "video_config": {"codec": "H264", "bitrate": 4000, "width": 1920, "height": 1080},
}


@pytest.mark.parametrize("vendor", ["xingyun", "metaworks"])
def test_every_classified_code_is_in_the_vendors_catalogue(vendor: str) -> None:
    catalogue = api(vendor).extension("x-error-codes")
    assert {str(code) for code in ERROR_SHAPES[vendor].statuses} <= set(catalogue)


def envelope_call(vendor: str, code: int, message: str = "") -> Any:
    server, sleeps = Scripted(), Sleeps()
    if vendor == "xingyun":
        server.then = answer(200, {"error_code": code, "error_reason": message})
        return lambda: get_render_task.sync(client=xingyun_client(server, sleeps), task_id=7)
    server.then = answer(200, {"err_code": code, "last_modify": 1})
    client = metaworks.client(base_url="http://127.0.0.1", transport=server.transport(), retries=sleeps.retry())
    return lambda: list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=1, task_list=[]))


@pytest.mark.parametrize(
    ("vendor", "code"),
    [(v, int(code)) for v in ("xingyun", "metaworks") for code in api(v).extension("x-error-codes") if code != "0"],
)
def test_every_catalogue_code_inside_a_200_is_raised_with_its_class_and_meaning(vendor: str, code: int) -> None:
    with pytest.raises(ApiError) as raised:
        envelope_call(vendor, code)()
    error = raised.value
    assert type(error) is error_class(ERROR_SHAPES[vendor].statuses.get(code))
    assert error.vendor == vendor and error.vendor_code == code and error.status == 200
    assert error.meaning == api(vendor).extension("x-error-codes")[str(code)]


def test_envelope_classes_by_example() -> None:
    with pytest.raises(AuthError, match="20001"):
        envelope_call("xingyun", 20001, "应用不存在或无法使用")()
    with pytest.raises(NotFoundError, match="视频任务未找到"):
        envelope_call("xingyun", 30004)()
    with pytest.raises(ValidationError):
        envelope_call("metaworks", -10002)()
    with pytest.raises(RateLimitedError):
        envelope_call("metaworks", -10005)()
    with pytest.raises(ServerError):
        envelope_call("metaworks", -20001)()
    with pytest.raises(ApiError, match="undocumented") as unknown:
        envelope_call("xingyun", 99999)()
    assert type(unknown.value) is ApiError and unknown.value.meaning is None


def metastudio_call(*outcomes: Any, then: Any = None) -> tuple[Any, Scripted]:
    server = Scripted(*outcomes, then=then)
    return metastudio_client(server.transport(), Sleeps().retry()), server


def ms_error(status: int, code: str, headers: dict[str, str] | None = None, **extra: Any) -> Any:
    return answer(status, {"error_code": code, "error_msg": f"message of {code}", **extra}, headers)


def catalogued(status: int) -> dict[str, Any]:
    """The first entry of MetaStudio's catalogue documented under `status`."""
    entry: dict[str, Any] = next(e for e in api("metastudio").extension("x-error-codes") if e["status"] == status)
    return entry


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, ValidationError), (401, AuthError), (403, AuthError), (404, NotFoundError), (429, RateLimitedError)],
)
def test_metastudio_status_errors_carry_code_meaning_and_request_id(status: int, cls: type[ApiError]) -> None:
    entry = catalogued(status)
    client, server = metastudio_call(then=ms_error(status, entry["code"], {"X-Request-Id": "req-1"}))
    with pytest.raises(cls) as raised:
        show_2d_digital_human_video.sync(project_id="p", job_id="j", client=client)
    error = raised.value
    assert (error.status, error.vendor, error.vendor_code, error.request_id) == (
        status,
        "metastudio",
        entry["code"],
        "req-1",
    )
    assert error.operation_id == "show_2d_digital_human_video"
    assert error.meaning is not None and entry["message"] in error.meaning
    assert f"message of {entry['code']}" in str(error)


def test_metastudio_server_errors_after_retries_and_request_id_from_the_body() -> None:
    entry = catalogued(503)
    client, server = metastudio_call(then=ms_error(503, entry["code"], request_id="body-req"))
    with pytest.raises(ServerError) as raised:
        show_2d_digital_human_video.sync(project_id="p", job_id="j", client=client)
    assert raised.value.request_id == "body-req" and len(server.requests) == 3
    assert raised.value.meaning is not None and entry["message"] in raised.value.meaning


def test_metastudio_rate_limited_carries_retry_after() -> None:
    client, server = metastudio_call(then=ms_error(429, catalogued(429)["code"], {"Retry-After": "30"}))
    with pytest.raises(RateLimitedError) as raised:
        show_2d_digital_human_video.sync(project_id="p", job_id="j", client=client)
    assert raised.value.retry_after == 30 and len(server.requests) == 1


def test_a_paid_job_that_meets_a_server_error_is_uncertain_and_says_how_to_check() -> None:
    client, server = metastudio_call(then=ms_error(500, catalogued(500)["code"], {"X-Request-Id": "req-9"}))
    body = Create2DDigitalHumanVideoRequest.from_dict(VALID_2D_VIDEO)
    with pytest.raises(PaidJobUncertainError) as raised:
        create_2d_digital_human_video.sync(project_id="p", client=client, body=body)
    error = raised.value
    assert len(server.requests) == 1
    assert "may or may not have created a paid job" in str(error) and "req-9" in str(error)
    assert (error.method, error.url) == ("POST", "https://metastudio.test/v1/p/2d-digital-human-videos")
    assert error.identifying_fields == {"model_asset_id": "asset-42", "script_id": "script-7"}
    assert error.operation_id == "create_2d_digital_human_video" and error.request_id == "req-9"
    assert isinstance(error.__cause__, ServerError)


def test_a_paid_job_refused_with_a_client_error_is_certain() -> None:
    client, server = metastudio_call(then=ms_error(400, catalogued(400)["code"]))
    body = Create2DDigitalHumanVideoRequest.from_dict(VALID_2D_VIDEO)
    with pytest.raises(ValidationError):
        create_2d_digital_human_video.sync(project_id="p", client=client, body=body)


def test_in_strict_mode_an_answer_that_does_not_match_the_spec_names_the_field_and_keeps_the_body() -> None:
    raw = {"error_code": 0, "error_reason": "", "data": {"task_id": "seven", "synth_state": "bogus"}}
    server, sleeps = Scripted(then=answer(200, raw)), Sleeps()
    with pytest.raises(ResponseValidationError) as raised:
        get_render_task.sync(client=xingyun_client(server, sleeps, strict_responses=True), task_id=7)
    problems = raised.value.problems
    assert "data.synth_state must be one of not_send, waiting, processing, finished, error, cancel, got 'bogus'" in (
        problems
    )
    assert "data.task_id must be an integer, got 'seven'" in problems
    assert raised.value.body == server.then(server.requests[0]).content
    assert len(server.requests) == 1  # a wrong answer is not retried


def test_broken_json_and_a_missing_envelope_code_are_response_validation_errors() -> None:
    server, sleeps = Scripted(then=answer(200, b'{"error_code": 0, "da')), Sleeps()
    with pytest.raises(ResponseValidationError, match="not valid JSON"):
        get_render_task.sync(client=xingyun_client(server, sleeps), task_id=7)
    server.then = answer(200, {"data": {"task_id": 7}})
    with pytest.raises(ResponseValidationError, match="error_code is missing"):
        get_render_task.sync(client=xingyun_client(server, sleeps), task_id=7)


def test_validate_false_still_raises_typed_errors_but_skips_the_schema() -> None:
    raw = {"error_code": 0, "error_reason": "", "data": {"synth_state": "bogus"}}
    server, sleeps = Scripted(then=answer(200, raw)), Sleeps()
    client = xingyun_client(server, sleeps, validate=False)
    data = get_render_task.sync(client=client, task_id=7).data  # the open enum keeps the unknown value
    assert isinstance(data, RenderTask) and data.synth_state == "bogus"
    server.then = answer(200, {"error_code": 30004, "error_reason": ""})
    with pytest.raises(NotFoundError):
        get_render_task.sync(client=client, task_id=7)
