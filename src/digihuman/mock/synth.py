"""Values that satisfy an OpenAPI 3.0 schema, built deterministically and overlaid with what a mock stored.

`Synthesizer.fit(schema, stored)` walks the schema. Where `stored` holds a value that fits, it is kept;
everything else is made up the same way every time: the first enum value, else the default, else the
minimum (or 0) for numbers, False for booleans, the given time for date-times, and for other strings
the property's name cut or padded to an allowed length. Objects get every property the schema lists,
arrays one item unless something was stored.

Nullable properties with nothing stored are left out. The documents use null for "none" (`error_info`
of a job without error), and leaving the property out says the same; a null would not validate,
because in OpenAPI 3.0 `nullable` only applies next to a `type`, and those schemas have an `allOf`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MISSING: Any = object()  # "nothing stored here", distinct from a stored None

Resolve = Callable[[dict[str, Any]], dict[str, Any]]


class Synthesizer:
    def __init__(self, resolve: Resolve) -> None:
        self.resolve = resolve

    def fit(self, schema: dict[str, Any], stored: Any = MISSING, name: str = "value", when: str = "") -> Any:
        """`stored` made to satisfy `schema`: kept where it fits, synthesised where it is missing or does not."""
        schema = self.resolve(schema)
        if "allOf" in schema:
            parts = [self.fit(sub, stored, name, when) for sub in schema["allOf"]]
            if all(isinstance(part, dict) for part in parts):
                return {key: value for part in parts for key, value in part.items()}
            return parts[-1]
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._object(schema, stored, when)
        if kind == "array":
            return self._array(schema, stored, name, when)
        if stored is not MISSING and scalar_fits(schema, stored):
            return stored
        return example(schema, name, when)

    def _object(self, schema: dict[str, Any], stored: Any, when: str) -> dict[str, Any]:
        given = stored if isinstance(stored, dict) else {}
        properties: dict[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        if not properties and not isinstance(extra, dict):
            return dict(given)  # a free-form object: whatever was stored
        out: dict[str, Any] = {}
        for name, sub in properties.items():
            value = given.get(name, MISSING)
            if value is None or value is MISSING:
                if self.resolve(sub).get("nullable"):
                    continue
                value = MISSING
            out[name] = self.fit(sub, value, name, when)
        if isinstance(extra, dict):
            for name, value in given.items():
                if name not in properties:
                    out[name] = self.fit(extra, value, name, when)
        return out

    def _array(self, schema: dict[str, Any], stored: Any, name: str, when: str) -> list[Any]:
        items_schema = schema.get("items", {})
        values = stored if isinstance(stored, list) else [MISSING]
        items = [self.fit(items_schema, value, name, when) for value in values]
        if "maxItems" in schema:
            items = items[: schema["maxItems"]]
        while len(items) < schema.get("minItems", 0):
            items.append(self.fit(items_schema, MISSING, name, when))
        return items


def scalar_fits(schema: dict[str, Any], value: Any) -> bool:
    """Whether a stored scalar satisfies the keywords the specs use on scalars."""
    if value is None:
        return bool(schema.get("nullable"))
    if "enum" in schema and value not in schema["enum"]:
        return False
    kind = schema.get("type")
    if kind == "string":
        if not isinstance(value, str):
            return False
        return bool(schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)))
    if kind == "boolean":
        return isinstance(value, bool)
    if kind in ("integer", "number"):
        allowed = int if kind == "integer" else (int, float)
        if not isinstance(value, allowed) or isinstance(value, bool):
            return False
        return bool(schema.get("minimum", value) <= value <= schema.get("maximum", value))
    return not isinstance(value, dict | list)


def example(schema: dict[str, Any], name: str, when: str) -> Any:
    """The deterministic value for a scalar schema with nothing stored."""
    if schema.get("enum"):
        return schema["enum"][0]
    default = schema.get("default")
    if default is not None and scalar_fits(schema, default):
        return default
    kind = schema.get("type")
    if kind in ("integer", "number"):
        value = schema.get("minimum", 0)
        if "maximum" in schema and value > schema["maximum"]:
            value = schema["maximum"]
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return False
    if schema.get("format") == "date-time" and when:
        return when
    text = name or "value"
    low, high = schema.get("minLength", 0), schema.get("maxLength", max(len(text), schema.get("minLength", 0)))
    return (text + "x" * max(0, low - len(text)))[:high]
