"""doc-check on a small document and spec: keys, errata, stale keys, superseded tables."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.doc_check import compare, judge, read_errata
from generator.doc_compare import compare_document
from generator.doc_spelling import example_spellings
from generator.seed_doc import parse_document
from generator.spec_index import SpecIndex
from tests.test_seed_doc import PDF

NEWER_PAGE = """更新时间:2024-12-12 GMT+08:00

创建东西

功能介绍

创建东西。

URI

POST /v1/{project_id}/things

响应参数

状态码: 200

表4 响应Body参数

参数

参数类型

描述

thing_id

Integer

东西ID。
"""

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/v1/{project_id}/things": {
            "post": {
                "operationId": "create_thing",
                "x-doc-source": "009_test.txt",
                "x-doc-section": "9.1",
                "parameters": [{"$ref": "#/components/parameters/project_id"}],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateThingRequest"}}}
                },
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/CreateThingResponse"}}
                        },
                    }
                },
            }
        },
        "/v1/{project_id}/things/{thing_id}": {"get": {"operationId": "show_thing", "responses": {}}},
    },
    "components": {
        "parameters": {
            "project_id": {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}}
        },
        "schemas": {
            "CreateThingRequest": {
                "type": "object",
                "description": "表 9-2 请求 Body 参数",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 64},
                    "config": {"$ref": "#/components/schemas/ThingConfig"},
                    "meta_human_id": {"type": "integer", "minimum": 1, "maximum": 100, "default": 30},
                },
            },
            "ThingConfig": {
                "type": "object",
                "description": "表 9-3 ThingConfig",
                "required": ["mode"],
                "properties": {"mode": {"type": "string", "enum": ["FAST", "SLOW"]}},
            },
            "CreateThingResponse": {
                "type": "object",
                "description": "表 9-4 响应 Body 参数",
                "properties": {"thing_id": {"type": "string"}},
            },
        },
    },
}


def keys(spec: dict[str, Any]) -> list[str]:
    comparison = compare_document(parse_document("009_test.txt", PDF), SpecIndex(spec))
    return [d.key for d in comparison.differences]


def test_a_faithful_spec_has_no_differences() -> None:
    comparison = compare_document(parse_document("009_test.txt", PDF), SpecIndex(SPEC))
    assert comparison.differences == []
    assert (comparison.sections, comparison.tables, comparison.fields) == (1, 4, 6)


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda s: s["ThingConfig"]["properties"]["mode"].update(enum=["FAST"]), "表9-3 ThingConfig.mode: enum"),
        (lambda s: s["CreateThingRequest"].pop("required"), "表9-2 请求Body参数.name: required"),
        (
            lambda s: s["CreateThingRequest"]["properties"]["name"].update(maxLength=65),
            "表9-2 请求Body参数.name: length",
        ),
        (lambda s: s["CreateThingRequest"]["properties"]["meta_human_id"].pop("default"), "meta_human_id: default"),
        (lambda s: s["CreateThingRequest"]["properties"]["meta_human_id"].update(minimum=0), "meta_human_id: range"),
        (
            lambda s: s["CreateThingRequest"]["properties"]["meta_human_id"].update(format="int64"),
            "meta_human_id: type",
        ),
        (lambda s: s["CreateThingRequest"]["properties"].pop("name"), "表9-2 请求Body参数.name: missing-in-spec"),
        (
            lambda s: s["CreateThingResponse"]["properties"].update(extra={"type": "string"}),
            "响应Body参数.extra: extra-in-spec",
        ),
    ],
)
def test_each_difference_has_its_key(change: Any, key: str) -> None:
    spec = copy.deepcopy(SPEC)
    change(spec["components"]["schemas"])
    (found,) = keys(spec)
    assert found.startswith("009 §9.1 ") and found.endswith(key)


def test_operations_missing_from_the_operation_list_or_the_spec() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/{project_id}/things/{thing_id}"] = {}
    spec["paths"]["/v1/{project_id}/other"] = {"get": {"operationId": "other", "responses": {}}}
    assert keys(spec) == [
        "009 表2-1 GET /v1/{project_id}/things/{thing_id}: missing-in-spec",
        "009 §2 GET /v1/{project_id}/other: extra-in-spec",
    ]


def test_errata_explain_differences_and_stale_keys_are_reported(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["ThingConfig"]["properties"]["mode"]["enum"] = ["FAST"]
    errata = tmp_path / "ERRATA.md"
    errata.write_text(
        "# Errata\n\n### SLOW is gone\n- Where: 009 §9.1\n"
        "- Doc-check: `009 §9.1 表9-3 ThingConfig.mode: enum`, `009 §9.1 表9-3 ThingConfig.mode: default`\n"
        "- Example: `009-9.1-request`\n\n### Another document\n- Doc-check: `001 Table1 X.y: type`\n",
        encoding="utf-8",
    )
    entries = read_errata(errata)
    assert [(e.title, e.examples) for e in entries] == [("SLOW is gone", ["009-9.1-request"]), ("Another document", [])]
    doc = parse_document("009_test.txt", PDF)
    verdicts, stale = judge([doc], [compare_document(doc, SpecIndex(spec))], entries)
    assert [(v.difference.key, v.explained_by) for v in verdicts] == [
        ("009 §9.1 表9-3 ThingConfig.mode: enum", "SLOW is gone")
    ]
    # the second key explains nothing; the key of a document not read (001) is left alone
    assert [key for key, _ in stale] == ["009 §9.1 表9-3 ThingConfig.mode: default"]


def test_a_newer_document_supersedes_the_same_table_of_an_older_one() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["CreateThingResponse"]["properties"]["thing_id"] = {"type": "integer"}
    older, newer = parse_document("009_test.txt", PDF), parse_document("010_test.txt", NEWER_PAGE)
    index = SpecIndex(spec)
    comparisons = [compare_document(older, index), compare_document(newer, index)]
    verdicts, _ = judge([older, newer], comparisons, [])
    older_verdicts = [v for v in verdicts if v.difference.key.startswith("009")]  # the page omits other tables
    assert [(v.difference.key, v.superseded_by) for v in older_verdicts] == [
        ("009 §9.1 表9-4 响应Body参数.thing_id: type", "010 (2024-12-12)")
    ]


# -- a field spelt one way in a section's table, another in its example ----------------------------------


@pytest.mark.parametrize(
    ("rows", "example", "reported"),
    [
        ("thing_id\tString\t东西ID。", '"thingId": "a"', ["thing_id"]),
        ("thing_id\tString\t东西ID。", '"thing_ids": "a"', ["thing_id"]),
        (
            "image_1_url\tString\t图1。\nimage_2_url\tString\t图2。",
            '"image1_url": "a", "image_2_url": "b"',
            ["image_1_url"],
        ),
        ("image_1_url\tString\t图1。", '"image_url": "a"', ["image_1_url"]),  # digits only when nothing closer
        ("thing_id\tString\t东西ID。", '"thing_id": "a", "other": "b"', []),  # a new field is not a misspelling
    ],
    ids=["case-and-underscore", "plural", "closest-first", "digits", "unrelated"],
)
def test_an_example_that_spells_a_table_field_differently_is_reported(
    rows: str, example: str, reported: list[str]
) -> None:
    text = PDF.replace("thing_id\tString\t东西ID。", rows).replace('"thing_id": "https://example.com/\nabc"', example)
    differences = example_spellings(parse_document("009_test.txt", text))
    assert [d.key for d in differences] == [
        f"009 §9.1 表9-4 响应Body参数.{name}: example-spelling" for name in reported
    ]


def test_the_doc_check_compares_examples_with_their_tables_too() -> None:
    text = PDF.replace('"thing_id": "https://example.com/\nabc"', '"thingId": "a"')
    comparison = compare(parse_document("009_test.txt", text), SpecIndex(SPEC))
    assert [d.key for d in comparison.differences] == ["009 §9.1 表9-4 响应Body参数.thing_id: example-spelling"]
