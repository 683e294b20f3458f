"""A talking-head video from text on any of the three vendors, for the common case:

    from digihuman import video

    result = video.create_video("xingyun", "你好")       # waits; VideoResult(url, job_id, vendor, state)
    video.video_status("xingyun", result.job_id)
    video.wait_for_video("xingyun", video.create_video("xingyun", "你好", wait=False).job_id)
    video.cancel_video("metastudio", job_id)           # MetaStudio (while WAITING) and Xmov; not Metaworks
    video.list_videos("metaworks")                     # MetaStudio (first page) and Metaworks; not Xmov

What each vendor makes: MetaStudio a 2D video job with one text shoot script (its URL is the MAIN file of
the output video asset), Xmov a render task with one segment (`render_video_oss`), Metaworks one card with
`tts_text` (`playUrl`). Credentials and endpoints come from the client factories' variables; the ids a
video needs, from `settings={name: value}` or these variables:

    metastudio  model_asset_id  METASTUDIO_MODEL_ASSET_ID   voice_asset_id  METASTUDIO_VOICE_ASSET_ID
    xingyun     look_name       XINGYUN_LOOK_NAME           tts_vcn_name    XINGYUN_TTS_VCN_NAME
                studio_name     XINGYUN_STUDIO_NAME
    metaworks   meta_human_id   METAWORKS_META_HUMAN_ID     tpl_id          METAWORKS_TPL_ID
                bg_url          METAWORKS_BG_URL

`create_video` takes the options of `digihuman.jobs` (timeout, backoff, progress, cancel, sleep, clock);
a failed job raises `JobFailedError`, the deadline `JobTimeoutError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, Unpack

from metastudio_client.api.digital_assets import show_digital_asset
from metastudio_client.api.video import (
    cancel_2d_digital_human_video,
    create_2d_digital_human_video,
    show_2d_digital_human_video,
)
from metastudio_client.api.video_jobs import list_digital_human_videos
from metastudio_client.models import (
    AssetFileInfoAssetFileCategory,
    Create2DDigitalHumanVideoRequest,
    Create2DDigitalHumanVideoResponse,
    ListDigitalHumanVideosResponse,
    OutputAssetInfo,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoResponse,
    ShowDigitalAssetResponse,
    TextConfig,
    VoiceConfig,
)
from metaworks_client.api.card import generate_cards, list_cards
from metaworks_client.models import (
    CardItem,
    CardTask,
    GenerateCardsRequest,
    GenerateCardsResponse,
    ListCardsRequest,
    ListCardsResponse,
)
from xingyun_client.api.video_synthesis_task import cancel_render_task, create_render_task, get_render_task
from xingyun_client.models import (
    CancelRenderTaskRequest,
    CreateRenderTaskBySegment,
    CreateRenderTaskResponse,
    Envelope,
    RenderTask,
    Segment,
)

from digihuman import jobs
from digihuman.config import required_setting, setting
from digihuman.errors import ConfigurationError, UnsupportedOperationError

VENDORS = ("metastudio", "xingyun", "metaworks")
SETTINGS: dict[str, dict[str, tuple[str, str]]] = {  # name -> (variable, what it is)
    "metastudio": {
        "model_asset_id": ("METASTUDIO_MODEL_ASSET_ID", "the 2D digital-human model asset that speaks"),
        "voice_asset_id": ("METASTUDIO_VOICE_ASSET_ID", "the voice asset the text is spoken with"),
    },
    "xingyun": {
        "look_name": ("XINGYUN_LOOK_NAME", "the Xmov look (形象) of the video"),
        "tts_vcn_name": ("XINGYUN_TTS_VCN_NAME", "the Xmov TTS voice"),
        "studio_name": ("XINGYUN_STUDIO_NAME", "the Xmov studio (演播室)"),
    },
    "metaworks": {
        "meta_human_id": ("METAWORKS_META_HUMAN_ID", "the Metaworks digital human id"),
        "tpl_id": ("METAWORKS_TPL_ID", "the Metaworks action template id"),
        "bg_url": ("METAWORKS_BG_URL", "the background image URL of the card"),
    },
}
CREDENTIALS = {  # any of these set means the caller has configured the vendor
    "metastudio": ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_TOKEN", "HUAWEICLOUD_SDK_PASSWORD"),
    "xingyun": ("XINGYUN_APP_ID", "XINGYUN_APP_SECRET"),
    "metaworks": ("METAWORKS_APP_KEY", "METAWORKS_APP_SECRET"),
}


@dataclass(frozen=True)
class VideoResult:
    url: str | None  # set once the job succeeded (and, from list_videos, where the list answer carries it)
    job_id: str
    vendor: str
    state: str | None  # the vendor's own state value, as its spec lists it


def has_credentials(vendor: str, env: Mapping[str, str] | None = None) -> bool:
    return any(setting(name, None, env) for name in CREDENTIALS[_checked(vendor)])


def create_video(
    vendor: str,
    text: str,
    *,
    wait: bool = True,
    settings: Mapping[str, str] | None = None,
    client: Any = None,
    env: Mapping[str, str] | None = None,
    **options: Unpack[jobs.WaitOptions],
) -> VideoResult:
    """Start a video of `text` being spoken; with `wait`, return once it is done (else its first state)."""
    needed = _Settings(_checked(vendor), settings or {}, env)  # first: a missing id is named even without credentials
    videos = _videos(vendor, client, env)
    job_id = videos.create(text, needed)
    return videos.wait(job_id, options) if wait else videos.status(job_id)


def wait_for_video(
    vendor: str,
    job_id: str,
    *,
    client: Any = None,
    env: Mapping[str, str] | None = None,
    **options: Unpack[jobs.WaitOptions],
) -> VideoResult:
    """Wait for a video job `create_video(wait=False)` started."""
    return _videos(vendor, client, env).wait(job_id, options)


def video_status(vendor: str, job_id: str, *, client: Any = None, env: Mapping[str, str] | None = None) -> VideoResult:
    return _videos(vendor, client, env).status(job_id)


def cancel_video(vendor: str, job_id: str, *, client: Any = None, env: Mapping[str, str] | None = None) -> VideoResult:
    """Cancel the job (UnsupportedOperationError where the vendor's API cannot) and return its state after."""
    return _videos(vendor, client, env).cancel(job_id)


def list_videos(vendor: str, *, client: Any = None, env: Mapping[str, str] | None = None) -> list[VideoResult]:
    """The vendor's video jobs as its list operation returns them (UnsupportedOperationError without one)."""
    return _videos(vendor, client, env).list()


# -- per vendor ----------------------------------------------------------------------------------


class _Settings:
    """The vendor's video settings, each from `given` or its variable; a missing one is a ConfigurationError."""

    def __init__(self, vendor: str, given: Mapping[str, str], env: Mapping[str, str] | None) -> None:
        unknown = set(given) - set(SETTINGS[vendor])
        if unknown:
            raise ConfigurationError(f"{vendor} has no video setting {', '.join(sorted(unknown))}")
        self.vendor = vendor
        self.values = {
            name: required_setting(variable, given.get(name), f"{name}, {purpose}", env)
            for name, (variable, purpose) in SETTINGS[vendor].items()
        }

    def __getitem__(self, name: str) -> str:
        return self.values[name]

    def number(self, name: str) -> int:
        value = self[name]
        if not value.isdigit():
            raise ConfigurationError(f"{name} ({SETTINGS[self.vendor][name][0]}) must be a number, got {value!r}")
        return int(value)


class _Videos(Protocol):
    def create(self, text: str, settings: _Settings) -> str: ...
    def wait(self, job_id: str, options: jobs.WaitOptions) -> VideoResult: ...
    def status(self, job_id: str) -> VideoResult: ...
    def cancel(self, job_id: str) -> VideoResult: ...
    def list(self) -> list[VideoResult]: ...


def _checked(vendor: str) -> str:
    if vendor not in VENDORS:
        raise ConfigurationError(f"unknown vendor {vendor!r}; one of {', '.join(VENDORS)}")
    return vendor


def _videos(vendor: str, client: Any, env: Mapping[str, str] | None) -> _Videos:
    if _checked(vendor) == "metastudio":
        return _MetaStudio(client, env)
    if vendor == "xingyun":
        return _Xingyun(client, env)
    return _Metaworks(client, env)


def _task_id(vendor: str, job_id: str) -> int:
    if not job_id.isdigit():
        raise ConfigurationError(f"{vendor} task ids are numbers, got {job_id!r}")
    return int(job_id)


class _MetaStudio:
    vendor = "metastudio"

    def __init__(self, client: Any, env: Mapping[str, str] | None) -> None:
        from digihuman import metastudio

        # a client object (`metastudio.MetaStudio`) brings its configured client and its project id
        self.client = getattr(client, "client", client) or metastudio.client(env=env)
        self.project = getattr(client, "project_id", None) or metastudio.project_id(env=env)

    def create(self, text: str, settings: _Settings) -> str:
        script = ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text=text)), sequence_no=0)
        body = Create2DDigitalHumanVideoRequest(
            model_asset_id=settings["model_asset_id"],
            voice_config=VoiceConfig(voice_asset_id=settings["voice_asset_id"]),
            shoot_scripts=[script],
        )
        answer = create_2d_digital_human_video.sync(self.project, client=self.client, body=body)
        created = jobs.expect(answer, Create2DDigitalHumanVideoResponse, self.vendor, "create_2d_digital_human_video")
        return jobs.expect(created.job_id, str, self.vendor, "create_2d_digital_human_video")

    def wait(self, job_id: str, options: jobs.WaitOptions) -> VideoResult:
        return self.result(job_id, jobs.wait_for_video_job(self.client, job_id, project_id=self.project, **options))

    def status(self, job_id: str) -> VideoResult:
        answer = show_2d_digital_human_video.sync(self.project, job_id, client=self.client)
        return self.result(
            job_id, jobs.expect(answer, Show2DDigitalHumanVideoResponse, self.vendor, "show_2d_digital_human_video")
        )

    def cancel(self, job_id: str) -> VideoResult:
        cancel_2d_digital_human_video.sync(self.project, job_id, client=self.client)
        return self.status(job_id)

    def list(self) -> list[VideoResult]:
        answer = list_digital_human_videos.sync(self.project, client=self.client)
        listed = jobs.expect(answer, ListDigitalHumanVideosResponse, self.vendor, "list_digital_human_videos").jobs
        return [
            VideoResult(None, str(job.job_id), self.vendor, jobs.enum_value(job.state))
            for job in (listed if isinstance(listed, list) else [])
        ]

    def result(self, job_id: str, answer: Show2DDigitalHumanVideoResponse) -> VideoResult:
        state = jobs.enum_value(answer.state)
        url = self.video_url(answer.output_asset_config) if state in jobs.VIDEO_JOB.succeeded else None
        return VideoResult(url, job_id, self.vendor, state)

    def video_url(self, output: object) -> str | None:
        """The download URL of the output asset's MAIN file (the job answer's preview URL is not offered for
        2D avatar videos: OutputAssetInfo.preview_video_url, 分身数字人视频制作不支持预览)."""
        if not isinstance(output, OutputAssetInfo) or not isinstance(output.asset_id, str):
            return None
        answer = show_digital_asset.sync(self.project, output.asset_id, client=self.client)
        asset = jobs.expect(answer, ShowDigitalAssetResponse, self.vendor, "show_digital_asset")
        files = asset.files if isinstance(asset.files, list) else []
        main = AssetFileInfoAssetFileCategory.MAIN
        return next(
            (f.download_url for f in files if f.asset_file_category == main and isinstance(f.download_url, str)), None
        )


