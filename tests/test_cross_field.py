"""The documents' cross-field rules (`x-required-when`): transcribed as the document states them, enforced by
the client before any network I/O and by the mock, and obeyed by the cases generators draw."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import schemathesis
from hypothesis import given
from hypothesis import strategies as st

from digihuman.contract import reproducible
from digihuman.cross_field import KEYWORD, applies, for_generators, missing
from digihuman.errors import RequestValidationError
from digihuman.mock.demo import ENV, demo_mock
from digihuman.openapi import api
from tests.support import Scripted, Sleeps, answer, metastudio_client
from tests.test_metastudio_mock import login, sample

SPEC = api("metastudio")
SEED = Path(__file__).resolve().parents[1] / "spec" / "sources" / "004_98b9bb343f7d51e5.txt"
# "background_type=IMAGE时需要填写", "reply_mode为 INTELLIGENT_REPLY时必须填" in a field's 约束限制.
RULE_SENTENCE = re.compile(r"([a-z_]+)\s*(?:=|为)\s*([A-Z_]+)\s*时(?:需要填写|必填|必须填)")


def rules_in_spec() -> set[tuple[str, str, str, str]]:
    """(schema, when-field, value, required field) for every rule in the spec."""
    found = set()
    for name, schema in SPEC.spec["components"]["schemas"].items():
        for rule in schema.get(KEYWORD, []):
            ((field, value),) = rule["when"].items()
            found |= {(name, field, value, required) for required in rule["required"]}
    return found


def stated_in_request_schemas() -> set[tuple[str, str, str, str]]:
    """The same, read off the property descriptions of the request-side schemas (the answers' twins, named
    `…ForResponse`, describe what was sent: a rule there would judge the vendor's answers by the request's)."""
    found = set()
    for name, schema in SPEC.spec["components"]["schemas"].items():
        if name.endswith("ForResponse"):
            continue
        for prop, sub in schema.get("properties", {}).items():
            for field, value in RULE_SENTENCE.findall(sub.get("description", "")):
                found.add((name, field, value, prop))
    return found


def test_every_rule_the_document_states_is_in_the_spec_and_no_other() -> None:
    in_spec = rules_in_spec()
    assert in_spec == stated_in_request_schemas()
    assert {(field, value, required) for _, field, value, required in in_spec} == {
        ("background_type", "IMAGE", "background_config"),
        ("background_type", "COLOR", "background_color_config"),
        ("reply_mode", "INTELLIGENT_REPLY", "robot_id"),
    }
    # and the seed states no other rule of this form (its 2 × 13 background and 7 robot_id sentences)
    seed = SEED.read_text(encoding="utf-8")
    assert {(f, v) for f, v in RULE_SENTENCE.findall(seed)} == {(f, v) for _, f, v, _ in in_spec}


def test_rules_sit_only_on_request_schemas() -> None:
    """No response schema reaches a schema with a rule."""
    schemas = SPEC.spec["components"]["schemas"]
    with_rules = {name for name, schema in schemas.items() if KEYWORD in schema}

    def reached(node: Any, seen: set[str]) -> set[str]:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) else ""
            if name in schemas and name not in seen:
                seen.add(name)
                reached(schemas[name], seen)
            for value in node.values():
                reached(value, seen)
        elif isinstance(node, list):
            for value in node:
                reached(value, seen)
        return seen

    for op in SPEC.operations:
        assert reached(op.spec.get("responses", {}), set()) & with_rules == set(), op.operation_id


# -- the client and the mock ---------------------------------------------------------------------

VIDEO = {
    "model_asset_id": "m1",
    "voice_config": {"voice_asset_id": "v1"},
    "video_config": {"codec": "H264", "bitrate": 4000, "width": 1920, "height": 1080},
}


def with_background(background: dict[str, Any]) -> dict[str, Any]:
    script = {"text_config": {"text": "你好"}, "background_config": [background]}
    return {**VIDEO, "shoot_scripts": [{"sequence_no": 0, "shoot_script": script}]}


WHERE = "shoot_scripts[0].shoot_script.background_config[0]"


@pytest.mark.parametrize(
    ("background", "sentence"),
    [
        ({"background_type": "IMAGE"}, f"{WHERE}.background_config is required when background_type is IMAGE"),
        (
            {"background_type": "COLOR", "background_config": "https://x/bg.png"},
            f"{WHERE}.background_color_config is required when background_type is COLOR",
        ),
    ],
)
def test_the_client_refuses_a_broken_rule_before_sending(background: dict[str, Any], sentence: str) -> None:
    server = Scripted(then=answer(200, {"job_id": "j1"}))
    http = metastudio_client(server.transport(), Sleeps().retry()).get_httpx_client()
    with pytest.raises(RequestValidationError) as raised:
        http.post("/v1/p/2d-digital-human-videos", json=with_background(background))
    assert raised.value.problems == [sentence]
    assert server.requests == []


@pytest.mark.parametrize(
    "background",
    [
        {"background_type": "IMAGE", "background_config": "https://x/bg.png"},
        {"background_type": "COLOR", "background_color_config": "#000000"},
    ],
)
def test_the_client_sends_a_body_that_keeps_the_rule(background: dict[str, Any]) -> None:
    server = Scripted(then=answer(200, {"job_id": "j1"}))
    http = metastudio_client(server.transport(), Sleeps().retry()).get_httpx_client()
    assert http.post("/v1/p/2d-digital-human-videos", json=with_background(background)).status_code == 200
    assert len(server.requests) == 1


def test_the_mock_rejects_a_broken_rule_naming_the_field() -> None:
    body = sample(SPEC.by_id["create_smart_live_interaction_rule_group"].body_schema("application/json") or {})
    trigger = body["interaction_rules"][0]["trigger"]
    trigger.pop("robot_id", None)
    trigger["reply_mode"] = "INTELLIGENT_REPLY"
    mock = demo_mock("metastudio", seed=5)
    path = f"/v1/{ENV['metastudio']['HUAWEICLOUD_SDK_PROJECT_ID']}/smart-live-interaction-rule-groups"
    with httpx.Client(base_url="http://127.0.0.1", transport=mock.transport()) as http:
        http.headers["X-Auth-Token"] = login(http)
        reply = http.post(path, json=body)
        assert reply.status_code == 400, reply.text
        assert reply.json()["error_msg"].startswith(
            "interaction_rules[0].trigger.robot_id is required when reply_mode is INTELLIGENT_REPLY"
        )
        trigger["robot_id"] = "robot-1"
        assert http.post(path, json=body).status_code == 200


# -- generators ------------------------------------------------------------------------------------


def test_generators_read_the_spec_unchanged_except_for_the_rules() -> None:
    original = copy.deepcopy(SPEC.spec)
    generated = for_generators(SPEC.spec)
    assert SPEC.spec == original  # a copy: the runtime's spec is untouched
    changed = [n for n, s in generated["components"]["schemas"].items() if s != original["components"]["schemas"][n]]
    assert sorted(changed) == ["BackgroundConfigInfo", "TriggerProcess"]


def probe(spec: dict[str, Any], name: str, rule: dict[str, Any]) -> dict[str, Any]:
    """`spec` with one operation whose body is a value of the component `name` that meets `rule`'s condition."""
    condition = {"required": list(rule["when"]), "properties": {k: {"enum": [v]} for k, v in rule["when"].items()}}
    schema = {"allOf": [{"$ref": f"#/components/schemas/{name}"}, condition]}
    body = {"content": {"application/json": {"schema": schema}}, "required": True}
    operation = {"operationId": "probe", "requestBody": body, "responses": {"200": {"description": "ok"}}}
    return {**spec, "paths": {"/probe": {"post": operation}}}


CONDITIONS = [(name, i) for name, rules in (("BackgroundConfigInfo", 2), ("TriggerProcess", 1)) for i in range(rules)]


@pytest.mark.parametrize(("name", "index"), CONDITIONS)
def test_positive_cases_drawn_from_the_generators_view_keep_the_rules(name: str, index: int) -> None:
    """schemathesis reads `for_generators(spec)`: the valid values it draws that meet a rule's condition keep it."""
    spec = for_generators(SPEC.spec)
    rule = spec["components"]["schemas"][name][KEYWORD][index]
    (result,) = schemathesis.openapi.from_dict(probe(spec, name, rule)).get_all_operations()
    operation = cast(Any, result).ok()
    drawn = []

    @reproducible(20)
    @given(data=st.data())
    def draw(data: st.DataObject) -> None:
        body = data.draw(operation.as_strategy()).body
        assert applies(rule, body)
        assert missing([rule], body) == [], body
        drawn.append(body)

    draw()
    assert drawn
