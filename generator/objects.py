"""The client objects' resource classes (`generated/<package>/resources/`), written from the spec and from the
endpoint modules openapi-python-client has just written, so that every method takes exactly the arguments of
its endpoint function and returns what that function returns, whatever the endpoint templates make of them."""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.build import GenerationError

HERE = Path(__file__).resolve().parent
METHODS = ("get", "put", "post", "delete", "patch")
OPTIONS = ("timeout", "retries", "extra_headers")  # per-call keywords every method adds
PROJECT = "project_id"  # the path parameter a MetaStudio object fills in
RESERVED = {"client", "project_id", "vendor", "request_options"}  # the objects' own attributes


@dataclass
class Param:
    name: str
    annotation: str
    default: str | None  # source text, None for a required argument
    positional: bool
    description: str


@dataclass
class Pagination:
    style: str
    items: str  # the Python attribute of the page that holds the items
    count: str | None
    limit_param: str
    offset_param: str
    item_type: str


@dataclass
class Method:
    operation_id: str
    tag: str
    module: str  # alias of the endpoint module inside the resource module
    summary: str
    description: str
    params: list[Param]
    returns: str
    project: bool
    pagination: Pagination | None = None

    @property
    def call_args(self) -> str:
        args = ["self._owner.project_id"] if self.project else []
        args += [p.name for p in self.params if p.positional]
        args += [f"{p.name}={p.name}" for p in self.params if not p.positional]
        return ", ".join(args)

    def page_args(self, offset: str, limit: str) -> str:
        """The call of one page: the iterator's own arguments, with offset and limit of that page."""
        assert self.pagination is not None
        args = [p.name for p in self.params if p.positional]
        for p in self.params:
            if p.positional:
                continue
            value = {self.pagination.offset_param: offset, self.pagination.limit_param: limit}.get(p.name, p.name)
            args.append(f"{p.name}={value}")
        args += [f"{name}={name}" for name in OPTIONS]
        return ", ".join(args)


@dataclass
class Resource:
    tag: str
    class_name: str
    methods: list[Method] = field(default_factory=list)
    imports: dict[str, str] = field(default_factory=dict)  # name -> import line


def class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_"))


def _clean(text: str) -> str:
    return " ".join(str(text).split()).replace("\\", "\\\\").replace('"""', "'''")


