"""Running a batch: one video per input line, created exactly once, at the documented rate, each waited for
until its URL is known, every step recorded in the ledger (`ledger.py`) before and after it happens.

An input line is a JSON object: either `{"text": ..., <the digihuman.video settings>..., "name": ...}`
(settings not given come from their variables, as for `digihuman video`; `name` is the output asset name
on MetaStudio, `<file>-<line>` when absent) or `{"body": {...}}`, the create operation's whole request body.
The output asset name is what finds a MetaStudio job again when a create's answer is lost
(`digihuman.reconcile`), so two lines may not share one.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digihuman import jobs, reconcile, video
from digihuman.batch.ledger import CREATED, DONE, FAILED, LEASE_SECONDS, PLANNED, Claim, Ledger
from digihuman.errors import (
    ApiError,
    ConfigurationError,
    DigihumanError,
    JobError,
    JobTimeoutError,
    JobWaitCancelledError,
    NoResponseError,
    PaidJobUncertainError,
)
from digihuman.openapi import api

log = logging.getLogger("digihuman.batch")

CREATES = {
    "metastudio": "create_2d_digital_human_video",
    "xingyun": "create_render_task",
    "metaworks": "generate_cards",
}
JOB_IDS = {"metastudio": ("job_id",), "xingyun": ("data", "task_id"), "metaworks": ("data", "task_ids", 0)}
IDLE_SECONDS = 0.2  # between looks at the ledger while other workers hold the remaining lines
Event = Callable[[dict[str, Any]], None]


def read_lines(path: Path, vendor: str, env: Mapping[str, str] | None = None) -> list[tuple[int, dict[str, Any]]]:
    """Each non-blank line's request body, checked against the create operation's schema before anything is
    sent; a bad line raises ConfigurationError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read {path}: {exc}") from None
    operation = api(vendor).by_id[CREATES[vendor]]
    schema = operation.body_schema("application/json") or {}
    requests: list[tuple[int, dict[str, Any]]] = []
    names: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        try:
            given = json.loads(raw)
        except ValueError as exc:
            raise ConfigurationError(f"{where}: not a JSON object ({exc})") from None
        if not isinstance(given, dict):
            raise ConfigurationError(f"{where}: not a JSON object")
        body = _body(vendor, given, f"{path.stem}-{number}", env, where)
        problems = api(vendor).errors(schema, body, "")
        if problems:
            raise ConfigurationError(f"{where}: the request is not valid for {operation.operation_id}: {problems[0]}")
        name = reconcile_name(body)
        if name is not None:
            if name in names:
                raise ConfigurationError(f"{where}: output asset name {name!r} is also line {names[name]}'s")
            names[name] = number
        requests.append((number, body))
    if not requests:
        raise ConfigurationError(f"{path}: no lines")
    return requests


def reconcile_name(body: Mapping[str, Any]) -> str | None:
    output = body.get("output_asset_config")
    name = output.get("asset_name") if isinstance(output, Mapping) else None
    return name if isinstance(name, str) else None


def _body(vendor: str, given: dict[str, Any], default_name: str, env: Mapping[str, str] | None, where: str) -> Any:
    if "body" in given:
        if set(given) != {"body"}:
            raise ConfigurationError(f'{where}: a line with "body" holds nothing else')
        return given["body"]
    text = given.get("text")
    if not isinstance(text, str) or not text:
        raise ConfigurationError(f'{where}: needs "text" (or a whole request "body")')
    name = given.get("name", default_name)
    if not isinstance(name, str) or not name:
        raise ConfigurationError(f'{where}: "name" must be a non-empty string')
    settings = {k: v for k, v in given.items() if k not in ("text", "name")}
    for key, value in settings.items():  # an id is text or a whole number; anything else would be sent mangled
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ConfigurationError(f"{where}: {key} must be a string or a whole number, got {json.dumps(value)}")
    settings = {k: str(v) for k, v in settings.items()}
    try:
        values = video._Settings(vendor, settings, env)  # the ids `digihuman video` takes, from the line or env
    except ConfigurationError as exc:
        raise ConfigurationError(f"{where}: {exc}") from None
    if vendor == "metastudio":
        return {
            "model_asset_id": values["model_asset_id"],
            "voice_config": {"voice_asset_id": values["voice_asset_id"]},
            "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"text_config": {"text": text}}}],
            "output_asset_config": {"asset_name": str(name)},
        }
    if vendor == "xingyun":
        names = ("look_name", "tts_vcn_name", "studio_name")
        return {**{n: values[n] for n in names}, "segment": [{"text": text}]}
    card = {"tpl_id": values.number("tpl_id"), "tts_text": text, "bg_url": values["bg_url"]}
    return {"meta_human_id": values.number("meta_human_id"), "items": [card]}


