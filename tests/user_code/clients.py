"""A user's script: each client feature, as `mypy --strict` sees it from the installed wheel."""

from __future__ import annotations

import asyncio

import httpx
from metastudio_client.models import (
    Create2DDigitalHumanVideoRequest,
    ShootScript,
    ShootScriptItem,
    TextConfig,
    VoiceConfig,
)
from metaworks_client.models import CardItem, GenerateCardsRequest, ListCardsRequest
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman import jobs, metastudio, metaworks, video, xingyun
from digihuman.errors import ApiError


def metastudio_video(text: str) -> str | None:
    with metastudio.MetaStudio() as ms:
        script = ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text=text)))
        body = Create2DDigitalHumanVideoRequest(
            model_asset_id="model", voice_config=VoiceConfig(voice_asset_id="voice"), shoot_scripts=[script]
        )
        job = ms.video.create_2d_digital_human_video(body=body, timeout=30, retries=0)
        job_id: str = job.job_id if isinstance(job.job_id, str) else ""
        shown = ms.video.show_2d_digital_human_video(job_id, extra_headers={"X-Request-Tag": "mine"})
        for asset in ms.digital_assets.iter_list_digital_assets(asset_type="IMAGE"):
            print(asset.asset_id)
        raw: httpx.Response = ms.video.with_raw_response.show_2d_digital_human_video(job_id)
        print(raw.status_code, raw.headers.get("x-request-id"))
        done = jobs.wait_for_video_job(ms, job_id, timeout=60)
        return jobs.enum_value(done.state) or jobs.enum_value(shown.state)


async def metastudio_async(job_id: str) -> str | None:
    async with metastudio.AsyncMetaStudio() as ams:
        shown = await ams.video.show_2d_digital_human_video(job_id)
        async for asset in ams.digital_assets.iter_list_digital_assets():
            print(asset.asset_name)
        return jobs.enum_value(shown.state)


def xingyun_video(text: str) -> int:
    with xingyun.Xingyun() as xy:
        body = CreateRenderTaskBySegment(
            look_name="look", tts_vcn_name="voice", studio_name="studio", segment=[Segment(text=text)]
        )
        created = xy.video_synthesis_task.create_render_task(body=body)
        task_id = created.data.task_id if created.data and isinstance(created.data.task_id, int) else 0
        task = jobs.wait_for_render_task(xy, task_id)
        print(task.render_video_oss)
        return task_id


def metaworks_video(text: str) -> list[int]:
    mw = metaworks.Metaworks()
    body = GenerateCardsRequest(meta_human_id=1, items=[CardItem(tpl_id=152, tts_text=text, bg_url="https://x/bg.jpg")])
    created = mw.card.generate_cards(body=body)
    ids = created.data.task_ids if created.data and isinstance(created.data.task_ids, list) else []
    listed = mw.card.list_cards(body=ListCardsRequest(meta_human_id=1, task_list=ids))
    return [
        card.task_id for card in (listed.ret if isinstance(listed.ret, list) else []) if isinstance(card.task_id, int)
    ]


def any_vendor(vendor: str, text: str) -> str | None:
    try:
        return video.create_video(vendor, text, client=xingyun.Xingyun() if vendor == "xingyun" else None).url
    except ApiError as error:
        print(error.request_id, error)
        return None


if __name__ == "__main__":
    print(asyncio.run(metastudio_async("job")))
