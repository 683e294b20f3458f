"""The packaged copy of each vendor's spec (written by the generator) and validation against it.

The runtime holds no API facts of its own: operations, schemas, error catalogues and extensions all
come from `<package>/openapi.json`, which `make generate` derives from `spec/<vendor>.yaml`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from openapi_schema_validator import OAS30Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

PACKAGES = {"xingyun": "xingyun_client", "metaworks": "metaworks_client", "metastudio": "metastudio_client"}
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any] = field(repr=False)
    pattern: re.Pattern[str] = field(repr=False)

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return list(self.spec.get("parameters", []))

    def body_schema(self, media_type: str) -> dict[str, Any] | None:
        content = (self.spec.get("requestBody") or {}).get("content", {})
        media = content.get(media_type)
        return None if media is None else dict(media.get("schema", {}))

    @property
    def body_required(self) -> bool:
        return bool((self.spec.get("requestBody") or {}).get("required"))

    @property
    def media_types(self) -> list[str]:
        return list((self.spec.get("requestBody") or {}).get("content", {}))


class Api:
    """One vendor's spec: operation lookup by method and path, and schema validation."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT4.create_resource(spec))
        self.operations: list[Operation] = []
        for path, item in spec["paths"].items():
            regex = "^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
            for method in METHODS:
                if method in item:
                    op = item[method]
                    merged = dict(op)
                    merged["parameters"] = [
                        self.resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])
                    ]
                    self.operations.append(
                        Operation(op["operationId"], method.upper(), path, merged, re.compile(regex))
                    )
        self.by_id = {op.operation_id: op for op in self.operations}

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations:
            if op.method == method:
                m = op.pattern.match(path)
                if m:
                    return op, m.groupdict()
        return None

    def errors(self, schema: dict[str, Any], instance: Any, where: str) -> list[str]:
        """Every way `instance` violates `schema`, each naming the field path."""
        root = {"$ref": "urn:spec#" + schema["$ref"][1:]} if "$ref" in schema else schema
        validator = OAS30Validator(root, registry=self._registry)
        found = []
        for err in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
            loc = ".".join([where, *map(str, err.absolute_path)]) if where else ".".join(map(str, err.absolute_path))
            found.append(f"{loc or '(body)'}: {err.message}")
        return found

    def extension(self, name: str, default: Any = None) -> Any:
        return self.spec.get(name, default)


@cache
def api(vendor: str) -> Api:
    package = PACKAGES[vendor]
    text = resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    return Api(json.loads(text))


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
