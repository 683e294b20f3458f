"""The compiled yes/no check (`digihuman.schema_check`) gives OAS30Validator's answer, on every schema of the
three specs and on values made to probe each keyword, valid ones and values broken in one place."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from digihuman.cross_field import as_json_schema, validator_class
from digihuman.mock.synth import Synthesizer
from digihuman.openapi import api
from digihuman.schema_check import compile_check, no_references, resolver

VENDORS = ("metastudio", "xingyun", "metaworks")

FORMATS = oas30_format_checker  # as digihuman.openapi gives the validator
VALIDATOR = validator_class()  # OAS30Validator with the spec's cross-field rules, as digihuman.openapi uses it


def validator_says(schema: dict[str, Any], value: Any, spec: dict[str, Any] | None = None) -> bool:
    """What `Api.errors` relied on before the check: a named schema resolved in the spec, others alone."""
    if spec is not None:
        from referencing import Registry
        from referencing.jsonschema import DRAFT4

        registry = Registry().with_resource("urn:spec", DRAFT4.create_resource(spec))
        return bool(
            VALIDATOR({"$ref": "urn:spec#" + schema["$ref"][1:]}, registry=registry, format_checker=FORMATS).is_valid(
                value
            )
        )
    return bool(VALIDATOR(schema, format_checker=FORMATS).is_valid(value))


def check_says(schema: dict[str, Any], value: Any, spec: dict[str, Any] | None = None) -> bool:
    check = compile_check(schema, resolver(spec) if spec is not None else no_references)
    assert check is not None, f"unsupported: {schema}"
    return check(value)


# -- keyword by keyword ----------------------------------------------------------------------------

RULE_A = {"when": {"t": "A"}, "required": ["a"]}
RULE_B = {"when": {"t": "B"}, "required": ["b", "c"]}

CASES: list[tuple[dict[str, Any], list[Any]]] = [
    ({"type": "string"}, ["a", "", 1, None, b"x", True, [], {}]),
    ({"type": "string", "format": "binary"}, ["a", b"x", None, 1]),
    ({"type": "string", "format": "binary", "nullable": True}, [None, b"x", 1]),
    ({"type": "string", "nullable": True}, [None, "a", 1]),
    ({"type": "string", "nullable": False}, [None, "a"]),
    ({"nullable": True}, [None, 1, "a"]),
    ({"type": "integer"}, [1, -5, 1.0, 1.5, True, False, "1", None, 10**30]),
    ({"type": "number"}, [1, 1.5, float("nan"), float("inf"), True, "1", None]),
    ({"type": "boolean"}, [True, False, 0, 1, "true", None]),
    ({"type": "array"}, [[], [1], {}, "ab", None]),
    ({"type": "object"}, [{}, {"a": 1}, [], None]),
    ({"enum": ["a", "b"]}, ["a", "c", 1, None, ["a"]]),
    ({"enum": ["a", "b"], "type": "string", "nullable": True}, [None, "a", "c"]),
    ({"enum": [1, 2]}, [1, 2, 1.0, 2.5, True, "1", None, [1]]),
    ({"enum": [0, 1]}, [0, 1, False, True, 0.0]),
    ({"minimum": 1, "maximum": 3}, [0, 1, 2, 3, 4, 1.5, float("nan"), "5", True, None]),
    ({"minimum": 1, "exclusiveMinimum": True}, [1, 1.0001, 0.5, float("nan")]),
    ({"maximum": 1, "exclusiveMaximum": True}, [1, 0.999, 2, float("nan")]),
    ({"minLength": 2, "maxLength": 3}, ["a", "ab", "abc", "abcd", "你好", "😀😀😀😀", 12345, None]),
    ({"minItems": 1, "maxItems": 2}, [[], [1], [1, 2], [1, 2, 3], "abc", None]),
    ({"items": {"type": "integer"}}, [[1, 2], [1, "a"], [], "ab", None]),
    ({"properties": {"a": {"type": "integer"}}}, [{}, {"a": 1}, {"a": "x"}, {"b": "x"}, [], None]),
    ({"required": ["a"]}, [{}, {"a": None}, {"b": 1}, [], "a"]),
    ({"required": ["a"], "properties": {"a": {"readOnly": True}}}, [{}, {"a": 1}]),
    ({"required": ["a"], "properties": {"a": {"writeOnly": True}}}, [{}]),
    ({"required": ["a"], "properties": {"a": {}}}, [{}]),
    ({"properties": {"a": {}}, "additionalProperties": False}, [{}, {"a": 1}, {"b": 1}, []]),
    ({"properties": {"a": {}}, "additionalProperties": {"type": "string"}}, [{"b": "x"}, {"b": 1}, {"a": 1}]),
    ({"additionalProperties": True}, [{"b": 1}]),
    ({"additionalProperties": {}}, [{"b": 1}]),
    ({"allOf": [{"type": "integer"}, {"minimum": 2}]}, [1, 2, "a"]),
    ({"allOf": []}, [1]),
    ({"anyOf": [{"type": "integer"}, {"type": "string"}]}, [1, "a", None, 1.5]),
    ({"anyOf": []}, [1]),
    ({"oneOf": [{"type": "integer"}, {"type": "number"}]}, [1, 1.5, "a"]),
    ({"oneOf": [{"minimum": 0}, {"maximum": 10}]}, [5, -1, 11, "x"]),
    ({"oneOf": []}, [1]),
    ({"format": "date-time", "type": "string"}, ["not a date", "2024-01-01T00:00:00Z"]),
    ({"description": "x", "default": 1, "x-anything": {"type": "integer"}, "example": "a"}, [1, "a", None]),
    ({"type": "integer", "enum": [1, 2], "nullable": True}, [None, 1, 1.0, 3, True, "1"]),
    ({"type": "number", "enum": [1, 2]}, [1.0, 2, 2.5, None, False]),
    ({"type": "string", "enum": [1]}, ["1", 1, None]),
    ({"type": "integer", "enum": ["1"]}, [1, "1", None]),
    ({"type": "boolean", "enum": ["true"], "nullable": True}, [True, "true", None]),
    ({"type": "boolean", "nullable": True, "minimum": 3}, [True, None, 5]),
    ({"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 1}, [0, 0.5, 1, 1.1, float("nan"), None]),
    ({"type": "integer", "minLength": 2, "maxItems": 1}, [5, "ab", None]),
    ({"type": "string", "minLength": 1, "maxLength": 2, "nullable": True}, [None, "", "a", "abc", 3]),
    ({"items": True}, [[1]]),
    ({"items": False}, [[], [1]]),
    (
        {"type": "object", "properties": {"t": {"enum": ["A", "B"]}}, "x-required-when": [RULE_A, RULE_B]},
        [{}, {"t": "A"}, {"t": "A", "a": 1}, {"t": "B", "a": 1}, {"t": "B", "b": None}, {"t": "C"}, [], None],
    ),
    ({"x-required-when": [{"when": {"on": True}, "required": ["a"]}]}, [{"on": True}, {"on": 1}, {"on": False}]),
]


@pytest.mark.parametrize(("schema", "values"), CASES, ids=[json.dumps(c[0]) for c in CASES])
def test_each_keyword_as_the_validator_applies_it(schema: dict[str, Any], values: list[Any]) -> None:
    for value in values:
        assert check_says(schema, value) == validator_says(schema, value), value


REQUIRED_WHEN_CASES = [
    ({}, True),
    ({"t": "A"}, False),
    ({"t": "A", "a": None}, True),
    ({"t": "B", "b": 1}, False),
    ({"t": "B", "b": 1, "c": 1}, True),
    ({"t": "C"}, True),
    ({"a": 1}, True),
    ("not an object", True),
]


@pytest.mark.parametrize(("value", "valid"), REQUIRED_WHEN_CASES)
def test_required_when_means_what_its_plain_json_schema_means(value: Any, valid: bool) -> None:
    """The rule, by hand and as the anyOf/not schema that generators read, which plain OAS30Validator applies."""
    rules = [RULE_A, RULE_B]
    plain = {"allOf": [as_json_schema(rule) for rule in rules]}
    assert OAS30Validator(plain).is_valid(value) is valid
    assert check_says({"x-required-when": rules}, value) is valid
    assert VALIDATOR({"x-required-when": rules}).is_valid(value) is valid


def test_references_resolve_in_the_spec_and_may_recur() -> None:
    spec = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "children": {"items": {"$ref": "#/components/schemas/Node"}},
                    },
                },
                "a/b": {"type": "integer"},
                "Pair": {"properties": {"x": {"$ref": "#/components/schemas/a~1b"}}},
            }
        }
    }
    node = {"$ref": "#/components/schemas/Node"}
    for value in [{"name": "a"}, {"name": "a", "children": [{"name": "b", "children": [{}]}]}, {"children": []}]:
        assert check_says(node, value, spec) == validator_says(node, value, spec)
    pair = {"$ref": "#/components/schemas/Pair"}
    for value in [{"x": 1}, {"x": "1"}]:
        assert check_says(pair, value, spec) == validator_says(pair, value, spec)


@pytest.mark.parametrize(
    "schema",
    [
        {"pattern": "^a"},
        {"multipleOf": 2},
        {"uniqueItems": True},
        {"not": {"type": "string"}},
        {"minProperties": 1},
        {"type": ["string", "null"]},
        {"enum": [1.5, "a"]},
        {"enum": [True]},
        {"oneOf": [{}], "discriminator": {"propertyName": "kind"}},
        {"properties": {"a": {}}, "patternProperties": {"^x": {}}, "additionalProperties": False},
        {"items": {"$ref": "#/components/schemas/X"}},  # inline: the validator cannot resolve it either
        {"$ref": "other.json#/X"},
    ],
)
def test_what_the_check_leaves_to_the_validator(schema: dict[str, Any]) -> None:
    assert compile_check(schema, no_references) is None


# -- every schema of the specs --------------------------------------------------------------------


def named_schemas() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for vendor in VENDORS:
        spec = api(vendor).spec
        for name in spec.get("components", {}).get("schemas", {}):
            yield vendor, spec, {"$ref": f"#/components/schemas/{name}"}


NAMED = list(named_schemas())


def mutations(value: Any) -> Iterator[Any]:
    """The value broken (or not) in one place at a time: each field removed, nulled, retyped, stretched."""
    yield value
    yield from (None, "", "x" * 300, 0, -1, 10**12, 1.5, True, [], {}, [value], math.nan)
    if isinstance(value, dict):
        for key in value:
            without = dict(value)
            del without[key]
            yield without
            for inner in mutations(value[key]):
                changed = dict(value)
                changed[key] = inner
                yield changed
        yield {**value, "unexpected_field": 1}
    if isinstance(value, list) and value:
        yield value * 200
        for inner in mutations(value[0]):
            yield [inner, *value[1:]]


@pytest.mark.parametrize(("vendor", "spec", "schema"), NAMED, ids=[f"{v}:{s['$ref']}" for v, _, s in NAMED])
def test_every_named_schema_of_the_specs(vendor: str, spec: dict[str, Any], schema: dict[str, Any]) -> None:
    spec_api = api(vendor)
    base = Synthesizer(spec_api.resolve).fit(schema, name="value", when="2024-01-01T00:00:00Z")
    seen = 0
    for value in mutations(copy.deepcopy(base)):
        seen += 1
        if seen > 150:
            break
        assert check_says(schema, value, spec) == validator_says(schema, value, spec), json.dumps(value)[:300]


@settings(max_examples=200, deadline=None)
@given(
    index=st.integers(0, len(NAMED) - 1),
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4),
        max_leaves=10,
    ),
)
def test_arbitrary_values_against_the_specs_schemas(index: int, value: Any) -> None:
    _, spec, schema = NAMED[index]
    assert check_says(schema, value, spec) == validator_says(schema, value, spec)


def test_errors_asks_the_check_first_and_the_validator_for_sentences() -> None:
    metastudio = api("metastudio")
    schema = {"$ref": "#/components/schemas/VideoConfig"}
    assert metastudio.errors(schema, {"codec": "H264", "bitrate": 5000, "width": 1920, "height": 1080}, "") == []
    assert metastudio.errors(schema, {"codec": "H264", "bitrate": 50000, "width": 1920, "height": 1080}, "v") == [
        "v.bitrate must be between 40 and 30000, got 50000"
    ]
