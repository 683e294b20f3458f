"""Mock of Huawei Cloud MetaStudio: every operation of the spec served from one generic, per-project
resource store whose families are read off the spec's paths (`resources.py`), with answers synthesised
from the spec's response schemas and overlaid with what was stored (`synth.py`).

In front of it sits what the API gateway does: tokens this mock's own IAM endpoint issued
(`POST /v3/auth/tokens`, valid 24 h) or an SDK-HMAC-SHA256 signature, recomputed from what arrived with
the signer's own canonical form and accepted within ±15 minutes. Credentials the gateway does not accept
get 401 with an `APIG.03xx` body; valid credentials used on a project that is not theirs (another
project than the token's, a project the AK/SK account was not given, an `X-Project-Id` other than the
path's) get the service's 403 `MSS.00020006` (token和path中的projectId不匹配).
Jobs move through the states the spec lists for them, one state per `step_seconds` of the injected clock.
A 2D video job that succeeds leaves its output video asset (a MAIN file with a download URL) in the asset
library, under the `output_asset_config.asset_id` its answers show. When it ends, its `callback_config`
is owed a callback: `due_callbacks()` hands them out, `deliver_callbacks()` POSTs them (signed for
MSS_A as `digihuman.callbacks` reads §5.3.1) with the `callback_client` given, after every request.

Status codes: the catalogue (§12.2, `x-error-codes`) gives each error code a status, but most
operations document only 200 and 400. A not-found answer uses 404 where the operation documents it
and 400 otherwise; other errors use the catalogue's status where the operation documents it, else 400.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from metastudio_models.video_callback import VideoJobCallbackBody

from digihuman.asgi import Receive, Scope, Send
from digihuman.auth.sdk_hmac import RequestParts, verify
from digihuman.callbacks import VIDEO_MSS_A, signed_url
from digihuman.errors import SignatureRejected
from digihuman.mock.base import DEFAULT_LIMITS, Clock, Limits, MockApp, Parsed, Reply, Request
from digihuman.mock.chat import ChatEndpoint, Refusal, serve
from digihuman.mock.resources import Family, Layout, Role, derive
from digihuman.mock.synth import MISSING, Synthesizer
from digihuman.openapi import Api, Operation
from digihuman.secret import Secret

log = logging.getLogger("digihuman.mock")

SCOPE = "/v1/{project_id}"
IAM_TOKENS_PATH = "/v3/auth/tokens"
TOKEN_SECONDS = 24 * 3600  # reference note: a token is valid for 24 hours
ONCE_CODE_SECONDS = 5 * 60  # 004 §7.1.4.1: 有效期5分钟，鉴权码只能使用一次
DEFAULT_FAIL_MARKER = "MOCK_FAIL"

# Gateway codes, from shared/reference/huawei-apig-signing.md.
APIG_BAD_CREDENTIALS = "APIG.0301"
APIG_SIGNATURE_EXPIRED = "APIG.0303"

# Not in the §12.2 catalogue, but what the document's own 400 examples return for an invalid parameter
# in 114 operations (spec/ERRATA.md, "Codes used by the document but missing from §12.2"); the
# catalogue's nearest rows (MSS.10000003, MSS.20010070) each belong to one service only.
INVALID_PARAMETER = "MSS.00000003"
PROJECT_MISMATCH = "MSS.00020006"  # token和path中的projectId不匹配
JOB_FAILED = "MSS.50000001"  # a status-200 row: the job-level result code of a failed job
NOT_WAITING = "MSS.20010048"  # 任务非WAITING，无法操作
LIVE_NOT_RUNNING = "MSS.20010099"  # 直播任务不在运行状态
CHAT_STOPPED = "MSS.47010123"  # 对话已经停止
TRAINING_STATE = "MSS.41000001"  # 任务状态不正确
VOICE_STATE = "MSS.20020001"  # 任务状态不允许当前操作
ASSET_STATE = "MSS.10001013"  # 资产状态无效变更
NO_SUCH_ID = "MSS.20010079"  # 输入id 不存在: for families without a code of their own

# The catalogue's "does not exist" code for each family.
NOT_FOUND = {
    "digital-assets": "MSS.10001001",  # 资产不存在
    "files": "MSS.10001004",  # 资产文件不存在
    "digital-human-video-scripts": NO_SUCH_ID,
    "2d-digital-human-videos": "MSS.20010009",  # 任务不存在
    "smart-live-rooms": "MSS.20010045",  # 房间信息未找到
    "smart-live-interaction-rule-groups": "MSS.20010083",  # 互动规则库未找到
    "smart-live-rooms/{room_id}/smart-live-jobs": "MSS.20010046",  # 直播任务未找到
    "products": "MSS.10001041",  # 商品不存在
    "smart-chat-rooms": "MSS.20010045",  # 房间信息未找到
    "digital-human-chat/smart-chat-rooms/{room_id}/smart-chat-jobs": "MSS.47010065",  # 对话任务不存在
    "digital-human-chat/robot": "MSS.47010034",  # 应用不存在
    "digital-human-chat/active-code": "MSS.47010041",  # 激活码不存在
    "digital-human-chat/knowledge/skill": "MSS.47010022",  # 技能不存在
    "digital-human-chat/knowledge/intent": "MSS.47010027",  # 问答对不存在
    "digital-human-chat/knowledge/question": "MSS.47010030",  # 问法不存在
    "digital-human-chat/welcome-speech": "MSS.47010060",  # 欢迎词不存在
    "digital-human-chat/hot-question": "MSS.47010066",  # 热点问题不存在
    "digital-human-chat/hot-words": "MSS.47010078",  # 查询的热词记录不存在或无权限访问
    "digital-human-chat/agency": "MSS.47010054",  # 委托不存在
    "digital-human-training-manage/user/jobs": "MSS.41000003",  # 任务不存在
    "voice-training-manage/user/jobs": "MSS.20020002",  # 任务已被删除或不存在
    "ttsc/audition-file": "MSS.20050003",  # 获取任务信息失败, 任务ID或项目ID无效
}

ASSETS = "digital-assets"
VIDEO_SCRIPTS = "digital-human-video-scripts"
VIDEO_JOBS = "2d-digital-human-videos"
LIVE_JOBS = "smart-live-rooms/{room_id}/smart-live-jobs"
CHAT_JOBS = "digital-human-chat/smart-chat-rooms/{room_id}/smart-chat-jobs"
INTENTS = "digital-human-chat/knowledge/intent"
QUESTIONS = "digital-human-chat/knowledge/question"
TRAINING_JOBS = "digital-human-training-manage/user/jobs"
VOICE_JOBS = "voice-training-manage/user/jobs"

# Operations the document puts at paths of their own, attached to the family they create or list.
JOINS = {
    "copy_digital_asset": Role("create", ASSETS),
    "create_large_file": Role("create", "files"),
    "list_digital_human_videos": Role("list", VIDEO_JOBS),
    "list_all_smart_live_jobs": Role("list", LIVE_JOBS),
    "create_basic_voice_training_job": Role("create", VOICE_JOBS, {"job_type": "BASIC"}),
    "create_middle_voice_training_job": Role("create", VOICE_JOBS, {"job_type": "MIDDLE"}),
    "create_advance_voice_training_job": Role("create", VOICE_JOBS, {"job_type": "ADVANCE"}),
    "show_voice_training_segment_confirm_result": Role("action", VOICE_JOBS),
    "confirm_voice_training_segment": Role("action", VOICE_JOBS),
    "create_tts_audition": Role("create", "ttsc/audition-file"),
    "create_knowledge_intent_and_questions": Role("create", INTENTS),
    "batch_create_knowledge_questions": Role("create", QUESTIONS),
    "batch_update_knowledge_questions": Role("update", QUESTIONS),
}


def layout(spec: Api) -> Layout:
    """The resource families of the MetaStudio spec and every operation's role in them."""
    return derive(spec, SCOPE, JOINS)


