"""The MetaStudio mock: gateway authentication, one generic store for every resource family derived from
the spec, job state machines, and answers that validate against the spec's response schemas."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

import httpx
import pytest

from digihuman.auth import SdkHmacAuth
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.metastudio import (
    INVALID_PARAMETER,
    JOINS,
    LIFECYCLES,
    NOT_FOUND,
    NOT_WAITING,
    MetaStudioMock,
)
from digihuman.mock.resources import Family
from digihuman.mock.server import serve_in_thread
from digihuman.mock.synth import example, scalar_fits
from digihuman.openapi import Operation, api
from digihuman.secret import Secret

ENVIRONMENT = ENV["metastudio"]
PROJECT = ENVIRONMENT["HUAWEICLOUD_SDK_PROJECT_ID"]
SPEC = api("metastudio")
FAMILY_COUNT = 22
STANDALONE = {
    "create_dialog_url",
    "create_once_code",
    "show_welcome_speech_switch",
    "update_welcome_speech_switch",
    "show_hot_words_switch",
    "update_hot_words_switch",
    "list_tenant_resource_usage",
    "list_tenant_resources",
    "count_tenant_resources",
}
GATEWAY_STATUSES = {401, 403}  # the gateway answers these whatever the operation documents


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def iam_body(password: str = ENVIRONMENT["HUAWEICLOUD_SDK_PASSWORD"], project: str = PROJECT) -> dict[str, Any]:
    user = {
        "name": ENVIRONMENT["HUAWEICLOUD_SDK_USER_NAME"],
        "password": password,
        "domain": {"name": ENVIRONMENT["HUAWEICLOUD_SDK_DOMAIN_NAME"]},
    }
    return {
        "auth": {
            "identity": {"methods": ["password"], "password": {"user": user}},
            "scope": {"project": {"id": project}},
        }
    }


def new_mock(clock: Clock | None = None, **options: Any) -> MetaStudioMock:
    return cast(MetaStudioMock, demo_mock("metastudio", clock=clock or Clock(), seed=5, **options))


def login(http: httpx.Client) -> str:
    reply = http.post("/v3/auth/tokens", json=iam_body())
    assert reply.status_code == 201, reply.text
    return reply.headers["x-subject-token"]


def sample(schema: dict[str, Any], name: str = "value", tag: str = "v") -> Any:
    """A request value satisfying `schema`, every property filled, free strings marked `<tag>-<name>`
    so that an echo can be told from the mock's own synthesised values."""
    schema = SPEC.resolve(schema)
    if "allOf" in schema:
        return {k: v for sub in schema["allOf"] for k, v in sample(sub, name, tag).items()}
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {key: sample(sub, key, tag) for key, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(schema["items"], name, tag)][: schema.get("maxItems", 1)]
    if kind == "string" and "enum" not in schema and "format" not in schema:
        text = f"{tag}-{name}"
        return (text + "x" * max(0, schema.get("minLength", 0) - len(text)))[: schema.get("maxLength", len(text))]
    return example(schema, name, "2024-01-01T00:00:00Z")


def body_schema(op: Operation) -> dict[str, Any] | None:
    return op.body_schema("application/json")


def success_schema(op: Operation) -> dict[str, Any]:
    response = next(r for s, r in op.spec["responses"].items() if s.startswith("2"))
    media = response.get("content", {}).get("application/json")
    return SPEC.resolve(media["schema"]) if media else {}


def assert_conforms(response: httpx.Response) -> None:
    """The answer is one the operation documents, with a body that validates against its schema."""
    found = SPEC.match(response.request.method, response.request.url.path)
    assert found is not None, response.request.url
    op = found[0]
    documented = op.spec["responses"].get(str(response.status_code))
    if documented is None:
        assert response.status_code in GATEWAY_STATUSES | {404}, f"{op.operation_id}: {response.status_code}"
        schema: dict[str, Any] | None = {"$ref": "#/components/schemas/ErrorResponse"}
    else:
        media = documented.get("content", {})
        if not media:
            assert response.content == b"", f"{op.operation_id}: a body where the spec documents none"
            return
        if "application/json" not in media:
            assert response.headers["content-type"] in media
            return
        schema = media["application/json"]["schema"]
    assert SPEC.errors(schema, response.json(), "") == [], f"{op.operation_id} {response.status_code}"


