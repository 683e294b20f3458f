"""Cross-field rules the documents state in prose: the `x-required-when` extension of an object schema.

    x-required-when:
      - when: {background_type: IMAGE}
        required: [background_config]
        why: background_config 约束限制：background_type=IMAGE时需要填写。（表 5-13 …）

Each field in `required` must be present when every field in `when` is present with the given value.
OpenAPI 3.0 has no keyword for this (`if`/`then` and `dependentRequired` arrived with 3.1) and
openapi-python-client would turn a combinator into a union of models, so the rule is an extension that
each reader of the spec is taught once, here:

- the validator (`validator_class`, used by `digihuman.openapi` and the generator's example checks)
  applies it as a keyword, and `digihuman.openapi.describe` words its errors;
- the compiled check (`digihuman.schema_check`) calls `missing`;
- generators of test data (schemathesis, hypothesis-jsonschema) read `for_generators(spec)`, where each
  rule is also written as the plain JSON Schema that means the same, so that valid cases obey it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

KEYWORD = "x-required-when"

Rule = Mapping[str, Any]


def applies(rule: Rule, instance: Mapping[str, Any]) -> bool:
    return all(name in instance and _same(instance[name], value) for name, value in rule["when"].items())


def missing(rules: list[Rule], instance: Any) -> list[tuple[str, Rule]]:
    """(field, rule) for each field a rule requires of `instance` that it lacks; none for a non-object."""
    if not isinstance(instance, dict):
        return []
    return [
        (name, rule) for rule in rules if applies(rule, instance) for name in rule["required"] if name not in instance
    ]


def _same(a: Any, b: Any) -> bool:
    """JSON equality: `true` is not `1`."""
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


def as_json_schema(rule: Rule) -> dict[str, Any]:
    """The rule in plain JSON Schema: some `when` field differs from (or lacks) its value, or the fields are there."""
    differs = [{"properties": {name: {"not": {"enum": [value]}}}} for name, value in rule["when"].items()]
    return {"anyOf": [*differs, {"required": list(rule["required"])}]}


def for_generators(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` in which every schema with rules also carries them as `allOf` entries (`as_json_schema`)."""
    copied = copy.deepcopy(spec)
    for schema in _schemas_with_rules(copied):
        schema["allOf"] = [*schema.get("allOf", []), *(as_json_schema(rule) for rule in schema[KEYWORD])]
    return copied


def _schemas_with_rules(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if KEYWORD in node:
            yield node
        for value in node.values():
            yield from _schemas_with_rules(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schemas_with_rules(value)


def _keyword(validator: Any, rules: list[Rule], instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    for name, rule in missing(rules, instance):
        yield ValidationError(
            f"{name} is required when {when_text(rule)}", validator=KEYWORD, validator_value=(name, rule)
        )


def when_text(rule: Rule) -> str:
    """`background_type is IMAGE`: the condition, in the words of the error sentences (the fields are siblings)."""
    return " and ".join(f"{name} is {value}" for name, value in rule["when"].items())


@cache
def validator_class() -> Any:
    """`OAS30Validator` that also applies `x-required-when` (imported on first use: the stack costs ~0.1 s)."""
    from jsonschema import validators
    from openapi_schema_validator import OAS30Validator

    return validators.extend(OAS30Validator, {KEYWORD: _keyword})