@dataclass(frozen=True)
class Lifecycle:
    """How a job's state field moves: `initial` until something starts it (None: it starts when
    created), then one of `steps` per step, then `done` (or `failed`), unless it runs until stopped."""

    field: str
    steps: tuple[Any, ...]
    done: Any
    failed: Any = None
    initial: Any = None
    until_stopped: bool = False
    cancelled: str | None = None  # reachable only from the first step


LIFECYCLES = {
    VIDEO_JOBS: Lifecycle("state", ("WAITING", "PROCESSING"), "SUCCEED", "FAILED", cancelled="CANCELED"),
    LIVE_JOBS: Lifecycle("state", ("WAITING", "PROCESSING"), "SUCCEED", "FAILED", until_stopped=True),
    CHAT_JOBS: Lifecycle("state", ("WAITING", "PROCESSING"), "SUCCEED", "FAILED", until_stopped=True),
    TRAINING_JOBS: Lifecycle(
        "state",
        ("AUTO_VERIFYING", "MANUAL_VERIFYING", "TRAINING"),
        "JOB_SUCCESS",
        "MANUAL_VERIFY_FAILED",  # the failure a tenant sees (系统审核未通过); 算法训练中 failures are the admins'
        initial="WAIT_FILE_UPLOAD",  # until the SUBMITVERIFYING command
    ),
    VOICE_JOBS: Lifecycle(
        "state",
        ("SYSTEM_AUDITING", "AUDITING", "WAITING", "PROCESSING"),
        "SUCCEED",
        "FAILED",
        initial="CREATING",  # until submit_voice_training_job
    ),
    "ttsc/audition-file": Lifecycle("is_file_complete", (False,), True),
}
UPLOADS = ("files",)  # families whose records stand for uploaded files, forgotten oldest first past the limit
ASSET_DELETING, ASSET_ACTIVE, ASSET_INACTIVE = "DELETING", "ACTIVED", "UNACTIVED"
# A finished video's output asset: asset_type VIDEO, one file of asset_file_category MAIN in file state CREATED.
VIDEO_ASSET_TYPE, MAIN_FILE, FILE_CREATED = "VIDEO", "MAIN", "CREATED"


@dataclass
class Record:
    fields: dict[str, Any]
    created: float
    started: float | None = None  # when the job began to move through its steps
    ended: str | None = None  # the state a cancel or stop left it in
    fails: bool = False
    callback: dict[str, Any] | None = None
    callback_taken: bool = False
    state_before_delete: Any = MISSING


@dataclass(frozen=True)
class Session:
    user: str
    project_id: str
    expires: float


@dataclass(frozen=True)
class Callback:
    """A callback a finished job owes (表5-142 CallBackConfig: the body carries result, asset_id, job_id)."""

    url: str
    auth_type: str
    key: Secret | None
    project_id: str
    job_id: str
    result: str
    asset_id: str | None = None

    def body(self) -> bytes:
        message = VideoJobCallbackBody.model_validate(
            {"result": self.result, "asset_id": self.asset_id, "job_id": self.job_id}
        )
        return message.model_dump_json(exclude_none=True).encode()

    def target(self, now: float) -> str:
        """The URL called: for MSS_A with `secret` and `time_stamp` appended."""
        if self.auth_type != "MSS_A":
            return self.url
        return signed_url(VIDEO_MSS_A, self.url, self.key or "", now)