@dataclass
class Session:
    """A token-authenticated client of one mock that checks every answer against the spec."""

    mock: MetaStudioMock
    http: httpx.Client
    succeeded: set[str] = field(default_factory=set)

    def call(
        self,
        op_id: str,
        params: dict[str, str] | None = None,
        query: dict[str, Any] | None = None,
        body: Any = None,
    ) -> httpx.Response:
        op = SPEC.by_id[op_id]
        path = op.path.format(project_id=PROJECT, **(params or {}))
        content = {} if body is None else {"json": body}
        response = self.http.request(op.method, path, params=query, **content)
        assert_conforms(response)
        if response.is_success:
            self.succeeded.add(op_id)
        return response

    def ok(self, op_id: str, **kwargs: Any) -> httpx.Response:
        response = self.call(op_id, **kwargs)
        assert response.is_success, f"{op_id}: {response.status_code} {response.text[:300]}"
        return response


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def mock(clock: Clock) -> MetaStudioMock:
    return new_mock(clock)


@pytest.fixture
def session(mock: MetaStudioMock) -> Iterator[Session]:
    with httpx.Client(base_url="http://127.0.0.1", transport=mock.transport()) as http:
        http.headers["X-Auth-Token"] = login(http)
        yield Session(mock, http)


# -- gateway ------------------------------------------------------------------------------------


def test_iam_token_is_issued_for_the_demo_user_and_opens_the_api(mock: MetaStudioMock, clock: Clock) -> None:
    with httpx.Client(base_url="http://127.0.0.1", transport=mock.transport()) as http:
        reply = http.post("/v3/auth/tokens", json=iam_body())
        assert reply.status_code == 201
        token = reply.json()["token"]
        assert token["project"] == {"id": PROJECT}
        assert token["issued_at"] == "2023-11-14T22:13:20Z"
        assert token["expires_at"] == "2023-11-15T22:13:20Z"  # 24 h later
        headers = {"X-Auth-Token": reply.headers["x-subject-token"]}
        listed = http.get(f"/v1/{PROJECT}/smart-live-rooms", headers=headers)
        assert listed.status_code == 200 and listed.json()["count"] == 0
        clock.now += 24 * 3600
        expired = http.get(f"/v1/{PROJECT}/smart-live-rooms", headers=headers)
        assert expired.status_code == 401 and expired.json()["error_code"] == "APIG.0301"


@pytest.mark.parametrize(
    "body", [iam_body(password="wrong"), iam_body(project="another-project"), {"auth": {"identity": {}}}]
)
def test_iam_rejects_wrong_credentials(mock: MetaStudioMock, body: dict[str, Any]) -> None:
    with httpx.Client(base_url="http://127.0.0.1", transport=mock.transport()) as http:
        reply = http.post("/v3/auth/tokens", json=body)
    assert reply.status_code == 401
    assert reply.json()["error_code"] == "APIG.0301" and "x-subject-token" not in reply.headers


@pytest.mark.parametrize("headers", [{}, {"X-Auth-Token": "MIIunissued"}])
def test_requests_without_an_issued_token_are_rejected(mock: MetaStudioMock, headers: dict[str, str]) -> None:
    with httpx.Client(base_url="http://127.0.0.1", transport=mock.transport(), headers=headers) as http:
        reply = http.get(f"/v1/{PROJECT}/smart-live-rooms")
    assert reply.status_code == 401
    body = reply.json()
    assert body["error_code"] == "APIG.0301" and body["request_id"] == reply.headers["x-request-id"]
    assert body["error_msg"].startswith("Incorrect IAM authentication information")
    assert_conforms(reply)


def test_a_token_only_opens_its_own_project(session: Session) -> None:
    reply = session.http.get("/v1/0000000000000000000000000000ffff/smart-live-rooms")
    assert reply.status_code == 403
    assert reply.json()["error_code"] == "MSS.00020006"
    assert_conforms(reply)


AK = ENVIRONMENT["HUAWEICLOUD_SDK_AK"]
SK = ENVIRONMENT["HUAWEICLOUD_SDK_SK"]
ROOMS = f"/v1/{PROJECT}/smart-live-rooms"


def aksk_get(mock: MetaStudioMock, auth: httpx.Auth, extra: dict[str, str] | None = None) -> httpx.Response:
    with httpx.Client(base_url="http://127.0.0.1", transport=mock.transport(), auth=auth) as http:
        return http.get(ROOMS, headers=extra or {})


def signer(sk: str = SK, project: str | None = None, at: float = 1_700_000_000.0) -> SdkHmacAuth:
    return SdkHmacAuth(AK, Secret(sk), project_id=project, clock=lambda: at)