class _Xingyun:
    vendor = "xingyun"

    def __init__(self, client: Any, env: Mapping[str, str] | None) -> None:
        from digihuman import xingyun

        self.client = getattr(client, "client", client) or xingyun.client(env=env)

    def create(self, text: str, settings: _Settings) -> str:
        body = CreateRenderTaskBySegment(
            look_name=settings["look_name"],
            tts_vcn_name=settings["tts_vcn_name"],
            studio_name=settings["studio_name"],
            segment=[Segment(text=text)],
        )
        answer = create_render_task.sync(client=self.client, body=body)
        data = jobs.expect(answer, CreateRenderTaskResponse, self.vendor, "create_render_task").data
        return str(jobs.expect(getattr(data, "task_id", None), int, self.vendor, "create_render_task"))

    def wait(self, job_id: str, options: jobs.WaitOptions) -> VideoResult:
        return self.result(job_id, jobs.wait_for_render_task(self.client, _task_id(self.vendor, job_id), **options))

    def status(self, job_id: str) -> VideoResult:
        answer = get_render_task.sync(client=self.client, task_id=_task_id(self.vendor, job_id))
        return self.result(job_id, jobs.render_task(answer))

    def cancel(self, job_id: str) -> VideoResult:
        body = CancelRenderTaskRequest(task_id=_task_id(self.vendor, job_id))
        jobs.expect(cancel_render_task.sync(client=self.client, body=body), Envelope, self.vendor, "cancel_render_task")
        return self.status(job_id)

    def list(self) -> list[VideoResult]:
        raise UnsupportedOperationError("xingyun: the API has no operation that lists render tasks")

    def result(self, job_id: str, task: RenderTask) -> VideoResult:
        url = task.render_video_oss if isinstance(task.render_video_oss, str) else None
        return VideoResult(url, job_id, self.vendor, jobs.enum_value(task.synth_state))


