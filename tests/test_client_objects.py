"""The client objects (`metastudio.MetaStudio`, `xingyun.Xingyun`, `metaworks.Metaworks` and their async twins):
one attribute per tag and one method per operation id with the generated function's arguments (the project id
filled in), per-call options, raw responses, context managers, and the helpers that accept them."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
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
from metaworks_client.models import ListCardsRequest

from digihuman import jobs, metastudio, metaworks, video, xingyun
from digihuman.errors import ConfigurationError, NotFoundError, ServerError
from digihuman.mock.demo import ENV, VIDEO_SETTINGS, demo_mock, serve_demo
from digihuman.openapi import read_spec
from digihuman.operations import OBJECTS, VENDORS, entries
from tests.support import Scripted, Sleeps, answer

ROOT = Path(__file__).resolve().parent.parent
DEMO = ENV["metastudio"]
PROJECT = DEMO["HUAWEICLOUD_SDK_PROJECT_ID"]
AKSK = {name: DEMO[name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")}
URL = "http://127.0.0.1"
CLASSES = {
    "metastudio": (metastudio.MetaStudio, metastudio.AsyncMetaStudio),
    "xingyun": (xingyun.Xingyun, xingyun.AsyncXingyun),
    "metaworks": (metaworks.Metaworks, metaworks.AsyncMetaworks),
}
OPTIONS = ["timeout", "retries", "extra_headers"]


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class Recording(httpx.BaseTransport):
    """The mock's transport, keeping every request it is sent."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)


def video_request() -> Create2DDigitalHumanVideoRequest:
    return Create2DDigitalHumanVideoRequest(
        model_asset_id="model-1",
        voice_config=VoiceConfig(voice_asset_id="voice-1"),
        shoot_scripts=[ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text="大家好")))],
        output_asset_config=OutputAssetConfig(asset_name="hello"),
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def mock(clock: Clock) -> Any:
    return demo_mock("metastudio", clock=clock, step_seconds=1.0)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_is_a_method_with_the_generated_functions_arguments(vendor: str) -> None:
    sync_class, async_class = CLASSES[vendor]
    package = OBJECTS[vendor][2]
    operations = entries(vendor, read_spec(package))
    assert operations
    for entry in operations:
        generated = importlib.import_module(f"{package}.api.{entry.tag}.{entry.operation_id}")
        wanted = [n for n in inspect.signature(generated.sync).parameters if n not in ("client", "project_id")]
        for cls, function in ((sync_class, generated.sync), (async_class, generated.asyncio)):
            resource_class = inspect.signature(getattr(cls, entry.tag).func).return_annotation
            resource = importlib.import_module(f"{package}.resources.{entry.tag}")
            resource_class = getattr(resource, resource_class.strip("'\""))
            for owner in (resource_class, getattr(resource, resource_class.__name__ + "WithRawResponse")):
                method = getattr(owner, entry.operation_id)
                assert inspect.iscoroutinefunction(method) == (cls is async_class)
                signature = inspect.signature(method)
                assert list(signature.parameters) == ["self", *wanted, *OPTIONS], entry.operation_id
                if owner is resource_class:
                    assert signature.return_annotation == inspect.signature(function).return_annotation
                else:
                    assert signature.return_annotation is httpx.Response
                assert entry.summary.split()[0] in (method.__doc__ or "")


def test_docstrings_carry_the_specs_parameter_descriptions() -> None:
    from metastudio_client.resources.digital_assets import DigitalAssets

    doc = DigitalAssets.list_digital_assets.__doc__ or ""
    assert "List digital assets" in doc and "limit: 每页显示的条目数量。 取值范围: 1-100" in doc


