"""The packaged copy of each vendor's spec (written by the generator) and validation against it.

The runtime holds no API facts of its own: operations, schemas, error catalogues and extensions all
come from `<package>/openapi.json`, which `make generate` derives from `spec/<vendor>.yaml`.
Validation problems are sentences that name the field path, e.g.
`video_config.bitrate must be between 40 and 30000, got 50000`.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from digihuman.cross_field import KEYWORD as REQUIRED_WHEN
from digihuman.cross_field import validator_class, when_text
from digihuman.schema_check import Check, compile_check, no_references, resolver

if TYPE_CHECKING:  # the validator stack costs ~0.1 s to import: loaded on the first validation, not here
    from jsonschema.exceptions import ValidationError as SchemaError

QUICK_CHECKS_KEPT = 4096  # compiled checks held per spec (schemas by reference, inline ones by identity)
PACKAGES = {"xingyun": "xingyun_client", "metaworks": "metaworks_client", "metastudio": "metastudio_client"}
METHODS = ("get", "put", "post", "delete", "patch")
ANY_VALUE: dict[str, Any] = {}  # the schema of an absent schema (one object, so that its compiled check is kept)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any] = field(repr=False)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The path template as a regular expression, compiled on first use (131 of them cost ~17 ms)."""
        return re.compile("^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path)) + "$")

    @cached_property
    def segments(self) -> int:
        """How many `/`-separated segments the path has; a template parameter never spans two."""
        return self.path.count("/")

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return list(self.spec.get("parameters", []))

    @cached_property
    def _media_schemas(self) -> dict[str, Any]:
        content = (self.spec.get("requestBody") or {}).get("content", {})
        return {media: None if found is None else found.get("schema", {}) for media, found in content.items()}

    @cached_property
    def _response_schemas(self) -> dict[str, Any]:
        schemas: dict[str, Any] = {}
        for status, response in self.spec.get("responses", {}).items():
            media = (response or {}).get("content", {}).get("application/json")
            schemas[status] = None if media is None else media.get("schema", {})
        return schemas

    def stable_body_schema(self, media_type: str) -> dict[str, Any] | None:
        """`body_schema`, as the spec's own object (not a copy): the same object on every call."""
        found: dict[str, Any] | None = self._media_schemas.get(media_type)
        return found

    def stable_response_schema(self, status: int) -> dict[str, Any] | None:
        """`response_schema`, as the spec's own object (not a copy): the same object on every call."""
        schemas = self._response_schemas
        key = str(status)
        found: dict[str, Any] | None = schemas[key] if key in schemas else schemas.get("default")
        return found

    def body_schema(self, media_type: str) -> dict[str, Any] | None:
        content = (self.spec.get("requestBody") or {}).get("content", {})
        media = content.get(media_type)
        return None if media is None else dict(media.get("schema", {}))

    @cached_property
    def reads_headers(self) -> bool:
        """Whether checking a request reads its headers: for header parameters, or a body's content type."""
        return bool(self.media_types) or any(p.get("in") == "header" for p in self.parameters)

    @property
    def body_required(self) -> bool:
        return bool((self.spec.get("requestBody") or {}).get("required"))

    @property
    def media_types(self) -> list[str]:
        return list((self.spec.get("requestBody") or {}).get("content", {}))

    def response_schema(self, status: int) -> dict[str, Any] | None:
        """The JSON schema of the documented response for `status` (or `default`), if it has one."""
        responses = self.spec.get("responses", {})
        response = responses.get(str(status), responses.get("default")) or {}
        media = response.get("content", {}).get("application/json")
        return None if media is None else dict(media.get("schema", {}))

    def extension(self, name: str, default: Any = None) -> Any:
        return self.spec.get(name, default)


@dataclass
class CheckedRequest:
    """A request matched to its operation, with its typed parameters and body, and what is wrong with it."""

    operation: Operation
    path_params: dict[str, str]
    query: dict[str, Any]
    body: Any
    problems: list[str]


class Api:
    """One vendor's spec: operation lookup by method and path, and schema validation.

    Built from a spec, or from a function that reads one (`api(vendor)`): then the spec is read, and its
    operations worked out, the first time any of them is needed, not when a client is built."""

    spec: dict[str, Any]
    operations: list[Operation]
    by_id: dict[str, Operation]
    _by_shape: dict[tuple[str, int], list[Operation]]
    LOADED = frozenset({"spec", "operations", "by_id", "_by_shape"})

    def __init__(
        self, spec: dict[str, Any] | None = None, vendor: str = "", load: Callable[[], dict[str, Any]] | None = None
    ) -> None:
        self.vendor = vendor
        self._validators: dict[str, Any] = {}
        self._checks: dict[tuple[str, Any], tuple[Any, Check | None]] = {}
        if spec is not None:
            self._build(spec)
        elif load is None:
            raise TypeError("Api needs a spec, or a function that loads one")
        else:
            self._load = load
            self._load_lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        """The spec and what is built from it, on first use (only called for attributes not yet set)."""
        if name in Api.LOADED and "_load" in self.__dict__:
            with self._load_lock:
                if "spec" not in self.__dict__:
                    self._build(self._load())
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build(self, spec: dict[str, Any]) -> None:
        operations: list[Operation] = []
        self.spec = spec
        for path, item in spec["paths"].items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    merged = dict(op)
                    merged["parameters"] = [
                        self.resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])
                    ]
                    operations.append(Operation(op["operationId"], method.upper(), path, merged))
        by_shape: dict[tuple[str, int], list[Operation]] = {}
        for op in operations:  # in spec order, which decides between templates that both match
            by_shape.setdefault((op.method, op.segments), []).append(op)
        self._by_shape = by_shape
        self.by_id = {op.operation_id: op for op in operations}
        self.operations = operations

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The first operation (in spec order) whose method and path template match. Only templates with as
        many segments as `path` can match, so only those are tried."""
        for op in self._by_shape.get((method, path.count("/")), ()):
            m = op.pattern.match(path)
            if m:
                return op, m.groupdict()
        return None

    def errors(self, schema: dict[str, Any], instance: Any, where: str) -> list[str]:
        """Every way `instance` violates `schema`, each a sentence naming the field path under `where`."""
        return _unique(sentence for err in self.violations(schema, instance) for sentence in describe(err, where))

    def violations(self, schema: dict[str, Any], instance: Any) -> list[SchemaError]:
        """The validator's errors for `instance`, in field order. A compiled yes/no check
        (`digihuman.schema_check`) answers first; the validator runs only when the value is not valid (or the
        schema is one the check leaves to it)."""
        check = self._quick_check(schema)
        if check is not None and check(instance):
            return []
        return sorted(self._validator(schema).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))

    @cached_property
    def closed(self) -> Api:
        """This spec with every object schema that lists its properties closed to others
        (`additionalProperties: false` where the spec says nothing): what reading an answer checks against, so
        that a field the spec does not know shows up as drift. Built on first use."""
        components = self.spec.get("components", {})
        schemas = json.loads(json.dumps(components.get("schemas", {})))  # a copy: the open spec stays as it is
        for schema in schemas.values():
            _close(schema)
        return Api({**self.spec, "components": {**components, "schemas": schemas}}, vendor=self.vendor)

    def _quick_check(self, schema: dict[str, Any]) -> Check | None:
        """The compiled check of `schema`, as `_validator` resolves it: a schema with `$ref` is that reference
        into the spec (its other keys unused); any other schema stands alone, its references unresolved."""
        if "$ref" in schema:
            ref = schema["$ref"]
            key: Any = ("$ref", ref) if isinstance(ref, str) else ("id", id(schema))
        else:
            key = ("id", id(schema))
        found = self._checks.get(key)
        if found is not None and (key[0] == "$ref" or found[0] is schema):
            return found[1]
        if "$ref" in schema:
            check = compile_check({"$ref": schema["$ref"]}, resolver(self.spec))
        else:
            check = compile_check(schema, no_references)
        if len(self._checks) >= QUICK_CHECKS_KEPT:
            self._checks.clear()
        self._checks[key] = (schema, check)  # holding `schema` keeps its id from being reused
        return check

    @cached_property
    def _registry(self) -> Any:
        from referencing import Registry
        from referencing.jsonschema import DRAFT4

        return Registry().with_resource("urn:spec", DRAFT4.create_resource(self.spec))

    def _validator(self, schema: dict[str, Any]) -> Any:
        """A validator for `schema` (formats checked too); those of named schemas (`$ref`) are built once."""
        from openapi_schema_validator import oas30_format_checker

        validator = validator_class()
        if "$ref" not in schema:  # references inside it point into the spec, not into the schema itself
            return validator(_in_spec(schema), registry=self._registry, format_checker=oas30_format_checker)
        ref = schema["$ref"]
        if ref not in self._validators:
            self._validators[ref] = validator(
                _in_spec(schema), registry=self._registry, format_checker=oas30_format_checker
            )
        return self._validators[ref]

    def check_request(
        self, method: str, path: str, query: Sequence[tuple[str, str]], headers: Mapping[str, str], body: bytes
    ) -> CheckedRequest | None:
        """Match a request to its operation and check its parameters and body; None when no operation matches."""
        found = self.match(method, path)
        if found is None:
            return None
        op, path_params = found
        lower_headers = {k.lower(): v for k, v in headers.items()} if op.reads_headers else {}
        checked = CheckedRequest(op, path_params, {}, None, [])
        for param in op.parameters:
            self._check_parameter(param, checked, query, lower_headers)
        if op.media_types:
            self._check_body(checked, lower_headers.get("content-type", ""), body)
        return checked

    def _check_parameter(
        self, param: dict[str, Any], checked: CheckedRequest, query: Sequence[tuple[str, str]], headers: dict[str, str]
    ) -> None:
        name, where = param["name"], param["in"]
        schema = param.get("schema", ANY_VALUE)
        resolved = self.resolve(schema)
        raw: Any
        if where == "query":
            values = [v for k, v in query if k == name]
            raw = (values if resolved.get("type") == "array" else values[-1]) if values else None
        else:
            raw = {"path": checked.path_params, "header": headers}.get(where, {}).get(
                name.lower() if where == "header" else name
            )
        if raw is None:
            if param.get("required"):
                checked.problems.append(f"{name} is required ({where} parameter)")
            return
        value = coerce_parameter(raw, resolved, self)
        checked.problems += self.errors(schema, value, name)
        if where == "query":
            checked.query[name] = value

    def _check_body(self, checked: CheckedRequest, content_type_header: str, body: bytes) -> None:
        op = checked.operation
        content_type = content_type_header.split(";")[0].strip()
        if not body:
            if op.body_required:
                checked.problems.append("the request body is required")
        elif content_type not in op.media_types:
            checked.problems.append(
                f"the request body's content type {content_type or '(none)'} is not one of {', '.join(op.media_types)}"
            )
        elif content_type == "application/json":
            try:
                checked.body = json.loads(body)
            except ValueError:
                checked.problems.append("the request body is not valid JSON")
            else:
                checked.problems += self.errors(op.stable_body_schema(content_type) or ANY_VALUE, checked.body, "")
        elif content_type == "multipart/form-data":
            checked.body = parse_multipart(content_type_header, body)
            if checked.body is None:
                checked.problems.append("the request body is not a multipart/form-data body")
            else:
                schema = self.resolve(op.body_schema(content_type) or {})
                checked.problems += [
                    f"{name} is required (form field)"
                    for name in schema.get("required", [])
                    if name not in checked.body
                ]

    def extension(self, name: str, default: Any = None) -> Any:
        return self.spec.get(name, default)

    def error_meaning(self, code: Any, status: int | None = None) -> str | None:
        """The documented text of a vendor error code from `x-error-codes`: either `{code: text}` or a list of
        `{status, code, message, description, action}` (where a code may repeat under several statuses)."""
        catalogue = self.extension("x-error-codes")
        if isinstance(catalogue, dict):
            text = catalogue.get(str(code))
            return None if text is None else str(text)
        entries = [e for e in catalogue or [] if str(e.get("code")) == str(code)]
        entry = next((e for e in entries if e.get("status") == status), entries[0] if entries else None)
        if entry is None:
            return None
        return "; ".join(_unique(str(entry[k]) for k in ("message", "description", "action") if entry.get(k)))


@cache
def api(vendor: str) -> Api:
    """The vendor's packaged spec (read on first use)."""
    package_name = PACKAGES[vendor]
    return Api(vendor=vendor, load=lambda: read_spec(package_name))


