"""The MetaStudio spec as the document checks read it: operations by section or by METHOD+path, $refs,
parameters, bodies and the component schemas a table title names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "metastudio.yaml"
COMMON_HEADERS = {"x-auth-token", "x-project-id", "x-sdk-date", "authorization", "x-app-userid"}
JSON = dict[str, Any]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the whole check stays within seconds
# `表 5-15 LayerPositionConfig`, then what else it stands for (`（同 表 5-81、表 5-132）`), then `; ` and the next
_TITLE = re.compile(r"\s*表\s*(\d+-\d+)\s+([^\s（(；;，,。：]+)\s*(?:([（(](?:同|same)[^）)]*[）)]))?\s*;?")
_TABLE_NUMBER = re.compile(r"(\d+-\d+)")


def load_yaml(path: Path) -> JSON:
    with path.open(encoding="utf-8") as f:
        data: JSON = yaml.load(f, Loader=_Loader)  # noqa: S506 - the C loader of safe_load
    return data


def load_spec(path: Path | None = None) -> tuple[JSON, str]:
    """The spec (default spec/metastudio.yaml) and the name to report it by."""
    path = path or SPEC
    return load_yaml(path), str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str
    spec: JSON  # the operation object

    @property
    def section(self) -> str:
        return str(self.spec.get("x-doc-section", ""))

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


class SpecIndex:
    def __init__(self, spec: JSON) -> None:
        self.spec = spec
        self.operations = [
            Operation(method.upper(), path, op)
            for path, item in spec.get("paths", {}).items()
            for method, op in item.items()
            if method.upper() in {"GET", "POST", "PUT", "DELETE", "PATCH"}
        ]

    def by_section(self, doc_id: str, section: str) -> Operation | None:
        return next(
            (
                op
                for op in self.operations
                if op.section == section and str(op.spec.get("x-doc-source", doc_id)).startswith(doc_id)
            ),
            None,
        )

    def by_uri(self, method: str, path: str) -> Operation | None:
        return next((op for op in self.operations if (op.method, op.path) == (method, path)), None)

    def resolve(self, node: JSON) -> JSON:
        """Follows a chain of $refs to the object it names."""
        seen = 0
        while "$ref" in node and seen < 20:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

    def parameters(self, op: Operation, location: str) -> dict[str, JSON]:
        """The operation's parameters in `location` (path/query/header) by name; common headers left out."""
        params: dict[str, JSON] = {}
        for raw in op.spec.get("parameters", []):
            param = self.resolve(raw)
            if param.get("in") != location:
                continue
            if location == "header" and param["name"].lower() in COMMON_HEADERS:
                continue
            params[param["name"]] = param
        return params

    def request_schema(self, op: Operation) -> JSON | None:
        body = op.spec.get("requestBody")
        return _content_schema(self.resolve(body)) if body else None

    def response(self, op: Operation, status: str) -> JSON | None:
        responses = op.spec.get("responses", {})
        raw = responses.get(status, responses.get(int(status))) if status.isdigit() else responses.get(status)
        return self.resolve(raw) if raw is not None else None

    def response_schema(self, op: Operation, status: str) -> JSON | None:
        response = self.response(op, status)
        return _content_schema(response) if response else None

    def reachable(self, roots: list[JSON]) -> list[str]:
        """Names of the component schemas reachable through $refs from `roots`, in discovery order."""
        names: list[str] = []
        stack = list(roots)
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict):
                ref = node.get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    name = ref.rsplit("/", 1)[1]
                    if name not in names:
                        names.append(name)
                        stack.append(self.spec["components"]["schemas"][name])
                stack.extend(v for k, v in node.items() if k not in {"description", "example", "examples"})
            elif isinstance(node, list):
                stack.extend(node)
        return names

    def schema(self, name: str) -> JSON:
        schema: JSON = self.spec["components"]["schemas"][name]
        return schema


def _content_schema(holder: JSON) -> JSON | None:
    content = holder.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return media.get("schema") if media else None


def claimed_tables(description: str) -> tuple[str, set[str]] | None:
    """(name, table numbers) a component schema's description starts with. A schema shared by identical
    tables lists them all: `表 5-15 LayerPositionConfig（同 表 5-81、表 5-132）; 表 6-7 LayerPositionConfig`,
    `表 6-367 ProductMediaDetailInfo (same table: 表 6-385)`."""
    name: str | None = None
    numbers: set[str] = set()
    position = 0
    while True:
        title = _TITLE.match(description or "", position)
        if not title:
            break
        name = name or title.group(2)
        numbers.add(title.group(1))
        # the tables it stands for as well: `（同 表 5-81、表 5-132）`, `(same table: 表 6-266, 6-280)`
        numbers |= set(_TABLE_NUMBER.findall(title.group(3) or ""))
        position = title.end()
    return (name, numbers) if name else None
