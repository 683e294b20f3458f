"""Waiting for vendor jobs to end: poll the job's generated show (or list) operation with backoff until the
job reaches a terminal state of its spec's state enum, the deadline passes, or the caller cancels.

    from digihuman import jobs, metastudio

    ms = metastudio.MetaStudio()  # or metastudio.client(), the project id then from project_id= or the env
    video = jobs.wait_for_video_job(ms, job_id, timeout=900, progress=lambda state, elapsed: print(state))

Each helper has an async twin (`…_async`), cancelled by cancelling its task. Options (all optional):
`timeout` (seconds, default 3600), `backoff` (initial delay, factor, max delay), `progress(state, elapsed)`
called after every poll, `clock` (monotonic seconds), `sleep`, and for the sync helpers `cancel`, a
`threading.Event` that ends the wait (not the job) with `JobWaitCancelledError`. A failed terminal state
raises `JobFailedError` with the job's error fields, the deadline `JobTimeoutError` with the last state.

Which states end the wait is data of the spec: the poll operation's `x-job-states` (`succeeded`, `failed`,
and `why`, the document's reasons), e.g. for the 2D video job `show_2d_digital_human_video` in
spec/metastudio.yaml. Every other state keeps the wait going, also one the spec does not list (the
generated enums keep it): `progress` sees it, and a timeout names it.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, Protocol, TypeAlias, TypedDict, TypeVar, Unpack

from metastudio_client import AuthenticatedClient as MetaStudioAuthenticatedClient
from metastudio_client import Client as MetaStudioClient
from metastudio_client.api.training_jobs import show_digital_human_model_training_job
from metastudio_client.api.tts_audition import show_tts_audition_file
from metastudio_client.api.video import show_2d_digital_human_video
from metastudio_client.api.voice_training_jobs import show_voice_training_job
from metastudio_client.models import (
    ErrorInfo,
    Show2DDigitalHumanVideoResponse,
    ShowDigitalHumanModelTrainingJobResponse,
    ShowTtsAuditionFileResponse,
    ShowVoiceTrainingJobResponse,
)
from metaworks_client import Client as MetaworksClient
from metaworks_client.api.card import list_cards
from metaworks_client.models import CardTask, ListCardsRequest, ListCardsResponse
from xingyun_client import Client as XingyunClient
from xingyun_client.api.video_synthesis_task import get_render_task
from xingyun_client.models import GetRenderTaskResponse, RenderTask

from digihuman.errors import (
    ApiError,
    JobFailedError,
    JobTimeoutError,
    JobWaitCancelledError,
    NotFoundError,
)
from digihuman.openapi import api

A = TypeVar("A")
G = TypeVar("G", covariant=True)
Progress = Callable[[str, float], None]
Clock = Callable[[], float]
MetaStudio: TypeAlias = MetaStudioClient | MetaStudioAuthenticatedClient


class _Wraps(Protocol[G]):
    """A client object (`metastudio.MetaStudio`, ...): its configured generated client is `.client`."""

    @property
    def client(self) -> G: ...


MetaStudioLike: TypeAlias = MetaStudio | _Wraps[MetaStudioClient]
XingyunLike: TypeAlias = XingyunClient | _Wraps[XingyunClient]
MetaworksLike: TypeAlias = MetaworksClient | _Wraps[MetaworksClient]
DEFAULT_TIMEOUT = 3600.0


@dataclass(frozen=True)
class Backoff:
    """The wait after poll n (0-based): min(max_delay, initial * factor**n)."""

    initial: float = 2.0
    factor: float = 1.5
    max_delay: float = 30.0

    def delay(self, poll: int) -> float:
        return float(min(self.max_delay, self.initial * self.factor**poll))


def _no_error(answer: Any) -> tuple[str | None, str | None]:
    return None, None


@dataclass(frozen=True)
class JobType(Generic[A]):
    """One kind of job: how to read its poll operation's answer; which states end the wait comes from that
    operation's `x-job-states` in the spec."""

    vendor: str
    name: str
    operation: str  # the poll operation's id
    state: Callable[[A], str | None]
    error: Callable[[A], tuple[str | None, str | None]] = _no_error  # (code, message) of a failed job

    @property
    def _states(self) -> dict[str, Any]:
        states: dict[str, Any] = api(self.vendor).by_id[self.operation].spec["x-job-states"]
        return states

    @property
    def succeeded(self) -> frozenset[str]:
        return state_names(self._states["succeeded"])

    @property
    def failed(self) -> frozenset[str]:
        return state_names(self._states["failed"])

    def words(self, state: str | None) -> str | None:
        """The state as the document words it: a coded state by its `meanings`, any other as it is."""
        meanings: dict[str, str] = self._states.get("meanings", {})
        return meanings.get(str(state), state)

    @property
    def backoff(self) -> Backoff:
        """A fixed interval where the document asks for one (`poll_seconds`), the default backoff otherwise."""
        every = self._states.get("poll_seconds")
        return Backoff(initial=every, factor=1.0, max_delay=every) if every else Backoff()