def read_spec(package_name: str) -> dict[str, Any]:
    package = importlib.import_module(package_name)
    if package.__file__ is not None:  # a package on disk: read the file beside it
        with open(os.path.join(os.path.dirname(package.__file__), "openapi.json"), "rb") as file:
            spec: dict[str, Any] = json.loads(file.read())
            return spec
    from importlib import resources

    loaded: dict[str, Any] = json.loads(resources.files(package).joinpath("openapi.json").read_bytes())
    return loaded


def _in_spec(node: Any) -> Any:
    """`node` with its local references (`#/components/...`) made to point into the registered spec."""
    if isinstance(node, dict):
        return {k: "urn:spec" + v if k == "$ref" and isinstance(v, str) else _in_spec(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_in_spec(v) for v in node]
    return node


def coerce_query(value: str, schema: dict[str, Any]) -> Any:
    """A query string value as the type its schema declares; returned unchanged when it does not parse."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def coerce_parameter(raw: str | list[str], schema: dict[str, Any], spec: Api) -> Any:
    """A parameter's text (or, for arrays, its repeated values) as the types its schema declares."""
    if isinstance(raw, list):
        items = spec.resolve(schema.get("items", {}))
        return [coerce_query(v, items) for v in raw]
    return coerce_query(raw, schema)


def parse_multipart(content_type: str, body: bytes) -> dict[str, Any] | None:
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    if not message.is_multipart():
        return None
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            fields[name] = data if part.get_filename() else data.decode(errors="replace")
    return fields


# -- validation problems as sentences --------------------------------------------------------

TYPE_NAMES = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
}