def test_the_object_fills_in_the_project_id_and_closes_its_client(mock: Any, clock: Clock) -> None:
    recording = Recording(mock.transport())
    with metastudio.MetaStudio(base_url=URL, env=AKSK, clock=clock, transport=recording) as ms:
        assert ms.vendor == "metastudio" and ms.project_id == PROJECT and isinstance(ms.client, metastudio.Client)
        created = ms.video.create_2d_digital_human_video(body=video_request())
        assert isinstance(created, Create2DDigitalHumanVideoResponse) and isinstance(created.job_id, str)
        shown = ms.video.show_2d_digital_human_video(created.job_id)
        assert isinstance(shown, Show2DDigitalHumanVideoResponse) and shown.job_id == created.job_id
        http = ms.client.get_httpx_client()
        assert not http.is_closed
    assert http.is_closed
    assert [r.url.path for r in recording.requests] == [
        f"/v1/{PROJECT}/2d-digital-human-videos",
        f"/v1/{PROJECT}/2d-digital-human-videos/{created.job_id}",
    ]
    assert "mock-secret-key" not in repr(ms) and PROJECT in repr(ms)


def test_the_async_object_runs_and_closes_its_client(mock: Any, clock: Clock) -> None:
    async def main() -> tuple[str, bool]:
        async with metastudio.AsyncMetaStudio(base_url=URL, env=AKSK, clock=clock, transport=mock.transport()) as ams:
            created = await ams.video.create_2d_digital_human_video(body=video_request())
            assert isinstance(created, Create2DDigitalHumanVideoResponse) and isinstance(created.job_id, str)
            shown = await ams.video.show_2d_digital_human_video(created.job_id)
            assert isinstance(shown, Show2DDigitalHumanVideoResponse)
            http = ams.client.get_async_httpx_client()
        return created.job_id, http.is_closed

    job_id, closed = asyncio.run(main())
    assert job_id and closed


def test_a_ready_client_is_wrapped_and_the_project_id_is_required(mock: Any, clock: Clock) -> None:
    generated = metastudio.client(URL, env=AKSK, clock=clock, transport=mock.transport())
    ms = metastudio.MetaStudio(client=generated, project="p-1")
    assert ms.client is generated and ms.project_id == "p-1"
    with pytest.raises(TypeError, match="region"):
        metastudio.MetaStudio(client=generated, project="p-1", region="cn-north-4")
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_PROJECT_ID"):
        metastudio.MetaStudio(client=generated, env={})


def test_per_call_options_reach_the_request(mock: Any, clock: Clock) -> None:
    recording = Recording(mock.transport())
    ms = metastudio.MetaStudio(base_url=URL, env=AKSK, clock=clock, transport=recording)
    ms.digital_assets.list_digital_assets(timeout=4.5, extra_headers={"X-Trace": "abc"})
    ms.digital_assets.list_digital_assets()
    first, second = recording.requests
    assert first.headers["x-trace"] == "abc" and first.extensions["timeout"]["read"] == 4.5
    assert "x-trace" not in second.headers and second.extensions["timeout"]["read"] != 4.5
    with pytest.raises(ConfigurationError, match="timeout"):
        ms.digital_assets.list_digital_assets(timeout=-1)
    with pytest.raises(ConfigurationError, match="retries"):
        ms.digital_assets.list_digital_assets(retries=-1)


def test_retries_per_call_replace_the_clients() -> None:
    sleeps = Sleeps()
    server = Scripted(then=answer(503, {"error_code": "x", "error_msg": "busy"}))
    xy = xingyun.Xingyun(base_url=URL, transport=server.transport(), retries=sleeps.retry(attempts=3))
    with pytest.raises(ServerError):
        xy.video_synthesis_task.get_render_task(task_id=7, retries=0)
    assert len(server.requests) == 1
    with pytest.raises(ServerError):
        xy.video_synthesis_task.get_render_task(task_id=7)
    assert len(server.requests) == 1 + 4


