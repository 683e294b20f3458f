"""Answers that have moved on from the spec: read them anyway, and say so once.

A success answer is checked against its schema closed to unknown fields (`Api.closed`). When it matches,
that is all (the compiled check answers, nothing else runs). When it does not, each difference becomes a
`Drift`: the operation, the field path (list positions as `[]`, so a list's items count once) and the kind
(`unknown field`, `new enum value`, `null`, `type`, `length`, ...). Each (vendor, operation, path, kind) is
logged once per process on the `digihuman.drift` logger, as a warning, with no value but a new enum value
(and none at all under a secret-looking name). The answer is then handed to the generated code, whose
models keep what they cannot type (open enums, `additional_properties`).

One difference is not drift: a field the spec marks required that is missing or null. The typed model has
no way to say "absent" there, so that raises `ResponseValidationError` naming the field, as in strict mode.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from digihuman.openapi import TYPE_NAMES, Api, shown

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError as SchemaError

log = logging.getLogger("digihuman.drift")

SECRET_NAMES = re.compile(r"secret|password|passwd|token|credential|authori[sz]ation|key", re.IGNORECASE)
MISSING = "missing required field"
SEEN_KEPT = 10_000  # (vendor, operation, path, kind) keys remembered; past that the memory starts afresh
KINDS = {
    "enum": "new enum value",
    "maxLength": "length",
    "minLength": "length",
    "maximum": "range",
    "minimum": "range",
    "exclusiveMaximum": "range",
    "exclusiveMinimum": "range",
    "maxItems": "item count",
    "minItems": "item count",
    "oneOf": "no form matches",
    "anyOf": "no form matches",
}


@dataclass(frozen=True)
class Drift:
    path: str  # `data.segment[].state`
    kind: str
    detail: str = ""  # what a reader needs besides the path, never a value but a new enum value


def drifts(api: Api, schema: dict[str, Any], body: Any) -> list[Drift]:
    """How `body` differs from `schema` closed to unknown fields; empty when it matches."""
    found = api.closed.violations(schema, body)
    return list(dict.fromkeys(drift for err in found for drift in _drifts(api, schema, err)))


def _drifts(api: Api, root: dict[str, Any], err: SchemaError) -> list[Drift]:
    parts = list(err.absolute_path)
    path = _path(parts)
    value, kind = err.instance, str(err.validator)
    schema: dict[str, Any] = err.schema if isinstance(err.schema, dict) else {}
    if kind == "additionalProperties":
        known = schema.get("properties", {})
        extra = sorted(name for name in (value if isinstance(value, dict) else {}) if name not in known)
        return [Drift(_path([*parts, name]), "unknown field") for name in extra]
    if kind == "required":
        present = value if isinstance(value, dict) else {}
        return [Drift(_path([*parts, name]), MISSING) for name in err.validator_value if name not in present]
    if kind in ("type", "enum") and value is None:  # (a null enum fails both)
        return [Drift(path, MISSING if _required(api, root, parts) else "null")]
    if kind == "type":
        wanted = err.validator_value if isinstance(err.validator_value, str) else "/".join(err.validator_value)
        got = TYPE_NAMES.get(_json_type(value), _json_type(value))
        return [Drift(path, "type", f"{TYPE_NAMES.get(wanted, wanted)} documented, got {got}")]
    if kind == "enum":
        return [Drift(path, KINDS[kind], "" if SECRET_NAMES.search(path) else shown(value))]
    if kind in ("maxLength", "minLength") and isinstance(value, str):
        return [Drift(path, KINDS[kind], f"{len(value)} characters")]
    return [Drift(path, KINDS.get(kind, kind))]


def _path(parts: list[Any]) -> str:
    """`data.segment[].state`: a field's path with list positions left out."""
    path = ""
    for part in parts:
        path = path + "[]" if isinstance(part, int) else f"{path}.{part}" if path else str(part)
    return path or "the body"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else type(value).__name__


def _required(api: Api, schema: dict[str, Any], parts: list[Any]) -> bool:
    """Whether the field at `parts` is one its object's schema marks required (found by walking the spec)."""
    parent: Any = None
    for part in parts:
        schema = api.resolve(schema)
        parent = schema
        child = schema.get("items") if isinstance(part, int) else schema.get("properties", {}).get(part)
        if not isinstance(child, dict):
            return False
        schema = child
    return bool(parts) and isinstance(parts[-1], str) and parts[-1] in (parent or {}).get("required", [])


_seen: set[tuple[str, str, str, str]] = set()
_seen_lock = threading.Lock()


def report(vendor: str, operation_id: str, found: list[Drift]) -> None:
    """Log each drift not logged before (per vendor, operation, path and kind)."""
    for drift in found:
        key = (vendor, operation_id, drift.path, drift.kind)
        with _seen_lock:
            if key in _seen:
                continue
            if len(_seen) >= SEEN_KEPT:
                _seen.clear()
            _seen.add(key)
        detail = f" ({drift.detail})" if drift.detail else ""
        log.warning(
            "%s %s: the answer differs from the spec at %s: %s%s; read as far as it goes (logged once)",
            vendor,
            operation_id,
            drift.path,
            drift.kind,
            detail,
            extra={"vendor": vendor, "operation_id": operation_id, "drift_path": drift.path, "drift_kind": drift.kind},
        )


def forget() -> None:
    """Log every drift again from now on (for tests, and for a long-running process that wants a fresh report)."""
    with _seen_lock:
        _seen.clear()
