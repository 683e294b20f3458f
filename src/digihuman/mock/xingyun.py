"""Mock of Xmov 魔珐星云: X-TOKEN verified from the server's side (60 s window), the
`{error_code, error_reason, data}` envelope, and render tasks that move not_send -> waiting ->
processing -> finished (or error / cancel) as time passes."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from digihuman.mock.base import DEFAULT_LIMITS, Clock, Limits, MockApp, Parsed, Reply, Request
from digihuman.openapi import Operation

WINDOW_SECONDS = 60  # seed 002 §1.1 step 4a: 距当前时间60s内有效
PROGRESSION = ("not_send", "waiting", "processing")
ENDED = ("finished", "error", "cancel")
# The document lists no code for a bad signature or a malformed request (see spec/ERRATA.md); the mock
# answers 20001 (应用不存在或无法使用) for authentication failures and the operation's own failure code
# for requests that do not match the spec.
AUTH_FAILED = 20001
REJECTED = {
    "parse_ppt_file": 30003,
    "create_render_task": 30005,
    "get_render_task": 30004,
    "get_render_task_preview_url": 30004,
    "cancel_render_task": 30006,
}
INVALID_PREFIX = "invalid request: "


@dataclass
class Task:
    task_id: int
    created: float
    request: dict[str, Any]
    fails: bool
    cancelled_at: float | None = None


def expected_token(request: Request, secret: str, timestamp: str) -> str:
    """The server's reading of X-TOKEN: it re-derives the signed string from what it received."""
    data: Any = {}
    content_type = request.headers.get("content-type", "")
    if request.method != "GET" and request.body and content_type.startswith("application/json"):
        try:
            data = json.loads(request.body)
        except (ValueError, RecursionError):  # the screen that follows answers 400
            data = None
    try:
        signed = json.dumps(data, sort_keys=True).replace(" ", "")
    except RecursionError:
        signed = "null"
    message = f"{request.raw_path.lower()}{request.method.lower()}{signed}{secret}{timestamp}"
    return hashlib.md5(message.encode(), usedforsecurity=False).hexdigest()


class XingyunMock(MockApp):
    vendor = "xingyun"
    malformed_status = 200  # every refusal is a code in the 200 envelope (002 §3 错误码); the spec has no other status

    def __init__(
        self,
        apps: dict[str, str] | None = None,
        clock: Clock | None = None,
        seed: int | None = None,
        step_seconds: float = 0.3,
        fail_rate: float = 0.0,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        super().__init__(clock=clock, seed=seed, step_seconds=step_seconds, limits=limits)
        self.apps = dict(apps or {})  # app id -> secret
        self.fail_rate = fail_rate
        self.tasks: dict[int, Task] = {}
        self.ppts: dict[str, int] = {}  # parsed file name -> its size: the name is all a task refers to
        self._next_id = 100 + self.random.randrange(900)

    # -- protocol --------------------------------------------------------------------------
    def envelope(self, code: int = 0, reason: str = "", data: Any = None) -> Reply:
        body: dict[str, Any] = {"error_code": code, "error_reason": reason}
        if data is not None:
            body["data"] = data
        return Reply(200, body)

    def authenticate(self, request: Request) -> Reply | None:
        app_id = request.headers.get("x-app-id", "")
        timestamp = request.headers.get("x-timestamp", "")
        token = request.headers.get("x-token", "")
        secret = self.apps.get(app_id)
        if secret is None:
            return self.envelope(AUTH_FAILED, "应用不存在或无法使用: unknown X-APP-ID")
        if not timestamp.isdigit() or abs(self.clock() - int(timestamp)) > WINDOW_SECONDS:
            return self.envelope(AUTH_FAILED, "X-TIMESTAMP missing or outside the 60 s window")
        if not hmac.compare_digest(token.lower(), expected_token(request, secret, timestamp)):
            return self.envelope(AUTH_FAILED, "X-TOKEN does not match the request")
        return None

    def rejected(self, operation: Operation | None, problems: list[str]) -> Reply:
        code = REJECTED.get(operation.operation_id, 30005) if operation else 30005
        return self.envelope(code, INVALID_PREFIX + "; ".join(problems))

    # -- state -----------------------------------------------------------------------------
    def state(self, task: Task) -> str:
        if task.cancelled_at is not None:
            return "cancel"
        step = self.steps_since(task.created)
        if step < len(PROGRESSION):
            return PROGRESSION[step]
        return "error" if task.fails else "finished"

    def view(self, task: Task, base: str) -> dict[str, Any]:
        state = self.state(task)
        done = state == "finished"
        started = task.created + self.step_seconds * 2
        return {
            "task_id": task.task_id,
            "synth_state": state,
            "render_image_oss": f"{base}/media/{task.task_id}.png" if done else None,
            "render_video_oss": f"{base}/media/{task.task_id}.mp4" if done else None,
            "synth_start_time": _iso(started) if state not in ("not_send", "waiting") else None,
            "synth_finish_time": _iso(started + self.step_seconds) if done else None,
            "error_reason": "合成任务失败,请重新发起或联系客服处理" if state == "error" else "",
            "look_name": task.request["look_name"],
            "tts_vcn_name": task.request["tts_vcn_name"],
            "studio_name": task.request["studio_name"],
            "sub_title": task.request.get("sub_title", "on"),
        }

    def task(self, parsed: Parsed) -> Task | None:
        task_id = parsed.query.get("task_id") if parsed.body is None else parsed.body.get("task_id")
        return self.tasks.get(task_id) if isinstance(task_id, int) else None

    # -- operations ------------------------------------------------------------------------
    def parse_ppt_file(self, parsed: Parsed, request: Request) -> Reply:
        content = parsed.body["ppt_file"]
        data = content if isinstance(content, bytes) else str(content).encode()
        name = "ppt_" + hashlib.sha256(data).hexdigest()[:16]
        self.ppts[name] = len(data)
        self.evict(self.ppts, lambda size: True)
        return self.envelope(data={"parse_ppt_file_name": name})

    def create_render_task(self, parsed: Parsed, request: Request) -> Reply:
        body = parsed.body
        ppt = body.get("parse_ppt_file_name")
        if ppt is not None and ppt not in self.ppts:
            return self.envelope(30002, "PPT文件不存在")
        self._next_id += 1
        fails = self.random.random() < self.fail_rate
        self.tasks[self._next_id] = Task(self._next_id, self.clock(), body, fails)
        self.evict(self.tasks, lambda task: self.state(task) in ENDED)
        return self.envelope(data={"task_id": self._next_id})

    def get_render_task(self, parsed: Parsed, request: Request) -> Reply:
        task = self.task(parsed)
        if task is None:
            return self.envelope(30004, "视频任务未找到")
        return self.envelope(data=self.view(task, self.base_url(request)))

    def cancel_render_task(self, parsed: Parsed, request: Request) -> Reply:
        task = self.task(parsed)
        if task is None:
            return self.envelope(30004, "视频任务未找到")
        if self.state(task) in ENDED:
            return self.envelope(30006, "取消视频任务错误: the task has already ended")
        task.cancelled_at = self.clock()
        return self.envelope()

    def get_render_task_preview_url(self, parsed: Parsed, request: Request) -> Reply:
        task = self.task(parsed)
        if task is None:
            return self.envelope(30004, "视频任务未找到")
        if self.state(task) != "finished":
            return self.envelope(30004, "视频任务未找到: no preview before the task is finished")
        return self.envelope(data={"preview_url": f"{self.base_url(request)}/preview/{task.task_id}"})


def _iso(ts: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).isoformat()