def test_the_raw_response_and_request_ids(mock: Any, clock: Clock) -> None:
    ms = metastudio.MetaStudio(base_url=URL, env=AKSK, clock=clock, transport=mock.transport())
    raw = ms.video.with_raw_response.create_2d_digital_human_video(body=video_request())
    assert isinstance(raw, httpx.Response) and raw.status_code == 200
    assert raw.json()["job_id"] and raw.headers["X-Request-Id"]
    with pytest.raises(NotFoundError) as raised:
        ms.video.with_raw_response.show_2d_digital_human_video("no-such-job")
    assert raised.value.request_id
    with pytest.raises(NotFoundError) as raised:
        ms.video.show_2d_digital_human_video("no-such-job")
    assert raised.value.request_id


def test_jobs_and_video_take_the_object_and_its_project_id(mock: Any, clock: Clock) -> None:
    assert "HUAWEICLOUD_SDK_PROJECT_ID" not in os.environ
    ms = metastudio.MetaStudio(base_url=URL, env=AKSK, clock=clock, transport=mock.transport())
    created = ms.video.create_2d_digital_human_video(body=video_request())
    assert isinstance(created, Create2DDigitalHumanVideoResponse) and isinstance(created.job_id, str)
    done = jobs.wait_for_video_job(ms, created.job_id, clock=clock, sleep=clock.sleep)
    assert str(getattr(done.state, "value", done.state)) == "SUCCEED"
    status = video.video_status("metastudio", created.job_id, client=ms)
    assert status.job_id == created.job_id


@pytest.mark.parametrize("vendor", ["xingyun", "metaworks"])
def test_xingyun_and_metaworks_objects_start_and_show_a_video(vendor: str) -> None:
    mock = demo_mock(vendor, step_seconds=3600)
    sync_class, _ = CLASSES[vendor]
    obj = sync_class(base_url=URL, transport=mock.transport())
    assert obj.vendor == vendor and not hasattr(obj, "project_id")
    started = video.create_video(vendor, "大家好", wait=False, env=VIDEO_SETTINGS[vendor], client=obj)
    if vendor == "xingyun":
        shown: Any = obj.video_synthesis_task.get_render_task(task_id=int(started.job_id))
        assert str(shown.data.task_id) == started.job_id
    else:
        raw = obj.card.with_raw_response.list_cards(
            body=ListCardsRequest(meta_human_id=0, task_list=[int(started.job_id)])
        )
        assert raw.status_code == 200 and raw.json()["ret"][0]["taskId"] == int(started.job_id)


def test_digihuman_log_turns_on_our_logging_without_code() -> None:
    probe = "import logging, digihuman; log = logging.getLogger('digihuman'); print(log.level, len(log.handlers))"
    env = {**os.environ, "DIGIHUMAN_LOG": "debug"}
    on = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert on.stdout.split() == ["10", "1"]
    env.pop("DIGIHUMAN_LOG")
    off = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert off.stdout.split() == ["0", "0"]
    bad = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env={**env, "DIGIHUMAN_LOG": "loud"}, check=True
    )
    assert "DIGIHUMAN_LOG" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_debug_logging_names_each_request_without_secrets(mock: Any, clock: Clock, caplog: Any) -> None:
    ms = metastudio.MetaStudio(base_url=URL, env=AKSK, clock=clock, transport=mock.transport())
    with caplog.at_level("DEBUG", logger="digihuman"):
        ms.digital_assets.list_digital_assets()
    text = caplog.text
    assert "list_digital_assets" in text and "-> 200" in text and "request id" in text
    assert DEMO["HUAWEICLOUD_SDK_SK"] not in text


def test_the_python_blocks_of_docs_clients_md_run_against_served_mocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the docs convention runs them: in order, one namespace, the environment pointing at served mocks."""
    text = (ROOT / "docs" / "clients.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)
    assert len(blocks) >= 8
    with contextlib.ExitStack() as stack:
        for vendor in VENDORS:
            for name, value in stack.enter_context(serve_demo(vendor)).items():
                monkeypatch.setenv(name, value)
        namespace: dict[str, Any] = {"__name__": "docs_clients"}
        for block in blocks:
            exec(compile(block, "docs/clients.md", "exec"), namespace)  # noqa: S102 - our own documentation
