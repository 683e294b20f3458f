"""Calling the generated MetaStudio endpoint functions with values as schemathesis draws them (JSON-like
path, query, header and body values), and walking the attrs models they build.

The generated functions take Python names (`x_request_id` for `X-Request-Id`), enums, datetimes and attrs
models; `arguments` converts plain values by the function's own annotations, so that nothing here
restates the spec.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from typing import Any

import attrs
import metastudio_client.api
import metastudio_client.models
from dateutil.parser import isoparse
from openapi_python_client.strings import PythonIdentifier

from digihuman.openapi import api

SPEC = api("metastudio")


@cache
def endpoints() -> dict[str, types.ModuleType]:
    """Every generated endpoint module, by operationId (the module's name)."""
    found = {}
    for info in pkgutil.walk_packages(metastudio_client.api.__path__, metastudio_client.api.__name__ + "."):
        if not info.ispkg:
            found[info.name.rpartition(".")[2]] = importlib.import_module(info.name)
    return found


def python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field_"))


def _concrete(annotation: Any) -> Any:
    """The annotation without `| Unset` (and without `| None`)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        kept = [a for a in typing.get_args(annotation) if a not in (metastudio_client.types.Unset, type(None))]
        return kept[0] if len(kept) == 1 else annotation
    return annotation


def convert(value: Any, annotation: Any) -> Any:
    """A JSON-like value as the generated code's parameter type wants it."""
    kind = _concrete(annotation)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is datetime:
        return isoparse(value)
    if _is_model(kind):
        return kind.from_dict(value)
    if typing.get_origin(kind) is list and isinstance(value, list):
        (item,) = typing.get_args(kind)
        return [convert(v, item) for v in value]
    return value


def arguments(operation_id: str, case: Any) -> dict[str, Any]:
    """Keyword arguments for the operation's generated function from a schemathesis case."""
    module = endpoints()[operation_id]
    annotations = {name: p.annotation for name, p in inspect.signature(module._get_kwargs).parameters.items()}
    given: dict[str, Any] = {}
    for param in SPEC.by_id[operation_id].parameters:
        where = {"path": case.path_parameters, "query": case.query, "header": case.headers}[param["in"]] or {}
        if param["name"] in where:
            given[python_name(param["name"])] = where[param["name"]]
    if "body" in annotations and case.body is not None and not _is_not_set(case.body):
        given["body"] = case.body
    return {name: convert(value, annotations[name]) for name, value in given.items()}


def _is_not_set(value: Any) -> bool:
    return type(value).__name__ == "NotSet"


# -- models ----------------------------------------------------------------------------------


@cache
def _namespace() -> dict[str, Any]:
    return {name: getattr(metastudio_client.models, name) for name in metastudio_client.models.__all__}


def _field_types(cls: type) -> Iterator[Any]:
    hints = typing.get_type_hints(cls, globalns=vars(importlib.import_module(cls.__module__)), localns=_namespace())
    for name, hint in hints.items():
        if not name.startswith("_"):
            yield hint


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and attrs.has(annotation)


def _models_in(annotation: Any) -> Iterator[type]:
    if _is_model(annotation):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


@cache
def request_models() -> dict[str, set[type]]:
    """Every attrs model reachable from each operation's request body, by operationId (empty: no model)."""
    reachable: dict[str, set[type]] = {}
    for operation_id, module in endpoints().items():
        body = inspect.signature(module._get_kwargs).parameters.get("body")
        found: set[type] = set()
        todo = list(_models_in(body.annotation)) if body is not None else []
        while todo:
            cls = todo.pop()
            if cls not in found:
                found.add(cls)
                for hint in _field_types(cls):
                    todo.extend(_models_in(hint))
        reachable[operation_id] = found
    return reachable


def models_within(value: Any) -> Iterator[Any]:
    """Every attrs model instance in `value` (itself, its fields, their items), outermost first."""
    if _is_model(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from models_within(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from models_within(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models_within(item)