class _Metaworks:
    vendor = "metaworks"

    def __init__(self, client: Any, env: Mapping[str, str] | None) -> None:
        from digihuman import metaworks

        self.client = getattr(client, "client", client) or metaworks.client(env=env)

    def create(self, text: str, settings: _Settings) -> str:
        item = CardItem(tpl_id=settings.number("tpl_id"), tts_text=text, bg_url=settings["bg_url"])
        body = GenerateCardsRequest(meta_human_id=settings.number("meta_human_id"), items=[item])
        answer = generate_cards.sync(client=self.client, body=body)
        data = jobs.expect(answer, GenerateCardsResponse, self.vendor, "generate_cards").data
        ids = getattr(data, "task_ids", None)
        return str(jobs.expect(ids[0] if isinstance(ids, list) and ids else None, int, self.vendor, "generate_cards"))

    def wait(self, job_id: str, options: jobs.WaitOptions) -> VideoResult:
        return self.result(jobs.wait_for_card_task(self.client, _task_id(self.vendor, job_id), **options))

    def status(self, job_id: str) -> VideoResult:
        task_id = _task_id(self.vendor, job_id)
        body = ListCardsRequest(meta_human_id=0, task_list=[task_id])  # 0: 不使用数字人 id 查询
        return self.result(jobs.card_task(list_cards.sync(client=self.client, body=body), task_id))

    def cancel(self, job_id: str) -> VideoResult:
        raise UnsupportedOperationError("metaworks: the card API has no operation that cancels a task")

    def list(self) -> list[VideoResult]:
        body = ListCardsRequest(meta_human_id=0, task_list=[])  # 空代表全量查询
        answer = jobs.expect(
            list_cards.sync(client=self.client, body=body), ListCardsResponse, self.vendor, "list_cards"
        )
        return [self.result(card) for card in (answer.ret if isinstance(answer.ret, list) else [])]

    def result(self, card: CardTask) -> VideoResult:
        url = card.play_url if isinstance(card.play_url, str) and card.play_url else None
        return VideoResult(url, str(card.task_id), self.vendor, jobs.enum_value(card.state))