@dataclass
class Batch:
    """What every worker of one `batch run` shares."""

    vendor: str
    client: Any  # the configured generated client (its limiter shared by the workers, or through Redis)
    ledger: Ledger
    env: Mapping[str, str] | None = None
    reconcile_uncertain: bool = True
    settle_seconds: float = reconcile.DEFAULT_SETTLE_SECONDS
    wait_options: jobs.WaitOptions = field(default_factory=lambda: jobs.WaitOptions())
    on_event: Event = lambda event: None
    project_id: str | None = None
    claims: Callable[[int], bool] | None = None  # `claims.RedisClaims`: lines shared with other ledgers

    def __post_init__(self) -> None:
        self.stop = threading.Event()
        self.claims_down = threading.Event()
        self.claim_errors: tuple[type[BaseException], ...] = getattr(self.claims, "errors", ())
        self.create = api(self.vendor).by_id[CREATES[self.vendor]]
        if self.vendor == "metastudio" and self.project_id is None:
            from digihuman import metastudio

            self.project_id = metastudio.project_id(env=self.env)
        self.videos = video._videos(self.vendor, self.client, self.env)

    # -- the workers --------------------------------------------------------------------------
    def run(self, workers: int) -> None:
        """Work until every line is done or failed (or `stop` is set), with `workers` threads."""
        heartbeat = threading.Thread(target=self._heartbeat, daemon=True)
        heartbeat.start()
        threads = [threading.Thread(target=self.work, name=f"batch-{n}") for n in range(workers)]
        for thread in threads:
            thread.start()
        try:
            for thread in threads:
                thread.join()
        finally:  # also on Ctrl-C: the workers finish their step (a wait ends at once) and stop
            self.stop.set()
            for thread in threads:
                thread.join()

    def work(self) -> None:
        while not self.stop.is_set():
            try:
                claim = self.ledger.claim(self.claims)
            except self.claim_errors as exc:  # Redis away: nothing new is sent until it is back
                if not self.claims_down.is_set():
                    log.warning("cannot claim lines through Redis (%s); waiting for it", type(exc).__name__)
                    self.claims_down.set()
                self.stop.wait(1.0)
                continue
            self.claims_down.clear()
            if claim is None:
                if self.ledger.pending() == 0:
                    return
                self.stop.wait(IDLE_SECONDS)
                continue
            try:
                self.step(claim)
            except Exception:
                self.stop.set()
                raise

    def _heartbeat(self) -> None:
        while not self.stop.wait(LEASE_SECONDS / 4):
            self.ledger.renew()

    def step(self, claim: Claim) -> None:
        if claim.step == "send":
            self.send(claim.line.line, claim.line.request)
        elif claim.step == "reconcile":
            self.settle(claim.line.line, claim.line.request, claim.line.sent_at or 0.0)
        else:
            self.wait(claim.line.line, str(claim.line.job_id))

    # -- the steps -----------------------------------------------------------------------------
    def send(self, line: int, body: dict[str, Any]) -> None:
        """The ledger says `sending` already (written when the line was claimed); the answer decides the next."""
        self._event(line, "sending")
        try:
            answer = self._post(body)
        except PaidJobUncertainError as exc:
            self.ledger.uncertain(line, _reason(exc))
            self._event(line, "uncertain", reason=_reason(exc))
            return
        except NoResponseError as exc:
            if not exc.sent:
                self.ledger.replan(line, _reason(exc))
                self._event(line, PLANNED, reason=_reason(exc))
                return
            self._failed(line, exc)
            return
        except ApiError as exc:  # the vendor said no: no job was created
            self._failed(line, exc)
            return
        job_id = _dig(answer, JOB_IDS[self.vendor])
        if job_id is None:
            self.ledger.uncertain(line, "the create's answer carries no job id")
            return
        self.ledger.created(line, str(job_id))
        self._event(line, CREATED, job_id=str(job_id))
        self.wait(line, str(job_id))

    def settle(self, line: int, body: dict[str, Any], sent_at: float) -> None:
        """Find out whether an uncertain create made a job, from the vendor's own answers."""
        self._event(line, "reconciling")
        if not self.reconcile_uncertain:
            self._failed(line, "the create's outcome is unknown and reconciling is off; check before resending")
            return
        try:
            found = reconcile.find_job(
                self.client,
                self.create.operation_id,
                body,
                sent_at=sent_at,
                vendor=self.vendor,
                project_id=self.project_id,
                settle_seconds=self.settle_seconds,
            )
        except (reconcile.ReconcileUnavailableError, reconcile.AmbiguousJobError) as exc:
            self._failed(line, f"uncertain create: {exc}")
            return
        except DigihumanError as exc:  # the list failed this time: look again shortly
            self.ledger.uncertain(line, f"reconciling: {exc}", retry_at=time.time() + 2.0)
            return
        if found.state == reconcile.FOUND:
            assert found.job_id is not None
            self.ledger.created(line, found.job_id)
            self._event(line, CREATED, job_id=found.job_id, reason=found.evidence)
            self.wait(line, found.job_id)
        elif found.state == reconcile.NOT_CREATED:
            self.ledger.replan(line, found.evidence)
            self._event(line, PLANNED, reason=found.evidence)
        else:
            self.ledger.uncertain(line, found.evidence, retry_at=sent_at + self.settle_seconds)

    def wait(self, line: int, job_id: str) -> None:
        try:
            result = self.videos.wait(job_id, {**self.wait_options, "cancel": self.stop})
        except JobWaitCancelledError:  # the run is stopping: the job goes on, a later run waits for it
            self.ledger.release(line)
            return
        except JobTimeoutError as exc:
            self.ledger.failed(line, f"job {job_id}: {exc}")
            self._event(line, FAILED, job_id=job_id, reason=str(exc))
            return
        except (JobError, ApiError) as exc:
            self._failed(line, exc, job_id)
            return
        if result.url is None:
            self._failed(line, f"job {job_id} ended {result.state} without a video URL", job_id)
            return
        self.ledger.done(line, result.url)
        self._event(line, DONE, job_id=job_id, url=result.url)

    # -- helpers ---------------------------------------------------------------------------------
    def _post(self, body: dict[str, Any]) -> Any:
        path = self.create.path.replace("{project_id}", self.project_id or "")
        http = self.client.get_httpx_client()
        return http.request(self.create.method.upper(), path, json=body).json()

    def _failed(self, line: int, why: Exception | str, job_id: str | None = None) -> None:
        reason = why if isinstance(why, str) else _reason(why)
        self.ledger.failed(line, reason)
        self._event(line, FAILED, job_id=job_id, reason=reason)

    def _event(self, line: int, state: str, **fields: Any) -> None:
        self.on_event({"line": line, "state": state, **{k: v for k, v in fields.items() if v is not None}})


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def _dig(value: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and len(value) > step else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
    return value