def state_names(values: list[Any]) -> frozenset[str]:
    """States as the answers spell them: strings as they are, numbers as digits, booleans as true/false."""
    return frozenset(json.dumps(v) if isinstance(v, bool) else str(v) for v in values)


def enum_value(field_value: object) -> str | None:
    """An enum field of a generated model as the string the API sent; None when absent (each generated
    package has its own UNSET, so absence is "not an enum member")."""
    return str(field_value.value) if isinstance(field_value, Enum) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _error_info(answer: Show2DDigitalHumanVideoResponse) -> tuple[str | None, str | None]:
    info = answer.error_info
    if not isinstance(info, ErrorInfo):
        return None, None
    return _text(info.error_code), _text(info.error_msg)


VIDEO_JOB = JobType[Show2DDigitalHumanVideoResponse](
    "metastudio",
    "2D video job",
    "show_2d_digital_human_video",
    state=lambda answer: enum_value(answer.state),
    error=_error_info,
)
MODEL_TRAINING_JOB = JobType[ShowDigitalHumanModelTrainingJobResponse](
    "metastudio",
    "model training job",
    "show_digital_human_model_training_job",
    state=lambda answer: enum_value(answer.state),
)
VOICE_TRAINING_JOB = JobType[ShowVoiceTrainingJobResponse](
    "metastudio",
    "voice training job",
    "show_voice_training_job",
    state=lambda answer: enum_value(answer.state),
    error=lambda answer: (_text(answer.job_failed_code), _text(answer.job_failed_reason)),
)
TTS_AUDITION_JOB = JobType[ShowTtsAuditionFileResponse](
    "metastudio",
    "TTS audition job",
    "show_tts_audition_file",
    state=lambda answer: _complete(answer.is_file_complete),
)
RENDER_TASK = JobType[RenderTask](
    "xingyun",
    "render task",
    "get_render_task",
    state=lambda task: enum_value(task.synth_state),
    error=lambda task: (None, _text(task.error_reason)),
)
CARD_TASK = JobType[CardTask](
    "metaworks",
    "card task",
    "list_cards",
    state=lambda card: enum_value(card.state),
)


def _complete(flag: object) -> str | None:
    if not isinstance(flag, bool):
        return None
    return "true" if flag else "false"


# -- the wait ------------------------------------------------------------------------------------


class WaitOptions(TypedDict, total=False):
    timeout: float
    backoff: Backoff
    progress: Progress
    clock: Clock
    cancel: threading.Event
    sleep: Callable[[float], object]


class AsyncWaitOptions(TypedDict, total=False):
    timeout: float
    backoff: Backoff
    progress: Progress
    clock: Clock
    sleep: Callable[[float], Awaitable[object]]


