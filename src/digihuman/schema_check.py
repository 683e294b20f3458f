"""A fast yes/no answer to "is this JSON value valid against this OpenAPI 3.0 schema?".

Validation with `openapi_schema_validator.OAS30Validator` walks the schema through jsonschema's generic
machinery on every call, which costs more than the HTTP exchange it guards. Most values are valid, and a
valid value needs no sentences, so `compile_check` turns a schema into nested closures that only answer
yes or no; `digihuman.openapi.Api.errors` asks them first and runs the validator (for its sentences) only
when the answer is no.

The closures give the validator's answer exactly, keyword by keyword, as `OAS30Validator` applies them:
`type` with `nullable` (and bytes for `format: binary`), `enum`, `minimum` and `maximum` with draft-4
boolean exclusives, `minLength`/`maxLength` (code points), `minItems`/`maxItems`, `items`, `properties`,
`required` (skipping properties marked readOnly or writeOnly), `additionalProperties`, `allOf`/`anyOf`/
`oneOf` without `discriminator`, and `$ref`. A keyword the validator applies that is not in that list
(`pattern`, `multipleOf`, `uniqueItems`, `not`, …), an `enum` of other than strings or integers, or a
reference that does not resolve makes `compile_check` return None: the caller validates that schema with
the validator itself. `format` is checked with the validator's own format checker (`oas30_format_checker`,
which `digihuman.openapi` gives the validator), and the spec's cross-field rules (`x-required-when`) with
`digihuman.cross_field`, as the validator does; keywords it ignores (`description`, `default`, other `x-…`)
are ignored here too. `tests/test_schema_check.py` holds both to the same answers.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

from digihuman.cross_field import KEYWORD as REQUIRED_WHEN
from digihuman.cross_field import missing

Check = Callable[[Any], bool]
Resolve = Callable[[str], Any]  # a `$ref` value -> the schema it names; raises LookupError when it cannot

# Keywords OAS30Validator applies. Those in SUPPORTED are compiled; any other one makes the schema unsupported.
APPLIED = frozenset(
    {
        "multipleOf",
        "maximum",
        "minimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "enum",
        "type",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "items",
        "properties",
        "required",
        "additionalProperties",
        "format",
        "$ref",
        "discriminator",
        "readOnly",
        "writeOnly",
        "xml",
        "externalDocs",
        "example",
        "deprecated",
    }
)
IGNORED = frozenset(
    {"format", "readOnly", "writeOnly", "xml", "externalDocs", "example", "deprecated", "discriminator"}
)
SUPPORTED = frozenset(
    {
        "maximum",
        "minimum",
        "maxLength",
        "minLength",
        "maxItems",
        "minItems",
        "enum",
        "type",
        "allOf",
        "oneOf",
        "anyOf",
        "items",
        "properties",
        "required",
        "additionalProperties",
        "$ref",
    }
)


class Unsupported(Exception):
    """The schema uses something the closures do not decide; validate it with the validator."""


def compile_check(schema: Any, resolve: Resolve) -> Check | None:
    """A function that returns whether a value is valid against `schema`, or None when the schema needs the
    full validator. `resolve` looks up `$ref` values (the same document the validator resolves them in)."""
    try:
        return _Compiler(resolve).compile(schema)
    except Unsupported:
        return None


def _format_checker() -> Any:
    from openapi_schema_validator import oas30_format_checker  # imported with the validator, on first use

    return oas30_format_checker


def _valid(_: Any) -> bool:
    return True


def _invalid(_: Any) -> bool:
    return False


def _is_number(x: Any) -> bool:
    return not isinstance(x, bool) and isinstance(x, numbers.Number)


def _is_integer(x: Any) -> bool:
    return not isinstance(x, bool) and isinstance(x, int)


TYPE_TESTS: dict[str, Check] = {
    "string": lambda x: isinstance(x, str),
    "number": _is_number,
    "integer": _is_integer,
    "boolean": lambda x: isinstance(x, bool),
    "array": lambda x: isinstance(x, list),
    "object": lambda x: isinstance(x, dict),
}


class _Compiler:
    def __init__(self, resolve: Resolve) -> None:
        self.resolve = resolve
        self.by_ref: dict[str, list[Check]] = {}

    def compile(self, schema: Any) -> Check:
        if isinstance(schema, Mapping) and REQUIRED_WHEN in schema:
            # the validator applies the spec's cross-field rules as a keyword (digihuman.cross_field): so does the check
            rest = self.compile({key: value for key, value in schema.items() if key != REQUIRED_WHEN})
            rules = schema[REQUIRED_WHEN]
            return lambda x: rest(x) and not missing(rules, x)
        fmt = schema.get("format") if isinstance(schema, Mapping) else None
        if isinstance(fmt, str) and fmt != "binary" and fmt in _format_checker().checkers:
            # the validator checks this format (date-time, int64, …): so does the check, with the same checker
            rest = self.compile({key: value for key, value in schema.items() if key != "format"})
            conforms = _format_checker().conforms
            return lambda x: rest(x) and conforms(x, fmt)
        if schema is True:
            return _valid
        if schema is False:
            return _invalid
        if not isinstance(schema, Mapping):
            raise Unsupported("a schema that is not an object")
        unknown = [key for key in schema if key in APPLIED and key not in SUPPORTED and key not in IGNORED]
        if unknown:
            raise Unsupported(f"keywords {unknown}")
        if "discriminator" in schema and any(key in schema for key in ("allOf", "anyOf", "oneOf")):
            raise Unsupported("a discriminator (it changes how allOf, anyOf and oneOf apply)")
        leaf = _scalar(schema)
        if leaf is not None:
            return leaf
        fused = self._typed_container(schema)
        if fused is not None:
            return fused
        checks = [check for check in (self._ref(schema), self._type(schema), self._enum(schema)) if check]
        checks += self._bounds(schema)
        checks += [c for c in (self._items(schema), self._object(schema), self._combinations(schema)) if c]
        return _all(checks)

    def _ref(self, schema: Mapping[str, Any]) -> Check | None:
        if "$ref" not in schema:
            return None
        ref = schema["$ref"]
        if not isinstance(ref, str):
            raise Unsupported("a $ref that is not a string")
        cell = self.by_ref.get(ref)
        if cell is None:
            try:
                target = self.resolve(ref)
            except LookupError:
                raise Unsupported(f"{ref} does not resolve") from None
            self.by_ref[ref] = cell = []
            cell.append(self.compile(target))
        if cell:
            return cell[0]
        return lambda x: cell[0](x)  # a schema that refers to itself, while it is being compiled

    def _type(self, schema: Mapping[str, Any]) -> Check | None:
        if "type" not in schema:
            return None
        name = schema["type"]
        if not isinstance(name, str) or name not in TYPE_TESTS:
            raise Unsupported(f"type {name!r}")
        nullable = schema.get("nullable") is True
        test = TYPE_TESTS[name]
        if name == "string" and schema.get("format") == "binary":

            def binary(x: Any) -> bool:
                return nullable if x is None else isinstance(x, str | bytes)

            return binary
        if nullable:
            return lambda x: x is None or test(x)
        return test  # None is of no type

    def _enum(self, schema: Mapping[str, Any]) -> Check | None:
        if "enum" not in schema:
            return None
        values = schema["enum"]
        if not isinstance(values, list):
            raise Unsupported("an enum that is not a list")
        if all(isinstance(v, str) for v in values):
            texts = frozenset(values)
            return lambda x: isinstance(x, str) and x in texts
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            ints = frozenset(values)  # jsonschema: 1.0 equals 1, True does not; equal numbers hash alike
            return lambda x: _is_number(x) and x in ints
        raise Unsupported("an enum of other values than strings or integers")

    def _bounds(self, schema: Mapping[str, Any]) -> list[Check]:
        checks: list[Check] = []
        # As the validator compares (`failed = x < minimum`), so that NaN, which json.loads reads, passes too.
        if "minimum" in schema:
            low = schema["minimum"]
            if schema.get("exclusiveMinimum", False):
                checks.append(lambda x: not _is_number(x) or not x <= low)
            else:
                checks.append(lambda x: not _is_number(x) or not x < low)
        if "maximum" in schema:
            high = schema["maximum"]
            if schema.get("exclusiveMaximum", False):
                checks.append(lambda x: not _is_number(x) or not x >= high)
            else:
                checks.append(lambda x: not _is_number(x) or not x > high)
        for key, kind, at_least in (
            ("minLength", str, True),
            ("maxLength", str, False),
            ("minItems", list, True),
            ("maxItems", list, False),
        ):
            if key in schema:
                checks.append(_length(kind, schema[key], at_least))
        return checks

    def _typed_container(self, schema: Mapping[str, Any]) -> Check | None:
        """One function for `type: object` with its property keywords, or `type: array` with `items` and
        item counts: the type test and the rest in one call (the same answers as the keyword checks)."""
        kind = schema.get("type")
        applied = {key for key in schema if key in APPLIED and key not in IGNORED}
        nullable = schema.get("nullable") is True
        if kind == "object" and applied <= {"type", "properties", "required", "additionalProperties"}:
            members = self._object(schema)
            if members is None:
                return None
            return lambda x: nullable if x is None else isinstance(x, dict) and members(x)
        if kind == "array" and applied <= {"type", "items", "minItems", "maxItems"} and "items" in schema:
            if not isinstance(schema["items"], Mapping | bool):
                raise Unsupported("items that is not a schema")
            item = self.compile(schema["items"])
            low, high = schema.get("minItems"), schema.get("maxItems")

            def array(x: Any) -> bool:
                if x is None:
                    return nullable
                if not isinstance(x, list):
                    return False
                if (low is not None and len(x) < low) or (high is not None and len(x) > high):
                    return False
                for value in x:
                    if not item(value):
                        return False
                return True

            return array
        return None

    def _items(self, schema: Mapping[str, Any]) -> Check | None:
        if "items" not in schema:
            return None
        if not isinstance(schema["items"], Mapping | bool):
            raise Unsupported("items that is not a schema")
        item = self.compile(schema["items"])
        return lambda x: not isinstance(x, list) or all(item(v) for v in x)

    def _object(self, schema: Mapping[str, Any]) -> Check | None:
        if not any(key in schema for key in ("properties", "required", "additionalProperties")):
            return None
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        extra = schema.get("additionalProperties", True)
        if not isinstance(properties, Mapping) or not isinstance(required, list):
            raise Unsupported("properties or required of an unexpected shape")
        if "patternProperties" in schema:
            raise Unsupported("patternProperties (additionalProperties depends on it)")
        compiled = {name: self.compile(sub) for name, sub in properties.items()}
        # OAS30Validator does not require a property whose own schema object says readOnly or writeOnly.
        needed = tuple(name for name in required if not _read_or_write_only(properties.get(name)))
        if extra is True or extra == {}:
            other: Check | None = None
        elif extra is False:
            other = _invalid
        elif isinstance(extra, Mapping):
            other = self.compile(extra)
        else:
            raise Unsupported("additionalProperties of an unexpected shape")

        def check(x: Any) -> bool:
            if not isinstance(x, dict):
                return True
            for name in needed:
                if name not in x:
                    return False
            for name, value in x.items():
                sub = compiled.get(name, other)
                if sub is not None and not sub(value):
                    return False
            return True

        return check

    def _combinations(self, schema: Mapping[str, Any]) -> Check | None:
        checks: list[Check] = []
        for key in ("allOf", "anyOf", "oneOf"):
            if key not in schema:
                continue
            if not isinstance(schema[key], list):
                raise Unsupported(f"{key} that is not a list")
            subs = [self.compile(sub) for sub in schema[key]]
            if key == "allOf":
                checks.append(_all(subs))
            elif key == "anyOf":
                checks.append(_any(subs))
            else:
                checks.append(_exactly_one(subs))
        return _all(checks) if checks else None


SCALAR_KEYWORDS = frozenset({"type", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"})


def _scalar(schema: Mapping[str, Any]) -> Check | None:
    """One function for the commonest schemas: a string, number, integer or boolean `type` with any of
    `enum`, bounds and lengths (the same answers as the keyword checks combined, in one call)."""
    kind = schema.get("type")
    if kind not in ("string", "integer", "number", "boolean") or schema.get("format") == "binary":
        return None
    if any(key in APPLIED and key not in IGNORED and key not in SCALAR_KEYWORDS for key in schema):
        return None
    nullable = schema.get("nullable") is True
    values: frozenset[Any] | None = None
    if "enum" in schema:
        enum = schema["enum"]
        if not isinstance(enum, list) or not (
            all(isinstance(v, str) for v in enum) or all(isinstance(v, int) and not isinstance(v, bool) for v in enum)
        ):
            return None
        values = frozenset(enum)
        texts = all(isinstance(v, str) for v in enum)
        # None fails any enum of these; a value of the type passes when it is one of them (1.0 is 1)
        if kind == "string" and not texts or kind != "string" and texts or kind == "boolean":
            values = frozenset()
    none_ok = nullable and values is None
    if kind == "string":
        low, high = schema.get("minLength"), schema.get("maxLength")

        def string(x: Any) -> bool:
            if x is None:
                return none_ok
            return (
                isinstance(x, str)
                and (values is None or x in values)
                and (low is None or not len(x) < low)
                and (high is None or not len(x) > high)
            )

        return string
    if kind == "boolean":
        return lambda x: none_ok if x is None else isinstance(x, bool) and values is None
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    open_low, open_high = bool(schema.get("exclusiveMinimum", False)), bool(schema.get("exclusiveMaximum", False))
    test = _is_integer if kind == "integer" else _is_number

    def number(x: Any) -> bool:
        if x is None:
            return none_ok
        if not test(x):
            return False
        if values is not None and x not in values:  # x is a number: equal numbers hash alike
            return False
        if minimum is not None and (x <= minimum if open_low else x < minimum):
            return False
        return maximum is None or not (x >= maximum if open_high else x > maximum)

    return number


def _read_or_write_only(schema: Any) -> bool:
    return isinstance(schema, Mapping) and bool(schema.get("readOnly", False) or schema.get("writeOnly", False))


def _length(kind: type[str] | type[list[Any]], bound: Any, at_least: bool) -> Check:
    if at_least:
        return lambda x: not isinstance(x, kind) or not len(x) < bound
    return lambda x: not isinstance(x, kind) or not len(x) > bound


def _any(subs: list[Check]) -> Check:
    return lambda x: any(sub(x) for sub in subs)


def _exactly_one(subs: list[Check]) -> Check:
    return lambda x: sum(1 for sub in subs if sub(x)) == 1


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _valid
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) and second(x)
    every = tuple(checks)

    def check_all(x: Any) -> bool:
        for check in every:
            if not check(x):
                return False
        return True

    return check_all


def resolver(document: Any) -> Resolve:
    """Resolves `#/…` references in `document` as `referencing` does (percent-decoding, then `~1` -> `/`
    and `~0` -> `~` in each segment); anything else raises LookupError."""

    def resolve(ref: str) -> Any:
        if not ref.startswith("#"):
            raise LookupError(ref)
        node = document
        pointer = unquote(ref[1:])
        if not pointer:
            return node
        if not pointer.startswith("/"):
            raise LookupError(ref)
        for segment in pointer.split("/")[1:]:
            segment = segment.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                try:
                    node = node[int(segment)]
                except ValueError:
                    raise LookupError(ref) from None
            elif isinstance(node, Mapping):
                node = node[segment]
            else:
                raise LookupError(ref)
        return node

    return resolve


def no_references(ref: str) -> Any:
    """For schemas the validator is given inline: their own `#/…` references do not resolve there."""
    raise LookupError(ref)