def _close(schema: Any) -> None:
    """Close `schema` and the schemas inside it in place (see `Api.closed`); combinations are left open, as
    each of their members sees only part of the object."""
    if not isinstance(schema, dict) or any(key in schema for key in ("allOf", "anyOf", "oneOf")):
        return
    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema.setdefault("additionalProperties", False)
        for member in properties.values():
            _close(member)
    _close(schema.get("items"))
    _close(schema.get("additionalProperties"))


def field_path(where: str, parts: Iterable[str | int]) -> str:
    """`video_config.bitrate`, `shoot_scripts[0].shoot_script`: the path of a field below `where`."""
    path = where
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else str(part)
    return path


def shown(value: Any) -> str:
    """A value as it appears after 'got': short, quoted when it is text."""
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    return str(value)


def _range(low: Any, high: Any, unit: str = "") -> str:
    """'between 1 and 256 characters', 'at least 1', 'at most 10 items'."""
    unit = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f"between {low} and {high}{unit}"
    return f"at least {low}{unit}" if low is not None else f"at most {high}{unit}"


def _bounds(schema: dict[str, Any]) -> str:
    low, high = schema.get("minimum"), schema.get("maximum")
    low_open, high_open = schema.get("exclusiveMinimum") is True, schema.get("exclusiveMaximum") is True
    if low is not None and high is not None and not (low_open or high_open):
        return f"between {low} and {high}"
    parts = []
    if low is not None:
        parts.append(f"greater than {low}" if low_open else f"at least {low}")
    if high is not None:
        parts.append(f"less than {high}" if high_open else f"at most {high}")
    return " and ".join(parts)