class Watch(Generic[A]):
    """One wait's bookkeeping, without I/O: the sync and async loops share it."""

    def __init__(
        self,
        job: JobType[A],
        job_id: str,
        timeout: float,
        backoff: Backoff | None,
        progress: Progress | None,
        clock: Clock,
    ) -> None:
        self.job = job
        self.job_id = job_id
        self.timeout = timeout
        self.backoff = backoff or job.backoff
        self.progress = progress
        self.clock = clock
        self.started = clock()
        self.polls = 0
        self.state: str | None = None

    @classmethod
    def start(cls, job: JobType[A], job_id: str, options: WaitOptions | AsyncWaitOptions) -> Watch[A]:
        timeout, clock = options.get("timeout", DEFAULT_TIMEOUT), options.get("clock", time.monotonic)
        return cls(job, job_id, timeout, options.get("backoff"), options.get("progress"), clock)

    @property
    def elapsed(self) -> float:
        return self.clock() - self.started

    def finished(self, answer: A) -> bool:
        """Whether `answer` shows the job succeeded; raises JobFailedError for a failed terminal state."""
        self.state = self.job.state(answer)
        if self.state is not None and self.progress is not None:
            self.progress(self.state, self.elapsed)
        if self.state in self.job.succeeded:
            return True
        if self.state in self.job.failed:
            code, message = self.job.error(answer)
            detail = ": ".join(part for part in (code, message) if part)
            raise JobFailedError(
                f"{self._label()} ended {self.state}" + (f" ({detail})" if detail else ""),
                error_code=code,
                error_message=message,
                answer=answer,
                **self._fields(),
            )
        return False

    def next_delay(self) -> float:
        """How long to sleep before the next poll; raises JobTimeoutError when the deadline has passed."""
        remaining = self.timeout - self.elapsed
        if remaining <= 0:
            raise JobTimeoutError(
                f"{self._label()} still {self.state or 'without a state'} after {self.elapsed:.1f} s", **self._fields()
            )
        delay = min(self.backoff.delay(self.polls), remaining)
        self.polls += 1
        return delay

    def cancelled(self) -> JobWaitCancelledError:
        return JobWaitCancelledError(f"stopped waiting for {self._label()} (it goes on)", **self._fields())

    def _label(self) -> str:
        return f"{self.job.vendor} {self.job.name} {self.job_id}"

    def _fields(self) -> dict[str, Any]:
        fields = {"vendor": self.job.vendor, "job_type": self.job.name, "job_id": self.job_id, "state": self.state}
        return {**fields, "elapsed": self.elapsed}


def poll(job: JobType[A], job_id: str, fetch: Callable[[], A], **options: Unpack[WaitOptions]) -> A:
    """Call `fetch` until the job succeeds (its last answer is returned), fails, times out or is cancelled."""
    cancel = options.get("cancel")
    sleep = options.get("sleep") or (cancel.wait if cancel is not None else time.sleep)
    watch = Watch.start(job, job_id, options)
    while True:
        if cancel is not None and cancel.is_set():
            raise watch.cancelled()
        answer = fetch()
        if watch.finished(answer):
            return answer
        sleep(watch.next_delay())


async def poll_async(
    job: JobType[A], job_id: str, fetch: Callable[[], Awaitable[A]], **options: Unpack[AsyncWaitOptions]
) -> A:
    """`poll` for asyncio; cancel the task to stop waiting."""
    sleep = options.get("sleep", asyncio.sleep)
    watch = Watch.start(job, job_id, options)
    while True:
        answer = await fetch()
        if watch.finished(answer):
            return answer
        await sleep(watch.next_delay())


# -- one helper pair per job type ----------------------------------------------------------------

T = TypeVar("T")


def expect(answer: object, kind: type[T], vendor: str, operation_id: str) -> T:
    """`answer` as `kind`: a field of a model that may be UNSET (or hold a value the model could not type) is
    reported as ApiError rather than used."""
    if isinstance(answer, kind):
        return answer
    raise ApiError(f"{vendor} {operation_id}: got {type(answer).__name__}, not {kind.__name__}", vendor=vendor)