def _wrap(text: str, indent: str, width: int = 110) -> str:
    return "\n".join(textwrap.wrap(_clean(text), width=width, subsequent_indent=indent)) if text.strip() else ""


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(method, path, operation, resolved parameters) in spec order."""
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [_resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            found.append((method, path, op, params))
    return found


class _Module:
    """One generated module, parsed: its imports by name and the source text of its nodes."""

    def __init__(self, package_dir: Path, parts: list[str]) -> None:
        self.parts = parts
        path = package_dir.joinpath(*parts[:-1], parts[-1] + ".py")
        if not path.exists():
            raise GenerationError(f"{path} was not generated")
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source)
        self.imports: dict[str, str] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom):
                target = self._absolute(node.level, node.module)
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = _import_line(target, alias.name, alias.asname)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.imports[(alias.asname or alias.name).split(".")[0]] = f"import {alias.name}"

    def _absolute(self, level: int, module: str | None) -> list[str] | str:
        if level == 0:
            return module or ""
        base = self.parts[: len(self.parts) - level]
        return base + (module.split(".") if module else [])

    def text(self, node: ast.AST | None) -> str:
        if node is None:
            return ""
        text = ast.get_source_segment(self.source, node)
        if text is None:
            raise GenerationError(f"no source for a node of {'/'.join(self.parts)}")
        return " ".join(text.split())

    def function(self, name: str) -> ast.FunctionDef:
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                return node
        raise GenerationError(f"{'/'.join(self.parts)} has no function {name}()")

    def names_in(self, text: str) -> set[str]:
        return {n.id for n in ast.walk(ast.parse(text, mode="eval")) if isinstance(n, ast.Name)}


def _import_line(target: list[str] | str, name: str, asname: str | None) -> str:
    alias = f" as {asname}" if asname else ""
    if isinstance(target, str):  # absolute
        return f"from {target} import {name}{alias}"
    # Relative to a module in <package>/resources/: `..` is the package.
    return f"from ..{'.'.join(target)} import {name}{alias}"


def _pagination(
    spec: dict[str, Any], package_dir: Path, op: dict[str, Any], module: _Module, returns: str
) -> Pagination | None:
    rule = op.get("x-pagination")
    if rule is None:
        return None
    if rule.get("style", "offset") != "offset":
        raise GenerationError(f"{op['operationId']}: x-pagination style {rule.get('style')!r} is not supported")
    success = [n for n in module.names_in(returns) if n not in {"ErrorResponse", "None"}]
    if len(success) != 1 or success[0] not in module.imports:
        raise GenerationError(f"{op['operationId']}: no single success model in {returns!r}")
    line = module.imports[success[0]]
    model_module = line.split()[1].removeprefix("..").split(".")
    model = _Module(package_dir, model_module)
    items = _python_name(rule["items"])
    item_type = "Any"
    for node in ast.walk(model.tree):
        if not (isinstance(node, ast.ClassDef) and node.name == success[0]):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == items:
                lists = [s for s in ast.walk(stmt.annotation) if isinstance(s, ast.Subscript) and _is_list(s.value)]
                item_type = model.text(lists[0].slice) if lists else item_type
        break
    if item_type == "Any" and rule["items"]:
        raise GenerationError(f"{op['operationId']}: {success[0]} has no list attribute {rule['items']!r}")
    for name in model.names_in(item_type) - {"Any"}:
        if name in model.imports:
            module.imports.setdefault(name, model.imports[name])
    return Pagination(
        style=rule.get("style", "offset"),
        items=items,
        count=_python_name(rule["count"]) if rule.get("count") else None,
        limit_param=_python_name(rule.get("limit_param", "limit")),
        offset_param=_python_name(rule.get("offset_param", "offset")),
        item_type=item_type,
    )


def _is_list(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "list"


def resources(spec: dict[str, Any], package_dir: Path) -> list[Resource]:
    by_tag: dict[str, Resource] = {}
    for _method, _path, op, params in operations(spec):
        operation_id, tag = op["operationId"], op["tags"][0]
        module = _Module(package_dir, ["api", tag, operation_id])
        sync = module.function("sync")
        returns = module.text(sync.returns)
        described = {p["name"]: p.get("description", "") for p in params}
        body = op.get("requestBody")
        if body is not None:
            described.setdefault("body", _resolve(spec, body).get("description", "") or "The request body.")
        args: list[Param] = []
        positional = sync.args.args
        for arg in positional:
            if arg.arg == PROJECT:
                continue
            args.append(Param(arg.arg, module.text(arg.annotation), None, True, described.get(arg.arg, "")))
        for arg, default in zip(sync.args.kwonlyargs, sync.args.kw_defaults, strict=True):
            if arg.arg == "client":
                continue
            if arg.arg in OPTIONS:
                raise GenerationError(f"{operation_id}: parameter {arg.arg!r} collides with a per-call option")
            spec_name = next((p["name"] for p in params if _python_name(p["name"]) == arg.arg), arg.arg)
            args.append(
                Param(
                    arg.arg,
                    module.text(arg.annotation),
                    module.text(default) if default is not None else None,
                    False,
                    described.get(spec_name, ""),
                )
            )
        resource = by_tag.setdefault(tag, Resource(tag, class_name(tag)))
        alias = f"_{operation_id}"
        resource.imports[alias] = f"from ..api.{tag} import {operation_id} as {alias}"
        method = Method(
            operation_id=operation_id,
            tag=tag,
            module=alias,
            summary=str(op.get("summary", "")),
            description=str(op.get("description", "")),
            params=args,
            returns=returns,
            project=any(a.arg == PROJECT for a in positional),
        )
        method.pagination = _pagination(spec, package_dir, op, module, returns)
        used = set(module.names_in(returns))
        for p in args:
            used |= module.names_in(p.annotation)
            if p.default is not None:
                used |= module.names_in(p.default)
        if method.pagination is not None:
            used |= module.names_in(method.pagination.item_type)
        for name in sorted(used):
            if name in module.imports:
                resource.imports[name] = module.imports[name]
        resource.methods.append(method)
    return [by_tag[tag] for tag in sorted(by_tag)]


def _python_name(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def _environment() -> Environment:
    env = Environment(  # noqa: S701 - Python source, not HTML
        loader=FileSystemLoader(HERE / "templates" / "objects"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["wrap"] = _wrap
    env.filters["clean"] = _clean
    return env


def write_resources(spec: dict[str, Any], package: str, package_dir: Path) -> list[Resource]:
    """generated/<package>/resources/: one module per tag and the base classes the client objects extend."""
    found = resources(spec, package_dir)
    for resource in found:
        if not resource.tag.isidentifier() or resource.tag in RESERVED:
            raise GenerationError(f"tag {resource.tag!r} cannot be an attribute of the client objects")
    out = package_dir / "resources"
    out.mkdir()
    env = _environment()
    project = any(m.project for r in found for m in r.methods)
    title = str(spec.get("info", {}).get("title", package))
    (out / "__init__.py").write_text(
        env.get_template("resources_init.py.jinja").render(resources=found, project=project, title=title),
        encoding="utf-8",
    )
    for resource in found:
        (out / f"{resource.tag}.py").write_text(
            env.get_template("resource.py.jinja").render(resource=resource, project=project),
            encoding="utf-8",
        )
    return found


INDEX = "docs/operations.md"


def operations_index(spec_dir: Path) -> str:
    """The text of docs/operations.md, from the specs."""
    from digihuman.operations import VENDORS, markdown
    from generator.spec_index import load_yaml

    return markdown({v: load_yaml(spec_dir / f"{v}.yaml") for v in VENDORS if (spec_dir / f"{v}.yaml").exists()})