def describe(err: SchemaError, where: str) -> list[str]:
    """One schema violation as sentences (a `required` error may name several missing fields)."""
    path = field_path(where, err.absolute_path)
    subject = path or "the body"
    schema: dict[str, Any] = err.schema if isinstance(err.schema, dict) else {}
    value, kind = err.instance, err.validator
    if kind == "required":
        present = value if isinstance(value, dict) else {}
        return [f"{field_path(path, [name])} is required" for name in err.validator_value if name not in present]
    if kind == "enum":
        return [f"{subject} must be one of {', '.join(map(str, err.validator_value))}, got {shown(value)}"]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return [f"{subject} must be {_bounds(schema)}, got {shown(value)}"]
    if kind in ("minLength", "maxLength"):
        limits = _range(schema.get("minLength"), schema.get("maxLength"), "characters long")
        return [f"{subject} must be {limits}, got {len(value)}"]
    if kind in ("minItems", "maxItems"):
        return [
            f"{subject} must have {_range(schema.get('minItems'), schema.get('maxItems'), 'items')}, got {len(value)}"
        ]
    if kind == "type":
        wanted = err.validator_value if isinstance(err.validator_value, str) else "/".join(err.validator_value)
        return [f"{subject} must be {TYPE_NAMES.get(wanted, wanted)}, got {shown(value)}"]
    if kind == "pattern":
        return [f"{subject} must match the pattern {err.validator_value}, got {shown(value)}"]
    if kind == "format":
        return [f"{subject} must be a valid {err.validator_value}, got {shown(value)}"]
    if kind in ("oneOf", "anyOf"):
        return [_no_form_matches(err, subject, where)]
    if kind == REQUIRED_WHEN:
        name, rule = err.validator_value
        return [f"{field_path(path, [name])} is required when {when_text(rule)}"]
    return [f"{subject}: {err.message}"]


def _no_form_matches(err: SchemaError, subject: str, where: str) -> str:
    """For oneOf/anyOf: the problems of the form that came closest (fewest problems, first on a tie)."""
    by_form: dict[Any, list[SchemaError]] = {}
    for sub in err.context or []:
        by_form.setdefault(sub.schema_path[0], []).append(sub)
    if not by_form:
        return f"{subject} matches more than one of the allowed forms"
    closest = min(by_form.values(), key=len)
    details = "; ".join(_unique(s for sub in closest for s in describe(sub, where)))
    return f"{subject} matches none of the allowed forms (closest: {details})"


def _unique(sentences: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(sentences))