def _metastudio(given: MetaStudioLike, project_id: str | None) -> tuple[MetaStudio, str]:
    """The generated client and the project id: the argument's, else a client object's, else
    HUAWEICLOUD_SDK_PROJECT_ID."""
    from digihuman import metastudio

    generated: MetaStudio = _generated(given)
    return generated, metastudio.project_id(project_id or getattr(given, "project_id", None))


def _generated(given: object) -> Any:
    return getattr(given, "client", given)


def wait_for_video_job(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[WaitOptions]
) -> Show2DDigitalHumanVideoResponse:
    """Wait for a MetaStudio 2D video job (project id from the argument or HUAWEICLOUD_SDK_PROJECT_ID)."""
    generated, project = _metastudio(client, project_id)

    def fetch() -> Show2DDigitalHumanVideoResponse:
        answer = show_2d_digital_human_video.sync(project, job_id, client=generated)
        return expect(answer, Show2DDigitalHumanVideoResponse, "metastudio", "show_2d_digital_human_video")

    return poll(VIDEO_JOB, job_id, fetch, **options)


async def wait_for_video_job_async(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[AsyncWaitOptions]
) -> Show2DDigitalHumanVideoResponse:
    generated, project = _metastudio(client, project_id)

    async def fetch() -> Show2DDigitalHumanVideoResponse:
        answer = await show_2d_digital_human_video.asyncio(project, job_id, client=generated)
        return expect(answer, Show2DDigitalHumanVideoResponse, "metastudio", "show_2d_digital_human_video")

    return await poll_async(VIDEO_JOB, job_id, fetch, **options)


def wait_for_model_training_job(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[WaitOptions]
) -> ShowDigitalHumanModelTrainingJobResponse:
    """Wait for a MetaStudio model training job; it moves only after the SUBMITVERIFYING command."""
    generated, project = _metastudio(client, project_id)

    def fetch() -> ShowDigitalHumanModelTrainingJobResponse:
        answer = show_digital_human_model_training_job.sync(project, job_id, client=generated)
        return expect(
            answer, ShowDigitalHumanModelTrainingJobResponse, "metastudio", "show_digital_human_model_training_job"
        )

    return poll(MODEL_TRAINING_JOB, job_id, fetch, **options)


async def wait_for_model_training_job_async(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[AsyncWaitOptions]
) -> ShowDigitalHumanModelTrainingJobResponse:
    generated, project = _metastudio(client, project_id)

    async def fetch() -> ShowDigitalHumanModelTrainingJobResponse:
        answer = await show_digital_human_model_training_job.asyncio(project, job_id, client=generated)
        return expect(
            answer, ShowDigitalHumanModelTrainingJobResponse, "metastudio", "show_digital_human_model_training_job"
        )

    return await poll_async(MODEL_TRAINING_JOB, job_id, fetch, **options)


def wait_for_voice_training_job(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[WaitOptions]
) -> ShowVoiceTrainingJobResponse:
    """Wait for a MetaStudio voice training job; it moves only after submit_voice_training_job."""
    generated, project = _metastudio(client, project_id)

    def fetch() -> ShowVoiceTrainingJobResponse:
        answer = show_voice_training_job.sync(project, job_id, client=generated)
        return expect(answer, ShowVoiceTrainingJobResponse, "metastudio", "show_voice_training_job")

    return poll(VOICE_TRAINING_JOB, job_id, fetch, **options)


async def wait_for_voice_training_job_async(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[AsyncWaitOptions]
) -> ShowVoiceTrainingJobResponse:
    generated, project = _metastudio(client, project_id)

    async def fetch() -> ShowVoiceTrainingJobResponse:
        answer = await show_voice_training_job.asyncio(project, job_id, client=generated)
        return expect(answer, ShowVoiceTrainingJobResponse, "metastudio", "show_voice_training_job")

    return await poll_async(VOICE_TRAINING_JOB, job_id, fetch, **options)