@dataclass(frozen=True)
class Delivery:
    callback: Callback
    status: int | None  # None: no answer
    error: str = ""


class MetaStudioMock(MockApp):
    vendor = "metastudio"

    def __init__(
        self,
        users: Mapping[tuple[str, str], str] | None = None,
        projects: Iterable[str] = (),
        access_keys: Mapping[str, str] | None = None,
        clock: Clock | None = None,
        seed: int | None = None,
        step_seconds: float = 0.3,
        fail_marker: str = DEFAULT_FAIL_MARKER,
        callback_client: httpx.Client | None = None,
        limits: Limits = DEFAULT_LIMITS,
        chat_idle_seconds: float = 30.0,
        chat_seconds_per_char: float = 0.2,
        chat_poll_seconds: float = 1.0,
    ) -> None:
        """`users`: (domain name, user name) -> password for the IAM endpoint; `access_keys`: AK -> SK of
        the accounts that sign with SDK-HMAC-SHA256; `projects`: the project ids they may use;
        `fail_marker`: a job whose create request contains this text in any string ends in its failed state;
        `callback_client`: delivers due callbacks after every request (an httpx.Client on any transport);
        `limits`: see `Limits` (finished jobs and uploaded files kept per project and family; tokens issued;
        deliveries recorded); `chat_*`: the chat WebSocket's idle close (§7.2.2: 30 s), speaking time per
        character of text, and the longest wait between its looks at the clock (`mock/chat.py`)."""
        super().__init__(clock=clock, seed=seed, step_seconds=step_seconds, limits=limits)
        self.users = dict(users or {})
        self.projects = set(projects)
        self.access_keys = {ak: Secret(sk) for ak, sk in (access_keys or {}).items()}
        self.fail_marker = fail_marker
        self.callback_client = callback_client
        self.deliveries: deque[Delivery] = deque(maxlen=limits.keep)
        self.origin = "http://localhost"  # of the last request: the host the mock's download URLs name
        self.layout = layout(self.api)
        self.families = self.layout.families
        self.synth = Synthesizer(self.api.resolve)
        self.catalogue: dict[str, dict[str, Any]] = {}
        for row in self.api.extension("x-error-codes", []):
            self.catalogue.setdefault(row["code"], row)
        self.sessions: dict[str, Session] = {}
        self.once_codes: dict[str, Session] = {}  # one-time code -> its project and expiry
        self.chat = ChatEndpoint(chat_idle_seconds, chat_seconds_per_char, chat_poll_seconds)
        self.store: dict[str, dict[str, dict[str, Record]]] = {}  # project -> family -> id -> record
        self.settings: dict[tuple[str, str, tuple[Any, ...]], dict[str, Any]] = {}
        self.request_id = ""
        self.generic: dict[str, Callable[[Parsed, Family], Reply]] = {
            "create": self.create_item,
            "list": self.list_items,
            "show": self.show_item,
            "update": self.update_item,
            "delete": self.delete_item,
            "action": self.act_on_item,
            "batch_delete": self.delete_items,
            "collection_action": self.act_on_collection,
        }

    # -- gateway ---------------------------------------------------------------------------
    def handle(self, request: Request) -> Reply:
        with self.lock:
            self.request_id = self.new_id()
            self.origin = self.base_url(request)
            self.publish_videos()
            if request.method == "POST" and request.path == IAM_TOKENS_PATH:
                reply = self.screen(request) or self.issue_token(request)
            else:
                reply = super().handle(request)
            reply.headers.setdefault("X-Request-Id", self.request_id)
        if self.callback_client is not None:  # outside the lock: the callback URL may be this mock
            self.deliver_callbacks(self.callback_client)
        return reply

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":  # the chat link (004 §7.2.3) on the same app and port
            return await serve(self, scope, receive, send)
        return await super().__call__(scope, receive, send)

    def issue_token(self, request: Request) -> Reply:
        """IAM's project-scoped password grant, for the demo users only."""
        try:
            body = json.loads(request.body)
        except ValueError:
            body = None
        identity = _dig(body, "auth", "identity")
        user = _dig(identity, "password", "user")
        project_id = _dig(body, "auth", "scope", "project", "id")
        name, domain = _dig(user, "name"), _dig(user, "domain", "name")
        if "password" not in (_dig(identity, "methods") or []) or not all(
            isinstance(v, str) for v in (name, domain, project_id)
        ):
            return self.gateway_error(401, APIG_BAD_CREDENTIALS, "not a project-scoped password grant")
        expected = self.users.get((domain, name))
        if expected is None or not hmac.compare_digest(str(_dig(user, "password")), expected):
            return self.gateway_error(401, APIG_BAD_CREDENTIALS, "wrong user name, domain name or password")
        if project_id not in self.projects:
            return self.gateway_error(401, APIG_BAD_CREDENTIALS, f"no such project {project_id}")
        token = self.new_id() + self.new_id()
        now = self.clock()
        self.sessions[token] = Session(name, project_id, now + TOKEN_SECONDS)
        self.evict(self.sessions, lambda session: True)  # the oldest token first; its holder logs in again
        payload = {"expires_at": _iso(now + TOKEN_SECONDS), "issued_at": _iso(now), "project": {"id": project_id}}
        return Reply(201, {"token": payload}, {"X-Subject-Token": token})

    def authenticate(self, request: Request) -> Reply | None:
        project = _path_project(request.path)
        token = request.headers.get("x-auth-token")
        if token is not None:
            session = self.sessions.get(token)
            if session is None:
                return self.gateway_error(401, APIG_BAD_CREDENTIALS, "the token was not issued by this IAM")
            if session.expires <= self.clock():
                return self.gateway_error(401, APIG_BAD_CREDENTIALS, "the token has expired")
            return self.project_mismatch(project) if project not in (None, session.project_id) else None
        if request.headers.get("authorization", "").startswith("SDK-HMAC-SHA256 "):
            parts = RequestParts.from_target(request.method, request.raw_path, request.headers, request.body)
            try:  # the signer's own canonical form, recomputed from what arrived, like the gateway
                verify(parts, self.access_keys, self.clock())
            except SignatureRejected as rejected:
                code = APIG_SIGNATURE_EXPIRED if rejected.reason == "expired" else APIG_BAD_CREDENTIALS
                return self.gateway_error(401, code, str(rejected))
            declared = request.headers.get("x-project-id")
            if project is not None and (project not in self.projects or declared not in (None, project)):
                return self.project_mismatch(project)
            return None
        return self.gateway_error(401, APIG_BAD_CREDENTIALS, "neither X-Auth-Token nor an SDK-HMAC-SHA256 signature")

    def chat_refusal(
        self, project: str, job_id: str, headers: Mapping[str, str], query: Mapping[str, str]
    ) -> Refusal | None:
        """Why a chat WebSocket handshake is refused (None: accept): the IAM token (X-Auth-Token) or the
        one-time code (`token`, used up here) must be valid for the path's project, and the job running."""
        token, code = headers.get("x-auth-token"), query.get("token")
        now = self.clock()
        if token is not None:
            session = self.sessions.get(token)
            if session is None or session.expires <= now or session.project_id != project:
                return Refusal(401, "MSS.20050003", "the X-Auth-Token is not valid for this project")
        elif code is not None:
            once = self.once_codes.pop(code, None)
            if once is None or once.expires <= now or once.project_id != project:
                return Refusal(401, "MSS.47010046", "the one-time code is unknown, used or expired")
        else:
            return Refusal(401, "MSS.20050003", "neither X-Auth-Token nor a one-time code (token)")
        if not self.chat_job_running(project, job_id):
            return Refusal(400, "MSS.20050003", f"no running chat job {job_id}")
        return None

    def chat_job_running(self, project: str, job_id: str) -> bool:
        with self.lock:
            record = self.records(project, CHAT_JOBS).get(job_id)
            life = LIFECYCLES[CHAT_JOBS]
            return record is not None and self.state(life, record) not in (life.done, life.failed)

    def catalogue_message(self, code: str) -> str:
        """A code's catalogue message; where a code has several rows, the WebSocket's (see ERRATA)."""
        rows = [row for row in self.api.extension("x-error-codes", []) if row["code"] == code]
        row = next((r for r in rows if "websocket" in str(r["message"])), rows[0] if rows else None)
        return str(row["message"]) if row else code

    def gateway_error(self, status: int, code: str, reason: str) -> Reply:
        kind = "app" if code == APIG_SIGNATURE_EXPIRED else "IAM"
        message = f"Incorrect {kind} authentication information: {reason}"
        return Reply(status, {"error_code": code, "error_msg": message, "request_id": self.request_id})

    def project_mismatch(self, project: str | None) -> Reply:
        """A valid credential used on another project: the service's 403, not the gateway's 401."""
        row = self.catalogue[PROJECT_MISMATCH]
        return Reply(row["status"], {"error_code": PROJECT_MISMATCH, "error_msg": f"{row['message']}: {project}"})

    # -- errors ----------------------------------------------------------------------------
    def rejected(self, operation: Operation | None, problems: list[str]) -> Reply:
        if operation is None:  # the catalogue has no code for an unknown URL
            return Reply(404, {"error_code": INVALID_PARAMETER, "error_msg": "; ".join(problems)})
        return self.error(operation, INVALID_PARAMETER, "; ".join(problems), prefer=(400,))

    def error(self, op: Operation, code: str, detail: str, prefer: tuple[int, ...] = ()) -> Reply:
        """An error with a catalogue code, in the operation's documented error body."""
        row = self.catalogue.get(code)
        candidates = (*prefer, row["status"] if row else 400, 400)
        declared = {int(s) for s in op.spec["responses"] if s.isdigit()}
        status = next((s for s in candidates if s in declared), candidates[0])
        message = f"{row['message']}: {detail}" if row else detail
        schema = _json_schema(op, str(status))
        if schema is None:
            return Reply(status, {"error_code": code, "error_msg": message})
        allowed = self.api.resolve(self.api.resolve(schema).get("properties", {}).get("error_code", {})).get("enum")
        if allowed and code not in allowed:  # an operation with codes of its own: same number, else the first
            message = f"{code} {message}"
            code = next((c for c in allowed if _code_number(c) == _code_number(code)), allowed[0])
        stored = {"error_code": code, "error_msg": message, "request_id": self.request_id}
        return Reply(status, self.synth.fit(schema, stored, when=_iso(self.clock())))

    def not_found(self, op: Operation, family: Family, key: Any) -> Reply:
        code = NOT_FOUND.get(family.name, NO_SUCH_ID)
        return self.error(op, code, f"{family.id_name} {key}", prefer=(404, 400))

    # -- dispatch --------------------------------------------------------------------------
    def dispatch(self, parsed: Parsed, request: Request) -> Reply:
        """The operation's own method where the document gives it semantics, else its generic role."""
        special = getattr(self, parsed.operation.operation_id, None)
        if callable(special):
            reply: Reply = special(parsed, request)
            return reply
        role = self.layout.roles[parsed.operation.operation_id]
        if role.family is None:
            return self.standalone(parsed, role)
        return self.generic[role.name](parsed, self.families[role.family])

    def success(self, op: Operation, stored: Any, when: float) -> Reply:
        """The operation's success status with its response schema filled from `stored`."""
        status, response = next((s, r) for s, r in op.spec["responses"].items() if s.startswith("2"))
        content = response.get("content", {})
        if "application/json" in content:
            schema = content["application/json"]["schema"]
            return Reply(int(status), self.synth.fit(schema, stored, when=_iso(when)))
        if content:  # a download: the stored view as the file
            return Reply(int(status), json.dumps(stored, ensure_ascii=False).encode())
        return Reply(int(status), None)

    # -- state -----------------------------------------------------------------------------
    def new_id(self) -> str:
        return f"{self.random.getrandbits(128):032x}"

    def records(self, project: str, family: Family | str) -> dict[str, Record]:
        name = family if isinstance(family, str) else family.name
        return self.store.setdefault(project, {}).setdefault(name, {})

    def state(self, life: Lifecycle, record: Record) -> Any:
        if record.ended is not None:
            return record.ended
        if record.started is None:
            return life.initial
        step = self.steps_since(record.started)
        if step < len(life.steps):
            return life.steps[step]
        if record.fails and life.failed is not None:
            return life.failed
        return life.steps[-1] if life.until_stopped else life.done

    def view(self, family: Family, record: Record) -> dict[str, Any]:
        """What show and list answer: the stored fields and, for jobs, the current state."""
        fields = dict(record.fields)
        life = LIFECYCLES.get(family.name)
        if life is not None:
            fields[life.field] = state = self.state(life, record)
            if record.fails and state == life.failed:
                fields["error_info"] = {"error_code": JOB_FAILED, "error_msg": self.catalogue[JOB_FAILED]["message"]}
        return fields

    def find(self, parsed: Parsed, family: Family, key: Any = MISSING) -> Record | Reply:
        """The record the path names (its parent must exist and own it), or the not-found reply."""
        params = parsed.path_params
        missing = self.missing_parent(parsed, family)
        if missing is not None:
            return missing
        key = params.get(family.id_name) if key is MISSING else key
        record = self.records(params["project_id"], family).get(key)
        if record is None or any(record.fields.get(p) != params[p] for p in family.parent_ids if p in params):
            return self.not_found(parsed.operation, family, key)
        return record

    def missing_parent(self, parsed: Parsed, family: Family) -> Reply | None:
        """The not-found reply when the path names an enclosing item (a room) that does not exist."""
        if family.parent is None:
            return None
        parent = self.families[family.parent]
        parent_id = parsed.path_params.get(parent.id_name)
        if parent_id is None or parent_id in self.records(parsed.path_params["project_id"], parent):
            return None
        return self.not_found(parsed.operation, parent, parent_id)

    def asks_to_fail(self, body: Any) -> bool:
        if isinstance(body, str):
            return self.fail_marker in body
        values = body.values() if isinstance(body, dict) else body if isinstance(body, list) else ()
        return any(self.asks_to_fail(value) for value in values)

    def due_callbacks(self) -> list[Callback]:
        """Callbacks of jobs that have finished since the last call (each is handed out once)."""
        due = []
        with self.lock:
            self.publish_videos()
            for project, families in self.store.items():
                for name, records in families.items():
                    life = LIFECYCLES.get(name)
                    for key, record in records.items():
                        if life is None or record.callback is None or record.callback_taken:
                            continue
                        state = self.state(life, record)
                        if state in (life.done, life.failed):
                            record.callback_taken = True
                            asset_id = _output_asset_id(record) if state == life.done else None
                            due.append(_callback(record.callback, project, key, state, asset_id))
        return due

    def deliver_callbacks(self, client: httpx.Client) -> list[Delivery]:
        """POST each due callback's JSON body to its URL with `client`; a failed delivery is logged and
        recorded in `deliveries`, never raised (the job's outcome does not depend on it)."""
        delivered = []
        for callback in self.due_callbacks():
            try:
                answer = client.post(
                    callback.target(self.clock()),
                    content=callback.body(),
                    headers={"content-type": "application/json"},
                )
                delivery = Delivery(callback, answer.status_code)
            except httpx.HTTPError as exc:
                delivery = Delivery(callback, None, f"{type(exc).__name__}: {exc}")
            if delivery.status != 200:
                log.warning("callback for job %s: %s", callback.job_id, delivery.error or delivery.status)
            delivered.append(delivery)
        self.deliveries += delivered
        return delivered

    def publish_videos(self) -> None:
        """Put the output asset of every 2D video job that has succeeded into the asset library, once."""
        life = LIFECYCLES[VIDEO_JOBS]
        for project, families in self.store.items():
            assets = families.setdefault(ASSETS, {})
            for key, record in families.get(VIDEO_JOBS, {}).items():
                asset_id = _output_asset_id(record)
                if asset_id is None or asset_id in assets or self.state(life, record) != life.done:
                    continue
                name = str(record.fields["output_asset_config"].get("asset_name") or key)
                main = {
                    "file_id": self.new_id(),
                    "file_name": f"{key}.mp4",
                    "file_type": "mp4",
                    "asset_file_category": MAIN_FILE,
                    "download_url": f"{self.origin}/media/{asset_id}.mp4",
                    "state": FILE_CREATED,
                }
                fields = {"asset_id": asset_id, "project_id": project, "asset_name": name, "files": [main]}
                fields |= {"asset_type": VIDEO_ASSET_TYPE, "asset_state": ASSET_ACTIVE}
                assets[asset_id] = Record(fields, self.clock())

    # -- generic roles ---------------------------------------------------------------------
    def create_item(self, parsed: Parsed, family: Family) -> Reply:
        missing = self.missing_parent(parsed, family)
        if missing is not None:
            return missing
        record = self.add(parsed, family)
        return self.success(parsed.operation, self.view(family, record), record.created)

    def add(self, parsed: Parsed, family: Family, body: Any = MISSING) -> Record:
        """Store what a create sent, under a new id (or the one the caller named)."""
        params = parsed.path_params
        body = parsed.body if body is MISSING else body
        key = params[family.id_name] if family.client_named else self.new_id()
        role = self.layout.roles[parsed.operation.operation_id]
        scope = {p: params[p] for p in family.parent_ids}
        given = body if isinstance(body, dict) else {}
        fields = {**given, **role.fields, "project_id": params["project_id"], **scope, family.id_name: key}
        record = Record(fields, self.clock(), fails=self.asks_to_fail(body))
        life = LIFECYCLES.get(family.name)
        if life is not None and life.initial is None:
            record.started = record.created
        callback = given.get("callback_config")
        if life is not None and isinstance(callback, dict) and "callback_url" in callback:
            record.callback = dict(callback)
        if family.name == VIDEO_JOBS:  # the id its output asset will have, shown from the start
            output = given.get("output_asset_config")
            record.fields["output_asset_config"] = {
                **(output if isinstance(output, dict) else {}),
                "asset_id": self.new_id(),
            }
        records = self.records(params["project_id"], family)
        records[key] = record
        if life is not None:
            self.evict(records, lambda kept: self.finished(life, kept))
        elif family.name in UPLOADS:
            self.evict(records, lambda kept: True)
        return record

    def finished(self, life: Lifecycle, record: Record) -> bool:
        """Whether a job has ended and owes no callback (a cancelled or stopped one owes none): a record that
        may be forgotten."""
        if record.ended is not None:
            return True
        owes = record.callback is not None and not record.callback_taken
        return not owes and self.state(life, record) in (life.done, life.failed)

    def list_items(self, parsed: Parsed, family: Family) -> Reply:
        """The family's items in this project (and parent), filtered by the query parameters that name a
        stored field, `offset`/`limit` paginated (the spec's default limit), with their `count`."""
        params, query = parsed.path_params, parsed.query
        missing = self.missing_parent(parsed, family)
        if missing is not None:
            return missing
        filters = {**{k: v for k, v in query.items() if k not in ("offset", "limit")}, **params}
        views = [(record, self.view(family, record)) for record in self.records(params["project_id"], family).values()]
        matching = [(r, v) for r, v in views if all(_matches(v, name, wanted) for name, wanted in filters.items())]
        listed = self.listed_items(parsed.operation)
        if listed is None:  # a lookup (show_agency): the first match
            return self.success(parsed.operation, matching[0][1] if matching else {}, self.clock())
        array, item_schema = listed
        offset, limit = query.get("offset", 0), query.get("limit", _default(parsed.operation, "limit"))
        page = matching[offset:] if limit is None else matching[offset : offset + limit]
        counts = {"count": len(matching), "offset": offset, "limit": limit}
        listing = self.success(parsed.operation, counts, self.clock())
        # each item with its own creation time for its date-times, as show gives it
        listing.body[array] = [self.synth.fit(item_schema, view, when=_iso(record.created)) for record, view in page]
        return listing

    def listed_items(self, op: Operation) -> tuple[str, dict[str, Any]] | None:
        """The property of a list answer that holds the items (its first array of objects), and their schema."""
        schema = self.api.resolve(_json_schema(op, "200") or {})
        properties: dict[str, dict[str, Any]] = schema.get("properties", {})
        for name, sub in properties.items():
            sub = self.api.resolve(sub)
            items = self.api.resolve(sub.get("items", {}))
            if sub.get("type") == "array" and items.get("type") == "object":
                return name, items
        return None

    def show_item(self, parsed: Parsed, family: Family) -> Reply:
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        return self.success(parsed.operation, self.view(family, found), found.created)

    def update_item(self, parsed: Parsed, family: Family) -> Reply:
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        keep = {name: found.fields[name] for name in (family.id_name, *family.parent_ids, "project_id")}
        found.fields.update({**(parsed.body if isinstance(parsed.body, dict) else {}), **keep})
        return self.success(parsed.operation, self.view(family, found), found.created)

    def delete_item(self, parsed: Parsed, family: Family) -> Reply:
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        del self.records(parsed.path_params["project_id"], family)[parsed.path_params[family.id_name]]
        return self.success(parsed.operation, self.view(family, found), self.clock())

    def act_on_item(self, parsed: Parsed, family: Family) -> Reply:
        """An action the document gives no state change for: it needs the item, and answers from it."""
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        sent = parsed.body if isinstance(parsed.body, dict) else {}
        return self.success(parsed.operation, {**self.view(family, found), **sent}, found.created)

    def delete_items(self, parsed: Parsed, family: Family) -> Reply:
        """A list of ids: all are deleted, or none when one does not exist."""
        records = self.records(parsed.path_params["project_id"], family)
        missing = [key for key in parsed.body if key not in records]
        if missing:
            return self.not_found(parsed.operation, family, ", ".join(missing))
        for key in parsed.body:
            records.pop(key, None)
        return self.success(parsed.operation, {}, self.clock())

    def act_on_collection(self, parsed: Parsed, family: Family) -> Reply:
        return self.success(parsed.operation, parsed.body if isinstance(parsed.body, dict) else {}, self.clock())

    def standalone(self, parsed: Parsed, role: Role) -> Reply:
        """No family: a setting (stored per its read's required query values) or a synthesised answer."""
        op = parsed.operation
        if role.name not in ("read_setting", "write_setting"):
            return self.success(op, parsed.body if isinstance(parsed.body, dict) else {}, self.clock())
        read = next(o for o in self.api.operations if o.path == op.path and o.method == "GET")
        key_names = tuple(p["name"] for p in read.parameters if p["in"] == "query" and p.get("required"))
        given = {**(parsed.body if isinstance(parsed.body, dict) else {}), **parsed.query}
        key = (parsed.path_params["project_id"], op.path, tuple(given.get(name) for name in key_names))
        if role.name == "write_setting":
            self.settings.setdefault(key, {}).update(given)
        return self.success(op, self.settings.get(key, {}), self.clock())

    # -- operations with semantics of their own --------------------------------------------
    def cancel_2d_digital_human_video(self, parsed: Parsed, request: Request) -> Reply:
        """Only a job still waiting can be cancelled (004: 取消等待中的分身数字人视频制作任务)."""
        family, life = self.families[VIDEO_JOBS], LIFECYCLES[VIDEO_JOBS]
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        state = self.state(life, found)
        if state != life.steps[0]:
            return self.error(parsed.operation, NOT_WAITING, f"the job is {state}")
        found.ended = life.cancelled
        return self.success(parsed.operation, self.view(family, found), found.created)

    def stop_smart_live_job(self, parsed: Parsed, request: Request) -> Reply:
        return self.stop(parsed, LIVE_JOBS, LIVE_NOT_RUNNING)

    def stop_smart_chat_job(self, parsed: Parsed, request: Request) -> Reply:
        reply = self.stop(parsed, CHAT_JOBS, CHAT_STOPPED)
        self.chat.wake(parsed.path_params["job_id"])  # its chat links send JOB_FINISHED and close
        return reply

    def start_smart_chat_job(self, parsed: Parsed, request: Request) -> Reply:
        """A chat job whose `chat_access_address` is this mock as the request reached it: host:port, no
        scheme (表7-446: the address of the chat WebSocket)."""
        family = self.families[CHAT_JOBS]
        missing = self.missing_parent(parsed, family)
        if missing is not None:
            return missing
        record = self.add(parsed, family)
        record.fields["chat_access_address"] = request.headers.get("host", "localhost")
        return self.success(parsed.operation, self.view(family, record), record.created)

    def create_once_code(self, parsed: Parsed, request: Request) -> Reply:
        """A one-time code for the chat WebSocket of this project: five minutes, single use (§7.1.4.1)."""
        code = self.new_id() + self.new_id()
        self.once_codes[code] = Session("", parsed.path_params["project_id"], self.clock() + ONCE_CODE_SECONDS)
        return self.success(parsed.operation, {"once_code": code}, self.clock())

    def stop(self, parsed: Parsed, name: str, ended_code: str) -> Reply:
        family, life = self.families[name], LIFECYCLES[name]
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        state = self.state(life, found)
        if state in (life.done, life.failed):
            return self.error(parsed.operation, ended_code, f"the job is {state}")
        found.ended = life.done
        return self.success(parsed.operation, self.view(family, found), found.created)

    def execute_digital_human_model_training_job_command(self, parsed: Parsed, request: Request) -> Reply:
        """SUBMITVERIFYING (提交审核) starts the review and training; other commands change no state."""
        family, life = self.families[TRAINING_JOBS], LIFECYCLES[TRAINING_JOBS]
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        if parsed.body["command"] == "SUBMITVERIFYING":
            if found.started is not None:
                return self.error(parsed.operation, TRAINING_STATE, f"the job is {self.state(life, found)}")
            found.started = self.clock()
        return self.act_on_item(parsed, family)

    def submit_voice_training_job(self, parsed: Parsed, request: Request) -> Reply:
        """Submitting starts the review, then the training (004: 任务会进入审核状态,审核完成后会等待训练)."""
        family, life = self.families[VOICE_JOBS], LIFECYCLES[VOICE_JOBS]
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        if found.started is not None:
            return self.error(parsed.operation, VOICE_STATE, f"the job is {self.state(life, found)}")
        found.started = self.clock()
        return self.update_item(parsed, family)

    def confirm_voice_training_segment(self, parsed: Parsed, request: Request) -> Reply:
        found = self.find(parsed, self.families[VOICE_JOBS], parsed.query["job_id"])
        if isinstance(found, Reply):
            return found
        confirmed = found.fields.setdefault("confirmed_index", [])
        if parsed.query["index"] not in confirmed:
            confirmed.append(parsed.query["index"])
        return self.success(parsed.operation, {"confirm_result": True, "unmatched_index_hit": []}, self.clock())

    def show_voice_training_segment_confirm_result(self, parsed: Parsed, request: Request) -> Reply:
        found = self.find(parsed, self.families[VOICE_JOBS], parsed.query["job_id"])
        if isinstance(found, Reply):
            return found
        confirmed = found.fields.get("confirmed_index", [])
        return self.success(parsed.operation, {"confirmed_index": confirmed}, self.clock())

    def delete_digital_asset(self, parsed: Parsed, request: Request) -> Reply:
        """Deleting moves the asset to the recycle bin (DELETING, restorable); mode=force removes it."""
        family = self.families[ASSETS]
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        if parsed.query.get("mode") == "force":
            return self.delete_item(parsed, family)
        self.recycle(found)
        return self.success(parsed.operation, self.view(family, found), self.clock())

    def restore_digital_asset(self, parsed: Parsed, request: Request) -> Reply:
        family = self.families[ASSETS]
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        if not self.restore(found):
            return self.error(parsed.operation, ASSET_STATE, f"the asset is not {ASSET_DELETING}")
        return self.success(parsed.operation, self.view(family, found), found.created)

    def recycle(self, record: Record) -> None:
        if record.fields.get("asset_state") != ASSET_DELETING:
            record.state_before_delete = record.fields.get("asset_state", MISSING)
            record.fields["asset_state"] = ASSET_DELETING

    def restore(self, record: Record) -> bool:
        if record.fields.get("asset_state") != ASSET_DELETING:
            return False
        record.fields.pop("asset_state")
        if record.state_before_delete is not MISSING:
            record.fields["asset_state"] = record.state_before_delete
        return True

    def batch_action_digital_assets(self, parsed: Parsed, request: Request) -> Reply:
        """One result for the assets the action applied to, one (FAILED) for the ids that do not exist."""
        records = self.records(parsed.path_params["project_id"], ASSETS)
        action, ids = parsed.body["action"], parsed.body["asset_ids"]
        done, missing = [i for i in ids if i in records], [i for i in ids if i not in records]
        for key in done:
            record = records[key]
            if action == "DELETE":
                self.recycle(record)
            elif action == "DELETE_FORCE":
                del records[key]
            elif action == "RESTORE":
                self.restore(record)
            elif action in ("ACTIVE", "UNACTIVE"):
                record.fields["asset_state"] = ASSET_ACTIVE if action == "ACTIVE" else ASSET_INACTIVE
        results: list[dict[str, Any]] = [{"ret_status": "SUCCESS", "asset_ids": done}] if done else []
        if missing:
            code = NOT_FOUND[ASSETS]
            error = {"error_code": code, "error_msg": self.catalogue[code]["message"]}
            results.append({"ret_status": "FAILED", "asset_ids": missing, "error_info": error})
        return self.success(parsed.operation, {"results": results}, self.clock())

    def list_digital_asset_summaries(self, parsed: Parsed, request: Request) -> Reply:
        family = self.families[ASSETS]
        records = self.records(parsed.path_params["project_id"], family)
        found = [self.view(family, records[i]) for i in parsed.body["asset_ids"] if i in records]
        return self.success(parsed.operation, {"asset_list": found}, self.clock())

    def copy_video_script(self, parsed: Parsed, request: Request) -> Reply:
        family = self.families[VIDEO_SCRIPTS]
        found = self.find(parsed, family)
        if isinstance(found, Reply):
            return found
        copy = self.add(parsed, family, {k: v for k, v in found.fields.items() if k != family.id_name})
        return self.success(parsed.operation, self.view(family, copy), copy.created)

    def create_knowledge_intent_and_questions(self, parsed: Parsed, request: Request) -> Reply:
        intents, questions = self.families[INTENTS], self.families[QUESTIONS]
        body = dict(parsed.body)
        asked = body.pop("question_list")
        intent = self.add(parsed, intents, body)
        key = intent.fields[intents.id_name]
        added = [self.add(parsed, questions, {**q, intents.id_name: key}) for q in asked]
        answer = {**self.view(intents, intent), "question_list": [self.view(questions, q) for q in added]}
        return self.success(parsed.operation, answer, intent.created)

    def batch_create_knowledge_questions(self, parsed: Parsed, request: Request) -> Reply:
        questions = self.families[QUESTIONS]
        intent_id = parsed.body["intent_id"]
        added = [self.add(parsed, questions, {**q, "intent_id": intent_id}) for q in parsed.body["question_list"]]
        return self.success(parsed.operation, {"question_list": [self.view(questions, q) for q in added]}, self.clock())

    def batch_update_knowledge_questions(self, parsed: Parsed, request: Request) -> Reply:
        questions = self.families[QUESTIONS]
        records = self.records(parsed.path_params["project_id"], questions)
        changes = parsed.body["question_list"]
        missing = [c.get("question_id") for c in changes if c.get("question_id") not in records]
        if missing:
            return self.not_found(parsed.operation, questions, ", ".join(map(str, missing)))
        for change in changes:
            records[change["question_id"]].fields.update(change)
        return self.success(parsed.operation, {}, self.clock())


