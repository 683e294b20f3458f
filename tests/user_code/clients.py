"""A user's script: each client feature, as `mypy --strict` sees it from the installed wheel."""

from __future__ import annotations

from metastudio_client.api.video import show_2d_digital_human_video
from metastudio_client.models import Show2DDigitalHumanVideoResponse

from digihuman import jobs, metastudio, metaworks, video, xingyun
from digihuman.errors import ApiError


def metastudio_state(job_id: str) -> str | None:
    client = metastudio.client()
    answer = show_2d_digital_human_video.sync(metastudio.project_id(), job_id, client=client)
    if isinstance(answer, Show2DDigitalHumanVideoResponse):
        return jobs.enum_value(answer.state)
    return None


def clients() -> None:
    xingyun.client()
    metaworks.client()


def a_video() -> str | None:
    try:
        return video.create_video("xingyun", "你好").url
    except ApiError as error:
        print(error)
        return None