def wait_for_tts_audition(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[WaitOptions]
) -> ShowTtsAuditionFileResponse:
    """Wait until a MetaStudio TTS audition job's files are complete (polled every 5 s, as 表10-9 asks)."""
    generated, project = _metastudio(client, project_id)

    def fetch() -> ShowTtsAuditionFileResponse:
        answer = show_tts_audition_file.sync(project, job_id, client=generated)
        return expect(answer, ShowTtsAuditionFileResponse, "metastudio", "show_tts_audition_file")

    return poll(TTS_AUDITION_JOB, job_id, fetch, **options)


async def wait_for_tts_audition_async(
    client: MetaStudioLike, job_id: str, *, project_id: str | None = None, **options: Unpack[AsyncWaitOptions]
) -> ShowTtsAuditionFileResponse:
    generated, project = _metastudio(client, project_id)

    async def fetch() -> ShowTtsAuditionFileResponse:
        answer = await show_tts_audition_file.asyncio(project, job_id, client=generated)
        return expect(answer, ShowTtsAuditionFileResponse, "metastudio", "show_tts_audition_file")

    return await poll_async(TTS_AUDITION_JOB, job_id, fetch, **options)


def render_task(answer: GetRenderTaskResponse | None) -> RenderTask:
    found = expect(answer, GetRenderTaskResponse, "xingyun", "get_render_task").data
    return expect(found, RenderTask, "xingyun", "get_render_task")


def wait_for_render_task(client: XingyunLike, task_id: int, **options: Unpack[WaitOptions]) -> RenderTask:
    """Wait for an Xmov render task; returns its `data` (RenderTask, with `render_video_oss`)."""
    return poll(
        RENDER_TASK,
        str(task_id),
        lambda: render_task(get_render_task.sync(client=_generated(client), task_id=task_id)),
        **options,
    )


async def wait_for_render_task_async(
    client: XingyunLike, task_id: int, **options: Unpack[AsyncWaitOptions]
) -> RenderTask:
    async def fetch() -> RenderTask:
        return render_task(await get_render_task.asyncio(client=_generated(client), task_id=task_id))

    return await poll_async(RENDER_TASK, str(task_id), fetch, **options)


def card_task(answer: ListCardsResponse | None, task_id: int) -> CardTask:
    cards = expect(answer, ListCardsResponse, "metaworks", "list_cards").ret
    for card in cards if isinstance(cards, list) else []:
        if card.task_id == task_id:
            return card
    raise NotFoundError(
        f"metaworks list_cards: card task {task_id} is not in the answer", vendor="metaworks", operation_id="list_cards"
    )


def _cards_request(task_id: int, meta_human_id: int) -> ListCardsRequest:
    return ListCardsRequest(meta_human_id=meta_human_id, task_list=[task_id])


def wait_for_card_task(
    client: MetaworksLike, task_id: int, *, meta_human_id: int = 0, **options: Unpack[WaitOptions]
) -> CardTask:
    """Wait for a Metaworks card task (`meta_human_id` 0: any digital human, as list_cards defines it)."""
    body = _cards_request(task_id, meta_human_id)
    return poll(
        CARD_TASK,
        str(task_id),
        lambda: card_task(list_cards.sync(client=_generated(client), body=body), task_id),
        **options,
    )


async def wait_for_card_task_async(
    client: MetaworksLike, task_id: int, *, meta_human_id: int = 0, **options: Unpack[AsyncWaitOptions]
) -> CardTask:
    body = _cards_request(task_id, meta_human_id)

    async def fetch() -> CardTask:
        return card_task(await list_cards.asyncio(client=_generated(client), body=body), task_id)

    return await poll_async(CARD_TASK, str(task_id), fetch, **options)
