"""Resource families read off an API's paths, so that one generic store can serve every CRUD-shaped
operation instead of a handler per operation.

An *item path* ends in a path parameter (`/v1/{project_id}/smart-live-rooms/{room_id}`); its
*collection* is the same path without that last segment. Each operation gets a role:

- on a collection: GET → `list`, POST → `create`;
- on an item: GET → `show`, PUT/PATCH → `update`, DELETE → `delete`, POST → `action` (or `create`
  when the parameter is an enum: then the caller names the item, as in `/agency/{role_type}`);
- below an item (`…/{asset_id}/restore`): `action` on that item;
- below a collection (`…/robot/delete`): `batch_delete` when the body is a list of strings,
  otherwise `collection_action`;
- anything else is `standalone`, or `read_setting`/`write_setting` when the same path has a GET
  and a write (`…/welcome-speech-switch`), unless `joins` attaches it to a family: the documents
  put some creates and lists at paths of their own (`POST /ttsc/audition` creates what
  `GET /ttsc/audition-file/{job_id}` shows).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from digihuman.openapi import Api, Operation

ITEM_ROLES = {"GET": "show", "PUT": "update", "PATCH": "update", "DELETE": "delete", "POST": "action"}
COLLECTION_ROLES = {"GET": "list", "POST": "create"}


@dataclass(frozen=True)
class Role:
    name: str
    family: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)  # what a joined create adds to the record


@dataclass
class Family:
    name: str  # the collection path below the scope, e.g. "smart-live-rooms/{room_id}/smart-live-jobs"
    collection: str
    item: str
    id_name: str
    parent_ids: tuple[str, ...]  # path parameters of the enclosing items
    client_named: bool = False  # the caller picks the id (an enum path parameter), nothing is generated
    parent: str | None = None  # the family of the enclosing item
    operations: dict[str, str] = field(default_factory=dict)  # operation_id -> role name


@dataclass
class Layout:
    families: dict[str, Family]
    roles: dict[str, Role]  # every operation_id

    def standalone(self) -> list[str]:
        return [op_id for op_id, role in self.roles.items() if role.family is None]


def derive(api: Api, scope: str, joins: Mapping[str, Role] | None = None) -> Layout:
    """The families of `api` below `scope` (a path prefix such as `/v1/{project_id}`) and every operation's role."""
    by_item: dict[str, Family] = {}
    for op in api.operations:
        for item in _item_prefixes(op.path, scope):
            by_item.setdefault(item, _family(item, scope))
    for op in api.operations:
        if op.path in by_item and _is_enum_param(api, op, by_item[op.path].id_name):
            by_item[op.path].client_named = True
    by_collection = {family.collection: family for family in by_item.values()}
    roles = {op.operation_id: _role(api, op, by_item, by_collection) for op in api.operations}
    _settings(api, roles)
    roles.update(joins or {})
    families = {family.name: family for family in by_item.values()}
    for op_id, role in roles.items():
        if role.family is not None:
            families[role.family].operations[op_id] = role.name
    families = {name: family for name, family in families.items() if family.operations}
    for family in families.values():
        family.parent = _parent(family, families)
    return Layout(families, roles)


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _item_prefixes(path: str, scope: str) -> list[str]:
    segments = path.split("/")
    first = len(scope.split("/"))
    return ["/".join(segments[: i + 1]) for i in range(first, len(segments)) if _is_param(segments[i])]


def _family(item: str, scope: str) -> Family:
    collection, last = item.rsplit("/", 1)
    parent_ids = tuple(s[1:-1] for s in collection[len(scope) :].split("/") if _is_param(s))
    return Family(collection[len(scope) + 1 :], collection, item, last[1:-1], parent_ids)


def _is_enum_param(api: Api, op: Operation, name: str) -> bool:
    return any(p["name"] == name and "enum" in api.resolve(p.get("schema", {})) for p in op.parameters)


def _role(api: Api, op: Operation, by_item: dict[str, Family], by_collection: dict[str, Family]) -> Role:
    if op.path in by_item:
        family = by_item[op.path]
        named_create = op.method == "POST" and family.client_named
        return Role("create" if named_create else ITEM_ROLES[op.method], family.name)
    if op.path in by_collection:
        return Role(COLLECTION_ROLES.get(op.method, "collection_action"), by_collection[op.path].name)
    owners = [item for item in by_item if op.path.startswith(item + "/")]
    if owners:
        return Role("action", by_item[max(owners, key=len)].name)
    parent = op.path.rsplit("/", 1)[0]
    if parent in by_collection:
        return Role("batch_delete" if _body_is_id_list(api, op) else "collection_action", by_collection[parent].name)
    return Role("standalone")


def _body_is_id_list(api: Api, op: Operation) -> bool:
    schema = api.resolve(op.body_schema("application/json") or {})
    return schema.get("type") == "array" and api.resolve(schema.get("items", {})).get("type") == "string"


def _settings(api: Api, roles: dict[str, Role]) -> None:
    """Standalone paths read with GET and written with POST/PUT hold one setting (a switch, say)."""
    by_path: dict[str, list[Operation]] = {}
    for op in api.operations:
        if roles[op.operation_id].name == "standalone":
            by_path.setdefault(op.path, []).append(op)
    for ops in by_path.values():
        if len(ops) > 1 and any(op.method == "GET" for op in ops):
            for op in ops:
                roles[op.operation_id] = Role("read_setting" if op.method == "GET" else "write_setting")


def _parent(family: Family, families: dict[str, Family]) -> str | None:
    """The family of the enclosing item: the one at that path, or else the one with the same collection
    name and id (chat jobs sit below `/digital-human-chat/smart-chat-rooms/{room_id}`, rooms at
    `/smart-chat-rooms/{room_id}`)."""
    if not family.parent_ids:
        return None
    enclosing = family.collection.rsplit("/", 1)[0]
    for other in families.values():
        if other.item == enclosing:
            return other.name
    collection_name = enclosing.rsplit("/", 2)[-2]
    for other in families.values():
        if other.collection.endswith("/" + collection_name) and other.id_name == family.parent_ids[-1]:
            return other.name
    return None