def _callback(config: dict[str, Any], project: str, job_id: str, result: str, asset_id: str | None) -> Callback:
    auth_type, key = str(config.get("auth_type", "NONE")), config.get("key")
    secret = Secret(key) if isinstance(key, str) and key else None
    return Callback(str(config["callback_url"]), auth_type, secret, project, job_id, result, asset_id)


def _output_asset_id(record: Record) -> str | None:
    output = record.fields.get("output_asset_config")
    return output.get("asset_id") if isinstance(output, dict) else None


def _dig(value: Any, *keys: str) -> Any:
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _path_project(path: str) -> str | None:
    parts = path.split("/")
    return parts[2] if len(parts) > 3 and parts[1] == "v1" else None


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _code_number(code: str) -> int | None:
    digits = code.rpartition(".")[2]
    return int(digits) if digits.isdigit() else None


def _json_schema(op: Operation, status: str) -> dict[str, Any] | None:
    media = op.spec["responses"].get(status, {}).get("content", {}).get("application/json")
    return None if media is None else dict(media["schema"])


def _default(op: Operation, name: str) -> Any:
    return next((p.get("schema", {}).get("default") for p in op.parameters if p["name"] == name), None)


def _matches(view: dict[str, Any], name: str, wanted: Any) -> bool:
    """A query parameter filters on the stored field of the same name, where there is one."""
    if name not in view:
        return True
    if isinstance(wanted, list):
        return view[name] in wanted
    return bool(view[name] == wanted)
