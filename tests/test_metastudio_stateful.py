"""Stateful sequences for every MetaStudio resource family, the families read off the spec's paths
(`digihuman.mock.metastudio.layout`): create → show → update → show → list → delete → gone, with bodies
drawn by schemathesis (positive cases of the create and update operations) and sent through the
configured client (`digihuman.metastudio.client()`: AK/SK, validation of request and answer, typed
errors) and the generated endpoint functions, against the in-process mock.

Each family runs the steps it has. Show and list must give back every field that was sent and that their
answer carries; after the delete, show answers not found (or, without a show, the list no longer holds
the item, or acting on it again answers not found).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import pytest
import schemathesis
from dateutil.parser import isoparse
from hypothesis import given
from hypothesis import strategies as st

from digihuman import metastudio
from digihuman.contract import family_operation, reproducible
from digihuman.cross_field import for_generators
from digihuman.errors import ApiError, NotFoundError, ValidationError
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.metastudio import layout
from digihuman.mock.resources import Family
from tests.metastudio_calls import SPEC, arguments, endpoints

LAYOUT = layout(SPEC)
PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]
AKSK_ENV = {k: ENV["metastudio"][k] for k in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")}
# 004 §4.1.4: a plain delete moves an asset to the recycle bin (shown as DELETING, restorable); mode=force removes it.
DELETE_QUERY = {"digital-assets": {"mode": "force"}}
DRAWN = object()  # `Sequence.call`: send the body schemathesis drew


def _operations() -> dict[str, Any]:
    operations = {}
    for result in schemathesis.openapi.from_dict(for_generators(SPEC.spec)).get_all_operations():
        operation = cast(Any, result).ok()
        operations[SPEC.spec["paths"][operation.path][operation.method.lower()]["operationId"]] = operation
    return operations


OPERATIONS = _operations()


def compared(sent: Any, shown: Any, schema: Mapping[str, Any], where: str = "") -> list[tuple[str, Any, Any]]:
    """(field, sent, shown) for each value of `sent` that `shown` should carry. Fields `shown` lacks, and
    values its `schema` does not allow (so that no answer could carry them), are left out: the documents
    spell some enum values differently in requests and answers (spec/ERRATA.md, GENERATE_SUCCEEDED)."""
    schema = SPEC.resolve(dict(schema))
    if isinstance(sent, Mapping) and isinstance(shown, Mapping):
        properties, extra = schema.get("properties", {}), schema.get("additionalProperties")
        found = []
        for key in sent.keys() & shown.keys():
            sub = properties.get(key, extra if isinstance(extra, dict) else {})
            found += compared(sent[key], shown[key], sub, f"{where}.{key}")
        return found
    if isinstance(sent, list) and isinstance(shown, list) and len(sent) == len(shown):
        items = schema.get("items", {})
        return [
            c for i, (a, b) in enumerate(zip(sent, shown, strict=True)) for c in compared(a, b, items, f"{where}[{i}]")
        ]
    return [] if SPEC.errors(dict(schema), sent, "") else [(where or "the body", sent, shown)]


def unreflected(sent: Any, shown: Any, schema: Mapping[str, Any]) -> tuple[list[str], int]:
    """The compared fields whose values differ, and how many fields were compared."""
    pairs = compared(sent, shown, schema)
    wrong = [f"{where}: sent {a!r}, shown {b!r}" for where, a, b in pairs if a != b and not _same_time(a, b)]
    return wrong, len(pairs)


def _same_time(a: Any, b: Any) -> bool:
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    try:
        return bool(isoparse(a) == isoparse(b))
    except ValueError:
        return False


class Sequence:
    """One family's sequence against a fresh mock, through the configured client."""

    def __init__(self, family: Family, draw: Any) -> None:
        self.family = family
        self.draw = draw
        mock = demo_mock("metastudio", seed=5, step_seconds=3600)
        self.client = metastudio.client("http://127.0.0.1", env=AKSK_ENV, transport=mock.transport(), rate_limit=False)
        self.sent: dict[str, Any] = {}
        self.compared = 0  # fields of answers compared with what was sent

    def call(
        self, operation_id: str, path: Mapping[str, str], body: Any = DRAWN, query: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """The operation with a drawn positive case and the given path parameters, through the generated
        function; `body` replaces the drawn body, `query` the drawn optional query parameters (the drawn
        required ones stay unless it names them). Returns the answer as a dict."""
        case = self.draw(OPERATIONS[operation_id].as_strategy(path_parameters={"project_id": PROJECT, **path}))
        if query is not None:
            params = SPEC.by_id[operation_id].parameters
            required = {p["name"] for p in params if p["in"] == "query" and p.get("required")}
            case.query = {**{k: v for k, v in (case.query or {}).items() if k in required}, **query}
        if body is not DRAWN:
            case.body = body
        self.sent = case.body if isinstance(case.body, dict) else {}
        parsed = endpoints()[operation_id].sync_detailed(client=self.client, **arguments(operation_id, case)).parsed
        answer: dict[str, Any] = parsed.to_dict() if hasattr(parsed, "to_dict") else {}
        return answer

    def create(self, family: Family) -> dict[str, str]:
        """A new item of `family` (after its parent's); returns the path ids that name it."""
        ids = self.create(LAYOUT.families[family.parent]) if family.parent else {}
        operation_id = role(family, "create")
        assert operation_id is not None, f"{family.name} has no create operation"
        named = {}
        if family.client_named:  # the caller names the item: an enum value of the path
            param = next(p for p in SPEC.by_id[operation_id].parameters if p["name"] == family.id_name)
            named = {family.id_name: self.draw(st.sampled_from(SPEC.resolve(param["schema"])["enum"]))}
        answer = self.call(operation_id, {**ids, **named})
        key = named.get(family.id_name) or answer.get(family.id_name)
        assert isinstance(key, str), f"{operation_id} answered without {family.id_name}: {answer}"
        return {**ids, family.id_name: key}

    def shows(self, operation_id: str, ids: Mapping[str, str], sent: Mapping[str, Any]) -> None:
        """The show answer carries what was sent."""
        answer = self.call(operation_id, path_of(operation_id, ids), body=None, query={})
        wrong, count = unreflected(sent, answer, self.answer_schema(operation_id))
        assert wrong == [], f"{operation_id} does not give back what was sent: {wrong[:5]}"
        self.compared += count

    def lists(self, ids: Mapping[str, str], item: Mapping[str, Any], sent: Mapping[str, Any]) -> None:
        """The list holds the item, once, with what was sent."""
        items, schema = self.listed(ids, item)
        key = ids[self.family.id_name]
        mine = [item for item in items if item.get(self.family.id_name, key) == key]
        assert len(mine) == 1, f"{self.family.id_name} {key} is listed {len(mine)} times"
        wrong, count = unreflected(sent, mine[0], schema)
        assert wrong == [], f"the list does not give back what was sent: {wrong[:5]}"
        self.compared += count

    def listed(self, ids: Mapping[str, str], item: Mapping[str, Any]) -> tuple[list[dict[str, Any]], Any]:
        """The family's list and its items' schema. Its query takes the item's own value for each required
        parameter and each with a default (a script's `script_catalog`, whose default would filter the item
        out), where the item has one that fits; other filters are left out. A lookup by name (show_agency)
        gives the one item."""
        operation_id = role(self.family, "list")
        assert operation_id is not None
        own = {**item, **ids}
        query = {}
        for param in SPEC.by_id[operation_id].parameters:
            name, schema = param["name"], param.get("schema", {})
            wanted = param["in"] == "query" and (param.get("required") or "default" in SPEC.resolve(schema))
            if wanted and name in own and not SPEC.errors(schema, own[name], name):
                query[name] = own[name]
        answer = self.call(operation_id, path_of(operation_id, ids), body=None, query=query)
        schema = SPEC.resolve(self.answer_schema(operation_id))
        if self.family.client_named:
            return [answer], schema
        for name, sub in schema.get("properties", {}).items():
            sub = SPEC.resolve(sub)
            if sub.get("type") == "array" and isinstance(answer.get(name), list):
                return answer[name], sub.get("items", {})
        raise AssertionError(f"{operation_id} answered without a list: {answer}")

    def is_gone(self, operation_id: str, ids: Mapping[str, str]) -> None:
        """`operation_id` on the item answers not found: 404 where documented, else 400 (delete_file
        documents neither, SPEC_GAPS), naming the id."""
        with pytest.raises((NotFoundError, ValidationError)) as raised:
            self.call(operation_id, path_of(operation_id, ids), body=None, query={})
        error = cast(ApiError, raised.value)
        documented = {int(s) for s in SPEC.by_id[operation_id].spec["responses"]} & {400, 404}
        assert error.status == (404 if 404 in documented or not documented else 400), error
        assert ids[self.family.id_name] in error.message, error.message

    @staticmethod
    def answer_schema(operation_id: str) -> dict[str, Any]:
        responses = SPEC.by_id[operation_id].spec["responses"]
        status = next(int(s) for s in responses if s.startswith("2"))
        return SPEC.by_id[operation_id].response_schema(status) or {}


def path_of(operation_id: str, ids: Mapping[str, str]) -> dict[str, str]:
    """The path parameters of `operation_id` that `ids` name (project_id is added by `Sequence.call`)."""
    names = {p["name"] for p in SPEC.by_id[operation_id].parameters if p["in"] == "path"} - {"project_id"}
    return {name: ids[name] for name in names}


def role(family: Family, name: str) -> str | None:
    """The family's operation for a role; "show" is a GET on the item or, without one, below it (the state of
    a chat job); "update" only on the item itself."""
    found = family_operation(SPEC, family, name)
    if found is None and name == "show":
        reads = [op for op, r in family.operations.items() if r == "action" and SPEC.by_id[op].method == "GET"]
        found = next((op for op in reads if SPEC.by_id[op].path.startswith(family.item + "/")), None)
    if found is not None and name == "update" and SPEC.by_id[found].path != family.item:
        return None  # batch_update_knowledge_questions: a list of changes, not one item's
    return found


@pytest.mark.parametrize("name", sorted(LAYOUT.families))
def test_a_family_lives_through_create_show_update_list_delete(name: str) -> None:
    family = LAYOUT.families[name]
    show, update, listing = role(family, "show"), role(family, "update"), role(family, "list")
    delete, batch_delete = role(family, "delete"), role(family, "batch_delete")
    assert show or listing or delete, f"{name}: nothing would show that the item exists"
    compared = 0

    @reproducible(3)
    @given(data=st.data())
    def sequence(data: st.DataObject) -> None:
        nonlocal compared
        run = Sequence(family, data.draw)
        ids = run.create(family)
        sent = dict(run.sent)
        item = dict(sent)  # the item's fields as sent so far
        if show is not None:
            run.shows(show, ids, sent)
        if update is not None:
            run.call(update, path_of(update, ids))
            sent = run.sent
            item.update(sent)
            if show is not None:
                run.shows(show, ids, sent)
        if listing is not None:
            run.lists(ids, item, sent)
        compared += run.compared
        if delete is not None:
            run.call(delete, path_of(delete, ids), body=None, query=DELETE_QUERY.get(family.name, {}))
        elif batch_delete is not None:
            run.call(batch_delete, {}, body=[ids[family.id_name]])
        else:
            return  # the API cannot delete it (videos, jobs): it was created, shown and listed
        if show is not None:
            run.is_gone(show, ids)
        elif listing is not None:
            items, _ = run.listed(ids, item)
            assert all(item.get(family.id_name) != ids[family.id_name] for item in items)
        else:
            run.is_gone(delete or batch_delete, ids)  # deleting it again (files)

    sequence()
    steps = {"create": role(family, "create"), "show": show, "update": update, "list": listing}
    steps["delete"] = delete or batch_delete
    done = "; ".join(f"{step}: {op}" for step, op in steps.items() if op)
    print(f"{name}: {done}; {compared} answer fields compared with what was sent")