def test_a_signed_request_is_accepted_within_fifteen_minutes() -> None:
    mock = new_mock()  # its clock reads 1_700_000_000
    assert aksk_get(mock, signer()).status_code == 200
    assert aksk_get(mock, signer(at=1_700_000_000.0 + 899)).status_code == 200
    assert aksk_get(mock, signer(project=PROJECT)).status_code == 200


@pytest.mark.parametrize(
    ("auth", "code", "wording"),
    [
        (signer(sk="not-the-secret-key"), "APIG.0301", "Incorrect IAM authentication information"),
        (signer(at=1_700_000_000.0 - 901), "APIG.0303", "Incorrect app authentication information"),
    ],
    ids=["wrong-key", "expired"],
)
def test_a_bad_signature_gets_the_gateway_body(auth: httpx.Auth, code: str, wording: str) -> None:
    reply = aksk_get(new_mock(), auth)
    assert reply.status_code == 401
    body = reply.json()
    assert body["error_code"] == code and body["error_msg"].startswith(wording)
    assert SK not in reply.text


def test_a_tampered_request_is_rejected() -> None:
    class Tamper(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
            signer().sign(request)
            request.url = request.url.copy_with(query=b"limit=1")  # changed after signing
            yield request

    reply = aksk_get(new_mock(), Tamper())
    assert reply.status_code == 401 and reply.json()["error_code"] == "APIG.0301"


def test_a_valid_signature_on_another_project_is_forbidden() -> None:
    other = aksk_get(new_mock(), signer(project="another-project"))
    assert other.status_code == 403 and other.json()["error_code"] == "MSS.00020006"


# -- validation ---------------------------------------------------------------------------------


def test_invalid_body_is_rejected_naming_the_field(session: Session) -> None:
    reply = session.call("create_smart_live_room", body={"room_name": 5})
    assert reply.status_code == 400
    body = reply.json()
    assert body["error_code"] == INVALID_PARAMETER
    assert body["error_msg"].startswith("room_name must be a string, got 5")
    missing = session.call("create_smart_live_room", body={"room_description": "no name"})
    assert missing.status_code == 400 and "room_name is required" in missing.json()["error_msg"]


def test_invalid_query_is_rejected_naming_the_parameter(session: Session) -> None:
    reply = session.call("list_smart_live_rooms", query={"limit": "many"})
    assert reply.status_code == 400 and reply.json()["error_msg"].startswith("limit must be an integer")


def test_operation_with_its_own_error_codes_gets_one_of_them(session: Session) -> None:
    """The TTS operations enumerate nine-digit codes: the mock answers with the invalid-parameter one."""
    reply = session.call("create_tts_audition", body={"text": "你好"})
    assert reply.status_code == 400
    assert reply.json()["error_code"] == "MSS.000000003"
    assert "emotion is required" in reply.json()["error_msg"]


def test_catalogue_codes_the_mock_uses_are_in_the_spec(mock: MetaStudioMock) -> None:
    from digihuman.mock import metastudio

    used = {value for name, value in vars(metastudio).items() if name.isupper() and str(value).startswith("MSS.")}
    used |= set(NOT_FOUND.values())
    used -= {INVALID_PARAMETER}  # documented as missing from the catalogue (spec/ERRATA.md)
    assert used <= set(mock.catalogue)


# -- families -----------------------------------------------------------------------------------


def test_families_and_roles_cover_every_operation(mock: MetaStudioMock) -> None:
    families = mock.families
    assert len(families) == FAMILY_COUNT
    assert set(families) == set(NOT_FOUND)
    in_families = {op for family in families.values() for op in family.operations}
    assert set(mock.layout.standalone()) == STANDALONE
    assert in_families | STANDALONE == set(SPEC.by_id)
    assert len(in_families) + len(STANDALONE) == len(SPEC.operations) == 131
    assert set(JOINS) <= in_families
    assert families["smart-live-rooms/{room_id}/smart-live-jobs"].parent == "smart-live-rooms"
    chat_jobs = "digital-human-chat/smart-chat-rooms/{room_id}/smart-chat-jobs"
    assert families[chat_jobs].parent == "smart-chat-rooms"
    assert families["digital-human-chat/agency"].client_named


@dataclass
class Context:
    family: Family
    key: str = ""
    parent: dict[str, str] = field(default_factory=dict)
    created: dict[str, Any] = field(default_factory=dict)

    def params(self) -> dict[str, str]:
        return {**self.parent, self.family.id_name: self.key}


def query_for(op: Operation, ctx: Context) -> dict[str, Any]:
    """Required query parameters: the item's id, a value the create sent under that name, or a sample."""
    query = {}
    for param in op.parameters:
        name = param["name"]
        if param["in"] != "query" or not param.get("required"):
            continue
        if name == ctx.family.id_name:
            query[name] = ctx.key
        elif isinstance(ctx.created.get(name), str):
            query[name] = ctx.created[name]
        else:
            query[name] = sample(param["schema"], name)
    return query


# Requests the generic sample cannot make: ids of the item under test inside the body.
BODIES: dict[str, Callable[[Context], Any]] = {
    "batch_action_digital_assets": lambda ctx: {"action": "ACTIVE", "asset_ids": [ctx.key]},
    "list_digital_asset_summaries": lambda ctx: {"asset_ids": [ctx.key]},
    "batch_update_knowledge_questions": lambda ctx: {"question_list": [{"question_id": ctx.key, "question": "w"}]},
}
DELETE_QUERY = {"delete_digital_asset": {"mode": "force"}}  # without it the asset only goes to the recycle bin
# Steps an action needs first: only an asset in the recycle bin can be restored.
PREPARE: dict[str, Callable[[Session, Context], object]] = {
    "restore_digital_asset": lambda session, ctx: session.ok("delete_digital_asset", params=ctx.params()),
}


def request_for(op_id: str, ctx: Context, tag: str = "v") -> dict[str, Any]:
    op = SPEC.by_id[op_id]
    role = ctx.family.operations[op_id]
    if role == "batch_delete":
        body: Any = [ctx.key]
    elif op_id in BODIES:
        body = BODIES[op_id](ctx)
    else:
        schema = body_schema(op)
        body = None if schema is None else sample(schema, tag=tag)
    in_path = {name for name in (ctx.family.id_name, *ctx.family.parent_ids) if "{" + name + "}" in op.path}
    params = {name: value for name, value in ctx.params().items() if name in in_path}
    return {"params": params, "query": {**query_for(op, ctx), **DELETE_QUERY.get(op_id, {})}, "body": body}


def primary_create(family: Family) -> str:
    """The create that answers with the new item's id (or, for caller-named items, takes it in the path)."""
    for op_id, role in family.operations.items():
        op = SPEC.by_id[op_id]
        if role == "create" and (op.path == family.item or family.id_name in success_schema(op).get("properties", {})):
            return op_id
    raise AssertionError(f"{family.name}: no create answers with {family.id_name}")


def ops_with(family: Family, *roles: str, method: str | None = None) -> list[str]:
    return [
        op_id
        for op_id, role in family.operations.items()
        if role in roles and (method is None or SPEC.by_id[op_id].method == method)
    ]


def assert_echoes(sent: Any, got: Any, schema: dict[str, Any]) -> int:
    """Every scalar the client sent that the answer's schema can hold comes back (also inside objects);
    returns how many were checked."""
    schema = SPEC.resolve(schema)
    properties = schema.get("properties", {})
    checked = 0
    for name, value in (sent if isinstance(sent, dict) else {}).items():
        if name not in properties or not isinstance(got, dict):
            continue
        target = SPEC.resolve(properties[name])
        if isinstance(value, dict) and "properties" in target:
            checked += assert_echoes(value, got.get(name), target)
        elif not isinstance(value, list) and "properties" not in target and scalar_fits(target, value):
            assert got.get(name) == value, f"{name}: sent {value!r}, got {got.get(name)!r}"
            checked += 1
    return checked


def assert_shown(session: Session, ctx: Context, sent: Any) -> None:
    """What create or update sent is what show answers, wherever show has a field of that name."""
    shows = ops_with(ctx.family, "show")
    if not shows or not isinstance(sent, dict):
        return
    schema = success_schema(SPEC.by_id[shows[0]])
    shown = session.ok(shows[0], **request_for(shows[0], ctx)).json()
    overlap = set(sent) & set(schema.get("properties", {}))
    assert assert_echoes(sent, shown, schema) > 0 or not overlap


def create_parent(session: Session, family: Family) -> dict[str, str]:
    if family.parent is None:
        return {}
    parent = session.mock.families[family.parent]
    op_id = primary_create(parent)
    created = session.ok(op_id, body=sample(body_schema(SPEC.by_id[op_id]) or {})).json()
    return {parent.id_name: created[parent.id_name]}


def exercise_family(session: Session, family: Family) -> None:
    """create → show → update → show → actions → list → delete → not found, with whatever the family has."""
    ctx = Context(family, parent=create_parent(session, family))
    first = primary_create(family)
    if family.client_named:
        ctx.key = str(SPEC.resolve(param_schema(SPEC.by_id[first], family.id_name))["enum"][0])
    created_request = request_for(first, ctx)
    ctx.created = created_request["body"] or {}
    created = session.ok(first, **created_request).json()
    ctx.key = ctx.key or created[family.id_name]
    for other in ops_with(family, "create"):
        if other != first:
            session.ok(other, **request_for(other, ctx))

    readers = ops_with(family, "show") or ops_with(family, "action", method="GET")
    for op_id in readers:
        shown = session.ok(op_id, **request_for(op_id, ctx)).json()
        if family.id_name in success_schema(SPEC.by_id[op_id]).get("properties", {}):
            assert shown[family.id_name] == ctx.key
    assert_shown(session, ctx, ctx.created)

    for op_id in ops_with(family, "update"):
        change = request_for(op_id, ctx, tag="w")
        session.ok(op_id, **change)
        if op_id not in BODIES:
            assert_shown(session, ctx, change["body"])

    for op_id in ops_with(family, "action", "collection_action"):
        if op_id not in readers:
            PREPARE.get(op_id, lambda *_: None)(session, ctx)
            session.ok(op_id, **request_for(op_id, ctx))

    for op_id in ops_with(family, "list"):
        listing = session.ok(op_id, **request_for(op_id, ctx)).json()
        array = next((name for name, value in listing.items() if isinstance(value, list)), None)
        if array is None:  # a lookup
            assert listing
            continue
        assert listing["count"] >= 1
        ids = [item.get(family.id_name) for item in listing[array]]
        assert ctx.key in ids, f"{op_id}: {ctx.key} not in {ids}"

    deleters = ops_with(family, "delete", "batch_delete")
    for op_id in deleters:
        session.ok(op_id, **request_for(op_id, ctx))
    if not deleters:
        ctx.key = "0" * 32  # nothing deletes this family's items: look one up that never existed
    check = readers[0] if readers else deleters[0]
    gone = session.call(check, **request_for(check, ctx))
    assert gone.status_code in (400, 404), gone.text
    # the TTS operations only allow their own codes: there the catalogue code moves into error_msg
    assert gone.json()["error_code"] in (NOT_FOUND[family.name], "MSS.000000001")
    assert NOT_FOUND[family.name] in gone.json()["error_msg"] or gone.json()["error_code"] == NOT_FOUND[family.name]


def param_schema(op: Operation, name: str) -> dict[str, Any]:
    return next(p["schema"] for p in op.parameters if p["name"] == name)


@pytest.mark.parametrize("name", sorted(NOT_FOUND))
def test_family_lifecycle(session: Session, name: str) -> None:
    family = session.mock.families[name]
    exercise_family(session, family)
    assert set(family.operations) <= session.succeeded, set(family.operations) - session.succeeded


def exercise_standalone(session: Session, op_id: str) -> None:
    op = SPEC.by_id[op_id]
    schema = body_schema(op)
    required = [p for p in op.parameters if p["in"] == "query" and p.get("required")]
    query = {p["name"]: sample(p["schema"], p["name"]) for p in required}
    session.ok(op_id, query=query, body=None if schema is None else sample(schema))


@pytest.mark.parametrize("op_id", sorted(STANDALONE))
def test_standalone_operation(session: Session, op_id: str) -> None:
    exercise_standalone(session, op_id)
    assert op_id in session.succeeded


def test_every_operation_is_exercised(session: Session) -> None:
    for family in session.mock.families.values():
        exercise_family(session, family)
    for op_id in STANDALONE:
        exercise_standalone(session, op_id)
    print(f"\noperations answered with success: {len(session.succeeded)} of {len(SPEC.operations)}")
    assert session.succeeded == set(SPEC.by_id)
    assert len(session.succeeded) == 131


def test_settings_read_back_what_was_written(session: Session) -> None:
    before = session.ok("show_welcome_speech_switch", query={"robot_id": "r1"}).json()
    assert before == {"enable_welcome_speech": False}
    session.ok("update_welcome_speech_switch", body={"robot_id": "r1", "enable_welcome_speech": True})
    assert session.ok("show_welcome_speech_switch", query={"robot_id": "r1"}).json()["enable_welcome_speech"]
    assert not session.ok("show_welcome_speech_switch", query={"robot_id": "r2"}).json()["enable_welcome_speech"]


def test_list_paginates_and_filters(session: Session) -> None:
    keys = [session.ok("create_welcome_speech", body={"robot_id": "r1", "welcome_speech": f"hi {i}"}) for i in range(3)]
    session.ok("create_welcome_speech", body={"robot_id": "r2", "welcome_speech": "other"})
    ids = [k.json()["welcome_speech_id"] for k in keys]
    page = session.ok("list_welcome_speeches", query={"robot_id": "r1", "offset": 1, "limit": 1}).json()
    assert page["count"] == 3 and page["offset"] == 1 and page["limit"] == 1
    assert [item["welcome_speech_id"] for item in page["data"]] == ids[1:2]
    assert page["data"][0]["welcome_speech"] == "hi 1"


def test_array_query_parameters_filter_by_any_of_their_values(session: Session) -> None:
    ids = [
        session.ok("create_digital_asset", body={"asset_name": name, "asset_type": "IMAGE"}).json()["asset_id"]
        for name in ("a", "b", "c")
    ]
    one = session.ok("list_digital_assets", query={"asset_id": ids[0]}).json()
    assert [asset["asset_name"] for asset in one["assets"]] == ["a"]
    two = session.ok("list_digital_assets", query={"asset_id": ids[1:]}).json()
    assert two["count"] == 2 and [asset["asset_id"] for asset in two["assets"]] == ids[1:]


def test_asset_recycle_bin(session: Session) -> None:
    asset_id = session.ok("create_digital_asset", body={"asset_name": "a", "asset_type": "IMAGE"}).json()["asset_id"]
    session.ok("batch_action_digital_assets", body={"action": "ACTIVE", "asset_ids": [asset_id]})
    session.ok("delete_digital_asset", params={"asset_id": asset_id})
    shown = session.ok("show_digital_asset", params={"asset_id": asset_id}).json()
    assert shown["asset_state"] == "DELETING"
    session.ok("restore_digital_asset", params={"asset_id": asset_id})
    assert session.ok("show_digital_asset", params={"asset_id": asset_id}).json()["asset_state"] == "ACTIVED"
    again = session.call("restore_digital_asset", params={"asset_id": asset_id})
    assert again.status_code == 400 and again.json()["error_code"] == "MSS.10001013"
    results = session.ok(
        "batch_action_digital_assets", body={"action": "DELETE_FORCE", "asset_ids": [asset_id, "missing"]}
    ).json()["results"]
    assert [(r["ret_status"], r["asset_ids"]) for r in results] == [("SUCCESS", [asset_id]), ("FAILED", ["missing"])]
    gone = session.call("show_digital_asset", params={"asset_id": asset_id})
    assert gone.status_code == 404 and gone.json()["error_code"] == "MSS.10001001"


def test_knowledge_intent_with_questions(session: Session) -> None:
    body = {"name": "n", "answer": "a", "skill_id": "s", "question_list": [{"question": "q1"}, {"question": "q2"}]}
    created = session.ok("create_knowledge_intent_and_questions", body=body).json()
    intent_id = created["intent_id"]
    assert [q["question"] for q in created["question_list"]] == ["q1", "q2"]
    listed = session.ok("list_knowledge_questions", query={"intent_id": intent_id}).json()
    assert listed["count"] == 2
    question_id = listed["data"][0]["question_id"]
    change = {"question_list": [{"question_id": question_id, "question": "q1 again"}]}
    session.ok("batch_update_knowledge_questions", body=change)
    assert session.ok("show_knowledge_question", params={"question_id": question_id}).json()["question"] == "q1 again"
    unknown = {"question_list": [{"question_id": "nope", "question": "q"}]}
    missing = session.call("batch_update_knowledge_questions", body=unknown)
    assert missing.status_code == 400 and missing.json()["error_code"] == "MSS.47010030"


# -- jobs ---------------------------------------------------------------------------------------


def create_video(session: Session, text: str = "你好") -> str:
    body = {
        "model_asset_id": "m",
        "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"text_config": {"text": text}}}],
        "callback_config": {"callback_url": "https://example.invalid/hook"},
    }
    return str(session.ok("create_2d_digital_human_video", body=body).json()["job_id"])


def video_state(session: Session, job_id: str) -> str:
    return str(session.ok("show_2d_digital_human_video", params={"job_id": job_id}).json()["state"])


def test_video_job_progresses_with_the_clock(session: Session, clock: Clock) -> None:
    job_id = create_video(session)
    seen = []
    for _ in range(4):
        seen.append(video_state(session, job_id))
        clock.now += session.mock.step_seconds
    assert seen == ["WAITING", "PROCESSING", "SUCCEED", "SUCCEED"]
    listed = session.ok("list_digital_human_videos", query={"state": "SUCCEED"}).json()
    assert [job["job_id"] for job in listed["jobs"]] == [job_id]
    due = session.mock.due_callbacks()
    assert [(c.url, c.job_id, c.result) for c in due] == [("https://example.invalid/hook", job_id, "SUCCEED")]
    assert session.mock.due_callbacks() == []  # handed out once


def test_video_job_fails_when_asked_to(session: Session, clock: Clock) -> None:
    job_id = create_video(session, text="please MOCK_FAIL")
    clock.now += 2 * session.mock.step_seconds
    shown = session.ok("show_2d_digital_human_video", params={"job_id": job_id}).json()
    assert shown["state"] == "FAILED"
    assert shown["error_info"]["error_code"] == "MSS.50000001"
    assert [c.result for c in session.mock.due_callbacks()] == ["FAILED"]


def test_video_job_cancels_only_while_waiting(session: Session, clock: Clock) -> None:
    waiting = create_video(session)
    session.ok("cancel_2d_digital_human_video", params={"job_id": waiting})
    assert video_state(session, waiting) == "CANCELED"
    processing = create_video(session)
    clock.now += session.mock.step_seconds
    assert video_state(session, processing) == "PROCESSING"
    refused = session.call("cancel_2d_digital_human_video", params={"job_id": processing})
    assert refused.status_code == 500  # the catalogue's status for MSS.20010048, documented by the operation
    assert refused.json()["error_code"] == NOT_WAITING
    clock.now += 5 * session.mock.step_seconds
    assert video_state(session, waiting) == "CANCELED"
    assert session.mock.due_callbacks()[0].job_id == processing  # a cancelled job owes no callback


def test_lifecycle_states_are_the_spec_enums(mock: MetaStudioMock) -> None:
    for name, life in LIFECYCLES.items():
        family = mock.families[name]
        readers = [o for o, r in family.operations.items() if r in ("show", "action") and SPEC.by_id[o].method == "GET"]
        schema = SPEC.resolve(success_schema(SPEC.by_id[readers[0]])["properties"][life.field])
        states = {life.done, *life.steps} | {s for s in (life.failed, life.initial, life.cancelled) if s is not None}
        allowed = schema.get("enum", [True, False] if schema.get("type") == "boolean" else [])
        assert states <= set(allowed), f"{name}: {states - set(allowed)}"


def test_training_job_starts_with_the_submit_command(session: Session, clock: Clock) -> None:
    job_id = session.ok("create_digital_human_model_training_job", body={"name": "me"}).json()["job_id"]
    path, submit = {"job_id": job_id}, {"command": "SUBMITVERIFYING"}
    states = []
    for _ in range(2):
        states.append(session.ok("show_digital_human_model_training_job", params=path).json()["state"])
        clock.now += session.mock.step_seconds
    session.ok("execute_digital_human_model_training_job_command", params=path, body=submit)
    for _ in range(4):
        states.append(session.ok("show_digital_human_model_training_job", params=path).json()["state"])
        clock.now += session.mock.step_seconds
    assert states == ["WAIT_FILE_UPLOAD"] * 2 + ["AUTO_VERIFYING", "MANUAL_VERIFYING", "TRAINING", "JOB_SUCCESS"]
    again = session.call("execute_digital_human_model_training_job_command", params=path, body=submit)
    assert again.status_code == 400 and again.json()["error_code"] == "MSS.41000001"


def test_voice_training_job_starts_when_submitted(session: Session, clock: Clock) -> None:
    created = session.ok("create_middle_voice_training_job", body={"voice_name": "v"}).json()
    path = {"job_id": created["job_id"]}
    shown = session.ok("show_voice_training_job", params=path).json()
    assert (shown["state"], shown["job_type"], shown["voice_name"]) == ("CREATING", "MIDDLE", "v")
    session.ok("submit_voice_training_job", params=path, body={"voice_name": "v2"})
    states = []
    for _ in range(5):
        states.append(session.ok("show_voice_training_job", params=path).json()["state"])
        clock.now += session.mock.step_seconds
    assert states == ["SYSTEM_AUDITING", "AUDITING", "WAITING", "PROCESSING", "SUCCEED"]
    assert session.ok("show_voice_training_job", params=path).json()["voice_name"] == "v2"
    session.ok("confirm_voice_training_segment", query={"job_id": path["job_id"], "index": 3})
    result = session.ok("show_voice_training_segment_confirm_result", query={"job_id": path["job_id"]}).json()
    assert result == {"confirmed_index": [3]}


def test_tts_audition_file_completes(session: Session, clock: Clock) -> None:
    job_id = session.ok("create_tts_audition", body={"text": "你好", "emotion": "HAPPY"}).json()["job_id"]
    first = session.ok("show_tts_audition_file", params={"job_id": job_id}).json()
    clock.now += session.mock.step_seconds
    later = session.ok("show_tts_audition_file", params={"job_id": job_id}).json()
    assert (first["is_file_complete"], later["is_file_complete"]) == (False, True)


JOB_OPERATIONS = {  # create the room, start, show and stop the job
    "live": ("create_smart_live_room", "start_smart_live_job", "show_smart_live_job", "stop_smart_live_job"),
    "chat": ("create_smart_chat_room", "start_smart_chat_job", "show_smart_chat_job", "stop_smart_chat_job"),
}


@pytest.mark.parametrize(("kind", "code"), [("live", "MSS.20010099"), ("chat", "MSS.47010123")])
def test_live_and_chat_jobs_run_until_stopped(session: Session, clock: Clock, kind: str, code: str) -> None:
    create_room, start, show, stop = JOB_OPERATIONS[kind]
    room = {"room_id": session.ok(create_room, body={"room_name": "r"}).json()["room_id"]}
    query = {"robot_id": "r"} if kind == "chat" else None
    job = {**room, "job_id": session.ok(start, params=room, query=query, body={}).json()["job_id"]}
    states = []
    for _ in range(3):
        states.append(session.ok(show, params=job).json()["state"])
        clock.now += session.mock.step_seconds
    session.ok(stop, params=job)
    states.append(session.ok(show, params=job).json()["state"])
    assert states == ["WAITING", "PROCESSING", "PROCESSING", "SUCCEED"]
    again = session.call(stop, params=job)
    assert again.json()["error_code"] == code
    unknown_room = session.call(show, params={"room_id": "nope", "job_id": job["job_id"]})
    assert unknown_room.json()["error_code"] == "MSS.20010045"


def test_generated_client_reads_what_the_mock_stored(mock: MetaStudioMock) -> None:
    from metastudio_client import Client
    from metastudio_client.api.smart_live_rooms import (
        create_smart_live_room,
        list_smart_live_rooms,
        show_smart_live_room,
    )
    from metastudio_client.models import CreateSmartLiveRoomRequest

    with httpx.Client(base_url="http://127.0.0.1", transport=mock.transport()) as http:
        token = login(http)
    client = Client(
        base_url="http://127.0.0.1", headers={"X-Auth-Token": token}, httpx_args={"transport": mock.transport()}
    )
    created = create_smart_live_room.sync(project_id=PROJECT, client=client, body=CreateSmartLiveRoomRequest("typed"))
    room_id = str(getattr(created, "room_id", ""))
    shown = show_smart_live_room.sync(project_id=PROJECT, room_id=room_id, client=client)
    assert getattr(shown, "room_name", None) == "typed"
    listed = list_smart_live_rooms.sync(project_id=PROJECT, client=client)
    assert [room.room_id for room in getattr(listed, "smart_live_rooms", [])] == [room_id]


def test_the_mock_command_serves_metastudio() -> None:
    from digihuman.cli import parser

    args = parser().parse_args(["mock", "--vendor", "metastudio"])
    assert args.vendor == "metastudio" and isinstance(demo_mock(args.vendor), MetaStudioMock)


# -- over loopback --------------------------------------------------------------------------------


def test_over_loopback(mock: MetaStudioMock) -> None:
    with serve_in_thread(mock) as base_url, httpx.Client(base_url=base_url) as http:
        http.headers["X-Auth-Token"] = login(http)
        room_id = http.post(f"/v1/{PROJECT}/smart-live-rooms", json={"room_name": "loop"}).json()["room_id"]
        shown = http.get(f"/v1/{PROJECT}/smart-live-rooms/{room_id}")
        assert_conforms(shown)
        assert shown.json()["room_name"] == "loop" and shown.headers["x-request-id"]
