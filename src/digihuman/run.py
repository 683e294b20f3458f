"""`make run`: the main job against the embedded mocks — one complete video job per vendor through the
generated clients and the configured clients over loopback, then a quick contract pass, then a short
interactive chat over the MetaStudio mock's WebSocket. It prints a line per job (with its video's URL), a contract
total per vendor and the chat's line; `verbose` adds every state and operation."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from metastudio_client import Client
from metastudio_client.api.digital_assets import show_digital_asset
from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
from metastudio_client.models import (
    AssetFileInfoAssetFileCategory,
    Create2DDigitalHumanVideoRequest,
    Create2DDigitalHumanVideoResponse,
    OutputAssetConfig,
    OutputAssetInfo,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoResponse,
    ShowDigitalAssetResponse,
    TextConfig,
    VoiceConfig,
)
from metaworks_client.api.card import generate_cards, list_cards
from metaworks_client.models import CardItem, GenerateCardsRequest, ListCardsRequest
from xingyun_client.api.video_synthesis_task import create_render_task, get_render_task
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman import jobs, metastudio, metaworks, xingyun
from digihuman.contract import OperationReport, format_report, run_contract, vendor_client
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.server import serve_in_thread

POLL_SECONDS = 0.1
DEADLINE_SECONDS = 30.0


@dataclass
class JobResult:
    vendor: str
    job_id: str
    states: list[str]  # every state the polls saw, in order, each once
    url: str
    polls: int

    @property
    def state(self) -> str:
        return self.states[-1]


def _poll(vendor: str, job_id: str, check: Callable[[], tuple[bool, str, str]]) -> JobResult:
    deadline = time.monotonic() + DEADLINE_SECONDS
    result = JobResult(vendor, job_id, [], "", 0)
    while True:
        result.polls += 1
        done, state, result.url = check()
        if state not in result.states:
            result.states.append(state)
        if done:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"job still {state} after {DEADLINE_SECONDS} s")
        time.sleep(POLL_SECONDS)


def xingyun_job(base_url: str) -> JobResult:
    client = xingyun.client(base_url=base_url, env=ENV["xingyun"])
    body = CreateRenderTaskBySegment(
        look_name="AM054_Jap_9021_new",
        tts_vcn_name="XMOV_HN_TTS__236",
        studio_name="youling_2d_v",
        segment=[Segment(text="你好，这是一个数字人视频。")],
    )
    created = create_render_task.sync(client=client, body=body)
    if created is None or created.error_code != 0 or not created.data or not isinstance(created.data.task_id, int):
        raise RuntimeError(f"create_render_task failed: {created}")
    task_id = created.data.task_id

    def check() -> tuple[bool, str, str]:
        got = get_render_task.sync(client=client, task_id=task_id)
        if got is None or got.error_code != 0 or not got.data:
            raise RuntimeError(f"get_render_task failed: {got}")
        state = str(jobs.enum_value(got.data.synth_state))
        url = got.data.render_video_oss
        return state in ("finished", "error", "cancel"), state, url if isinstance(url, str) else ""

    return _poll("xingyun", str(task_id), check)


def metaworks_job(base_url: str) -> JobResult:
    client = metaworks.client(base_url=base_url, env=ENV["metaworks"])
    body = GenerateCardsRequest(
        meta_human_id=1, items=[CardItem(tpl_id=152, tts_text="你好", bg_url="http://127.0.0.1/bg.jpg")]
    )
    created = generate_cards.sync(client=client, body=body)
    if created is None or created.err_code != 0 or not created.data or not created.data.task_ids:
        raise RuntimeError(f"generate_cards failed: {created}")
    task_id = created.data.task_ids[0]

    def check() -> tuple[bool, str, str]:
        got = list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=1, task_list=[task_id]))
        if got is None or got.err_code != 0 or not got.ret:
            raise RuntimeError(f"list_cards failed: {got}")
        card = got.ret[0]
        state = jobs.enum_value(card.state)
        return state in ("6", "7"), str(jobs.CARD_TASK.words(state)), str(card.play_url)

    return _poll("metaworks", str(task_id), check)


def metastudio_job(base_url: str) -> JobResult:
    """A 2D digital-human video (分身数字人视频制作), signed with the demo AK/SK."""
    env = ENV["metastudio"]
    client = metastudio.client(base_url=base_url, env=env)
    project = metastudio.project_id(env=env)
    body = Create2DDigitalHumanVideoRequest(
        model_asset_id="model-1",
        voice_config=VoiceConfig(voice_asset_id="voice-1"),
        shoot_scripts=[
            ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text="你好，这是一个数字人视频。")))
        ],
        output_asset_config=OutputAssetConfig(asset_name="make-run"),
    )
    created = create_2d_digital_human_video.sync(project, client=client, body=body)
    if not isinstance(created, Create2DDigitalHumanVideoResponse) or not isinstance(created.job_id, str):
        raise RuntimeError(f"create_2d_digital_human_video failed: {created}")
    job_id = created.job_id

    def check() -> tuple[bool, str, str]:
        got = show_2d_digital_human_video.sync(project, job_id, client=client)
        if not isinstance(got, Show2DDigitalHumanVideoResponse):
            raise RuntimeError(f"show_2d_digital_human_video failed: {got}")
        state = str(jobs.enum_value(got.state))
        done = state in ("SUCCEED", "FAILED", "CANCELED")
        return done, state, main_file_url(client, project, got.output_asset_config) if state == "SUCCEED" else ""

    return _poll("metastudio", job_id, check)


def main_file_url(client: Client, project: str, output: object) -> str:
    """The video's URL: the MAIN file of the job's output asset (2D avatar videos have no preview URL)."""
    if not isinstance(output, OutputAssetInfo) or not isinstance(output.asset_id, str):
        return ""
    asset = show_digital_asset.sync(project, output.asset_id, client=client)
    files = asset.files if isinstance(asset, ShowDigitalAssetResponse) and isinstance(asset.files, list) else []
    main = AssetFileInfoAssetFileCategory.MAIN
    return next((f.download_url for f in files if f.asset_file_category == main and f.download_url), "")


JOBS: dict[str, Callable[[str], JobResult]] = {
    "xingyun": xingyun_job,
    "metaworks": metaworks_job,
    "metastudio": metastudio_job,
}
SUCCEEDED = ("finished", jobs.CARD_TASK.words("6"), "SUCCEED")
CHAT_LINE = "您好，我是您的分身数字人。"
CHAT_SEQUENCE = ["START_CHAT", "TEXT_DRIVE_RSP", "START_SPEAKING", "STOP_SPEAKING", "STOP_CHAT_RSP"]


def metastudio_chat(base_url: str) -> list[str]:
    """A short interactive chat (004 §7.2.2): one line said over the WebSocket; the commands received."""
    import asyncio

    from metastudio_client.api.smart_chat_rooms import create_smart_chat_room
    from metastudio_client.models import CreateSmartChatRoomRequest

    from digihuman import chat

    env = {**ENV["metastudio"], "METASTUDIO_ENDPOINT": base_url}

    async def talk() -> list[str]:
        client = metastudio.client(env=env, allow_http=True)
        project = metastudio.project_id(env=env)
        body = CreateSmartChatRoomRequest(room_name="make-run")
        room = await create_smart_chat_room.asyncio(project, client=client, body=body)
        job = await chat.start_job(client, room_id=str(getattr(room, "room_id", "")), robot_id="r", project_id=project)
        seen: list[str] = []
        async with chat.connect(client, job=job, project_id=project) as session:
            await session.say(CHAT_LINE)
            async for event in session.events():
                seen.append(chat.command(event) or "")
                if seen[-1] == "STOP_SPEAKING":
                    break
            await session.stop()
            seen += [chat.command(event) or "" async for event in session.events()]
        return [name for name in seen if name]

    return asyncio.run(asyncio.wait_for(talk(), DEADLINE_SECONDS))


def contract_total(vendor: str, reports: list[OperationReport]) -> str:
    sent = sum(r.positive + r.negative + r.unknown_id for r in reports)
    failed = sum(len(r.failures) for r in reports)
    run = sum(1 for r in reports if r.planned)
    outcome = "all passed" if all(r.ok for r in reports) else f"{failed} failures"
    return f"[{vendor}] contract: {run} of {len(reports)} operations, {sent} cases, {outcome}"


def main(examples: int = 3, verbose: bool = False) -> int:
    failures = 0
    for vendor, job in JOBS.items():
        with serve_in_thread(demo_mock(vendor, seed=1, step_seconds=0.2)) as base_url:
            started = time.monotonic()
            result = job(base_url)
            took = time.monotonic() - started
        states = f": {' -> '.join(result.states)}" if verbose else ""
        print(f"[{vendor}] job {result.job_id} {result.state} in {took:.1f} s, {result.url or 'no URL'}{states}")
        failures += result.state not in SUCCEEDED
        # a mock of its own whose jobs stay where they start, so that cases find them as they created them
        with serve_in_thread(demo_mock(vendor, seed=2, step_seconds=3600)) as base_url:
            client, fixed = vendor_client(vendor, base_url, ENV[vendor], rate_limit=False)
            with client.get_httpx_client() as http:
                reports = run_contract(vendor, http, examples=examples, path_parameters=fixed)
        print(format_report(vendor, reports) if verbose else contract_total(vendor, reports))
        failures += sum(not r.ok for r in reports)
        for r in reports:
            for failure in r.failures[: 3 if verbose else 1]:
                print(f"    {failure[:500] if verbose else failure.splitlines()[0][:200]}")
    with serve_in_thread(demo_mock("metastudio", seed=3, chat_seconds_per_char=0.01)) as base_url:
        started = time.monotonic()
        commands = metastudio_chat(base_url)
        took = time.monotonic() - started
    print(f"[metastudio] chat: said 1 line in {took:.1f} s: {' -> '.join(commands)}")
    failures += commands != CHAT_SEQUENCE
    print(
        "summary: " + ("all jobs finished and every contract case passed" if not failures else f"{failures} failure(s)")
    )
    if not verbose:
        print("every state and operation: digihuman run -v; next: README.md, Quick start")
    return 1 if failures else 0
