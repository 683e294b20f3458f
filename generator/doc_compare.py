"""Compare one document's tables with the spec: every difference gets a stable key.

Keys use the document's own coordinates only, so they survive any change to the spec:

    004 §5.3.1 表5-124 VideoConfig.is_subtitle_enabled: missing-in-spec
    003 表9 VideoConfig.is_end_at_first_frame: extra-in-spec
    004 §5.1.2 表5-30 Query参数.script_catalog: default
    004 §5.1.6 状态码200 响应Body参数: extra-in-spec       (no table in the document)
    004 表2-21 POST /v1/{project_id}/…: missing-in-spec     (chapter 2's operation list)

`<document> [§<section>] <table> [.<field>]: <kind>`; the kinds are listed in KINDS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.seed_constraints import number
from generator.seed_doc import Document, Row, Section, Table
from generator.spec_index import COMMON_HEADERS, JSON, Operation, SpecIndex, claimed_tables

KINDS = {
    "missing-in-spec": "the document has it, the spec does not",
    "extra-in-spec": "the spec has it, the document does not",
    "type": "types differ (String→string, Long→integer int64, X object→$ref …)",
    "required": "required flags differ",
    "range": "minimum/maximum differ",
    "length": "minLength/maxLength differ",
    "items": "minItems/maxItems differ",
    "enum": "allowed values differ",
    "default": "defaults differ",
    "uri": "the section's URI is not the spec's path",
    "section": "the spec's operation for the section's URI names another section (x-doc-section)",
    "schema": "the parent field refers to another schema than the one whose description names the table",
    "example-spelling": "the section's example spells a field of its table differently (generator.doc_spelling)",
}
_SIMPLE_TYPES = {
    "string": "string",
    "integer": "integer",
    "int": "integer",
    "long": "integer/int64",
    "float": "number",
    "double": "number",
    "number": "number",
    "boolean": "boolean",
    "object": "object",
    "file": "file",
}
_OBJECT_TYPE = re.compile(r"^(?:Array of )?([A-Za-z_][A-Za-z0-9_]*) objects?$|^Map<String, ([A-Za-z_][A-Za-z0-9_]*)>$")
_WHOLE_BODY = {"[数组元素]", "-"}  # a row that stands for the whole body (an array, a file)


@dataclass(frozen=True)
class Difference:
    key: str
    kind: str
    detail: str
    table: tuple[str, str, str] | None = None  # (operation, side, table) a newer document may supersede


@dataclass
class Comparison:
    doc: Document
    differences: list[Difference] = field(default_factory=list)
    sections: int = 0
    tables: int = 0
    fields: int = 0
    out_of_scope: list[str] = field(default_factory=list)  # sections with a URI that is not in the spec
    covered: set[tuple[str, str, str]] = field(default_factory=set)  # the tables compared, as Difference.table
    notes: list[str] = field(default_factory=list)  # how a table was matched when no description names it


def doc_signature(doc_type: str) -> str:
    """The type a table's type cell stands for, in the spec's terms (see spec_signature)."""
    text = doc_type.strip()
    low = text.lower()
    if low in _SIMPLE_TYPES:
        return _SIMPLE_TYPES[low]
    if low.startswith("array of "):
        inner = low[len("array of ") :]
        if inner.endswith(" objects") or inner.endswith(" object"):
            return "array<$ref>"
        return f"array<{_SIMPLE_TYPES.get(inner.rstrip('s'), inner)}>"
    if low.startswith("map<string,"):
        inner = low[len("map<string,") : -1].strip()
        return f"map<{_SIMPLE_TYPES.get(inner, '$ref')}>"
    if low.endswith(" object"):
        return "$ref"
    return f"?{text}"


def spec_signature(schema: JSON) -> str:
    if "$ref" in schema or _single_ref(schema):
        return "$ref"
    kind = schema.get("type")
    if kind == "array":
        return f"array<{spec_signature(schema.get('items') or {})}>"
    extra = schema.get("additionalProperties")
    if kind == "object" and isinstance(extra, dict):
        return f"map<{spec_signature(extra)}>"
    if kind == "integer" and schema.get("format") == "int64":
        return "integer/int64"
    if kind == "string" and schema.get("format") == "binary":
        return "file"
    return str(kind or "any")


def referenced_table(row: Row) -> str | None:
    """The name of the table a row's type points to: `VideoConfig object` -> VideoConfig."""
    match = _OBJECT_TYPE.match(row.type)
    return (match.group(1) or match.group(2)) if match else None


def compare_document(doc: Document, index: SpecIndex) -> Comparison:
    comparison = Comparison(doc)
    if doc.operation_list:
        _compare_operation_list(comparison, index)
    for section in doc.operations:
        op = _find_operation(doc, section, index)
        if op is None:
            method, path = section.uris[0]
            comparison.out_of_scope.append(f"{_prefix(doc, section)} {method} {path}")
            continue
        comparison.sections += 1
        _SectionComparison(comparison, index, section, op).run()
    return comparison


def _find_operation(doc: Document, section: Section, index: SpecIndex) -> Operation | None:
    """004's sections by `x-doc-section`, single pages by their URI."""
    if section.number is not None:
        found = index.by_section(doc.id, section.number)
        if found:
            return found
    method, path = section.uris[0]
    return index.by_uri(method, path)


def _prefix(doc: Document, section: Section) -> str:
    return f"{doc.id} §{section.number}" if section.number else doc.id


def _compare_operation_list(comparison: Comparison, index: SpecIndex) -> None:
    listed = {(o.method, o.path): o for o in comparison.doc.operation_list}
    in_spec = {(op.method, op.path) for op in index.operations}
    doc_id = comparison.doc.id
    for (method, path), entry in listed.items():
        if (method, path) not in in_spec:
            comparison.differences.append(
                Difference(
                    f"{doc_id} 表{entry.table} {method} {path}: missing-in-spec",
                    "missing-in-spec",
                    f"listed in chapter 2 ({doc_id}:{entry.line}), no such operation in the spec",
                )
            )
    for op in index.operations:
        if (op.method, op.path) not in listed:
            comparison.differences.append(
                Difference(
                    f"{doc_id} §2 {op.label}: extra-in-spec",
                    "extra-in-spec",
                    f"operation {op.spec.get('operationId')} is not listed in chapter 2",
                )
            )


class _SectionComparison:
    def __init__(self, comparison: Comparison, index: SpecIndex, section: Section, op: Operation) -> None:
        self.comparison = comparison
        self.index = index
        self.section = section
        self.op = op
        self.doc = comparison.doc
        self.prefix = _prefix(self.doc, section)

    def run(self) -> None:
        self._compare_uri()
        for location in ("path", "query", "header"):
            self._compare_parameters(location)
        sides = ["request"] + sorted({t.side for t in self.section.tables if t.side != "request"})
        for status in self._spec_statuses():
            if status not in sides:
                sides.append(status)
        for side in sides:
            if side != "request":
                self._compare_response_headers(side)
            self._compare_bodies(side)

    # -- reporting -----------------------------------------------------------------------------------

    def report(
        self, where: str, kind: str, detail: str, table: Table | None = None, place: tuple[str, str] | None = None
    ) -> None:
        """`table` (or, when the document prints none, `place` = (side, role)) says what a newer document
        printing the same table supersedes."""
        identity = self.identity(table) if table else (self.op.label, *place) if place else None
        self.comparison.differences.append(Difference(f"{self.prefix} {where}: {kind}", kind, detail, identity))

    def identity(self, table: Table) -> tuple[str, str, str]:
        """The same table in two documents: same operation, same side, same role (or object name)."""
        return (self.op.label, table.side, table.name if table.role == "object" else table.role)

    def covers(self, table: Table) -> None:
        self.comparison.tables += 1
        self.comparison.covered.add(self.identity(table))

    def at(self, row: Row) -> str:
        return f"{self.doc.id}:{row.line}"

    # -- operation -----------------------------------------------------------------------------------

    def _compare_uri(self) -> None:
        method, path = self.section.uris[0]
        if (method, path) != (self.op.method, self.op.path):
            self.report("URI", "uri", f"document {method} {path}, spec {self.op.label}")
        if self.section.number and self.op.section != self.section.number:
            detail = f"{self.op.label} has x-doc-section {self.op.section or 'none'}"
            self.report("x-doc-section", "section", detail)

    def _spec_statuses(self) -> list[str]:
        return [str(s) for s in self.op.spec.get("responses", {})]

    # -- parameters ----------------------------------------------------------------------------------

    def _compare_parameters(self, location: str) -> None:
        tables = [t for t in self.section.tables if t.role == location]
        params = self.index.parameters(self.op, location)
        rows = [r for t in tables for r in t.rows if not _common_header(location, r.name)]
        for table in tables:
            self.covers(table)
            for row in table.rows:
                if _common_header(location, row.name):
                    continue
                self.comparison.fields += 1
                where = f"{table.label}.{row.name}"
                param = params.get(row.name)
                if param is None:
                    self.report(where, "missing-in-spec", f"{row.type} ({self.at(row)})", table)
                    continue
                schema = param.get("schema") or {}
                self._compare_field(where, row, schema, bool(param.get("required")), table)
        documented = {r.name for r in rows}
        label = (
            tables[0].label
            if tables
            else {"path": "路径参数", "query": "Query参数", "header": "请求Header参数"}[location]
        )
        for name in params:
            if name not in documented:
                where = f"{label}.{name}"
                if tables:
                    self.report(where, "extra-in-spec", f"{location} parameter", tables[0])
                else:
                    self.report(where, "extra-in-spec", f"{location} parameter", place=("request", location))

    # -- bodies ----------------------------------------------------------------------------------------

    def _compare_response_headers(self, status: str) -> None:
        tables = [t for t in self.section.tables if t.role == "response-header" and t.side == status]
        response = self.index.response(self.op, status) or {}
        headers = {name.lower(): name for name in response.get("headers") or {}}
        for table in tables:
            self.covers(table)
            for row in table.rows:
                self.comparison.fields += 1
                if row.name.lower() not in headers:
                    self.report(
                        f"{table.label}.{row.name}", "missing-in-spec", f"response header ({self.at(row)})", table
                    )
        documented = {r.name.lower() for t in tables for r in t.rows}
        for low, name in headers.items():
            if low not in documented:
                if tables:
                    self.report(f"{tables[0].label}.{name}", "extra-in-spec", "response header", tables[0])
                else:
                    where = f"状态码{status} 响应Header参数.{name}"
                    self.report(where, "extra-in-spec", "response header", place=(status, "response-header"))

    def _compare_bodies(self, side: str) -> None:
        role = "body" if side == "request" else "response-body"
        roots = [t for t in self.section.tables if t.role == role and t.side == side]
        schema = self.index.request_schema(self.op) if side == "request" else self.index.response_schema(self.op, side)
        objects = [t for t in self.section.tables if t.role == "object" and t.side == side]
        generic = "请求Body参数" if side == "request" else f"状态码{side} 响应Body参数"
        if not roots and schema is not None:
            detail = "the spec has a body the document does not describe"
            self.report(generic, "extra-in-spec", detail, place=(side, role))
        if roots and schema is None:
            where = "" if side == "request" else f" (status {side})"
            for table in roots:
                self.report(table.label, "missing-in-spec", f"no body in the spec{where}", table)
        if schema is None:
            for table in objects:
                self.report(table.label, "missing-in-spec", "no body in the spec", table)
            return
        _TableMapping(self, side, [(t, schema) for t in roots], objects).run()

    # -- fields ----------------------------------------------------------------------------------------

    def compare_rows(self, table: Table, schema: JSON) -> list[tuple[Row, JSON]]:
        """Compares a table with an object schema; returns the rows that point to other tables, each with
        the spec property it matched."""
        self.covers(table)
        resolved = self.index.resolve(schema)
        nested: list[tuple[Row, JSON]] = []
        if any(r.name in _WHOLE_BODY for r in table.rows):
            for row in table.rows:  # the body itself: no required flag to compare
                self.comparison.fields += 1
                self._compare_field(f"{table.label}.{row.name}", row, resolved, None, table)
            return nested
        if resolved.get("type") == "array" and "properties" not in resolved:
            resolved = self.index.resolve(resolved.get("items") or {})
        properties: JSON = resolved.get("properties") or {}
        required = set(resolved.get("required") or [])
        for row in table.rows:
            self.comparison.fields += 1
            where = f"{table.label}.{row.name}"
            prop = properties.get(row.name)
            if prop is None:
                self.report(where, "missing-in-spec", f"{row.type} ({self.at(row)})", table)
                continue
            self._compare_field(where, row, prop, row.name in required, table)
            if referenced_table(row):
                nested.append((row, prop))
        documented = {r.name for r in table.rows}
        for name, prop in properties.items():
            if name not in documented:
                self.report(f"{table.label}.{name}", "extra-in-spec", spec_signature(prop), table)
        return nested

    def _compare_field(self, where: str, row: Row, schema: JSON, required: bool | None, table: Table) -> None:
        expected = doc_signature(row.type)
        actual = spec_signature(schema)
        if expected != actual:
            self.report(where, "type", f"document {row.type} ({self.at(row)}), spec {actual}", table)
        doc_required = _doc_required(table, row)
        if doc_required is not None and required is not None and doc_required != required:
            self.report(where, "required", f"document {_yes(doc_required)}, spec {_yes(required)}", table)
        self._compare_constraints(where, row, self.index.resolve(schema) if "$ref" not in schema else {}, table)

    def _compare_constraints(self, where: str, row: Row, schema: JSON, table: Table) -> None:
        stated = row.constraints
        items = self.index.resolve(schema.get("items") or {}) if schema.get("type") == "array" else {}
        element = items if items else schema  # lengths and values of an array constrain its elements
        pairs = {
            "length": ((stated.min_length, stated.max_length), (element.get("minLength"), element.get("maxLength"))),
            "range": ((stated.minimum, stated.maximum), (element.get("minimum"), element.get("maximum"))),
            "items": ((stated.min_items, stated.max_items), (schema.get("minItems"), schema.get("maxItems"))),
        }
        for kind, (doc_pair, spec_pair) in pairs.items():
            if not _same_pair(doc_pair, spec_pair):
                self.report(where, kind, f"document {_pair(doc_pair)}, spec {_pair(spec_pair)}", table)
        spec_enum = element.get("enum")
        doc_enum = stated.enum
        if _enum_set(doc_enum) != _enum_set(spec_enum):
            self.report(where, "enum", _enum_detail(doc_enum, spec_enum), table)
        spec_default = schema.get("default")
        doc_default = _typed(stated.default, spec_default, doc_signature(row.type))
        if doc_default != spec_default:
            self.report(where, "default", f"document {doc_default!r}, spec {spec_default!r}", table)


class _TableMapping:
    """Finds the schema of every table of one side (request or one response status) and compares them.

    A table goes to the schema reachable from the side's body whose description starts with its title
    (`表 5-124 VideoConfig`, or lists it: `（同 表 5-70、表 5-123）`); failing that (single pages number their
    tables on their own), to the schema the parent table's field refers to."""

    def __init__(
        self, section: _SectionComparison, side: str, roots: list[tuple[Table, JSON]], objects: list[Table]
    ) -> None:
        self.section = section
        self.side = side
        self.roots = roots
        self.objects = objects
        self.by_reference: dict[str, str] = {}  # table name -> schema name the parent's field refers to
        index = section.index
        self.reachable = index.reachable([schema for _, schema in roots])
        self.claims: dict[str, list[str]] = {}  # table number -> schema names
        for name in self.reachable:
            claimed = claimed_tables(index.schema(name).get("description", ""))
            for table_number in claimed[1] if claimed else ():
                self.claims.setdefault(table_number, []).append(name)

    def run(self) -> None:
        for table, schema in self.roots:
            self._remember(self.section.compare_rows(table, schema))
        pending = list(self.objects)
        while pending:
            mapped = [t for t in pending if self._schema_for(t) is not None]
            if not mapped:
                break
            table = mapped[0]
            pending.remove(table)
            name = self._schema_for(table)
            assert name is not None
            self._check_reference(table, name)
            self._remember(self.section.compare_rows(table, {"$ref": f"#/components/schemas/{name}"}))
        for table in pending:
            self.section.report(table.label, "missing-in-spec", "no schema in the spec describes this table", table)

    def _schema_for(self, table: Table) -> str | None:
        claimed = self.claims.get(table.number)
        if claimed:
            return claimed[0]
        return self.by_reference.get(table.name) or self._only_schema_named(table.name)

    def _only_schema_named(self, name: str) -> str | None:
        """The one reachable schema whose description gives the table's name, when the parent field's own
        name differs between document and spec (so the field could not lead to it)."""
        named = [
            s
            for s in self.reachable
            if (claimed_tables(self.section.index.schema(s).get("description", "")) or ("",))[0] == name
        ]
        return named[0] if len(named) == 1 else None

    def _check_reference(self, table: Table, name: str) -> None:
        """The schema a table is compared with should name it (spec/CONVENTIONS.md rule 3); on a single
        page (tables numbered on their own) the parent's field is enough."""
        referenced = self.by_reference.get(table.name)
        if table.number in self.claims:
            if referenced is not None and referenced != name:
                detail = f"titled in schema {name}, the parent field refers to {referenced}"
                self.section.report(table.label, "schema", detail, table)
        elif self.section.doc.layout == "pdf":
            how = "the parent field refers to it" if referenced else "the only schema of that name here"
            self.section.comparison.notes.append(
                f"{self.section.prefix} {table.label}: no description names it; compared with {name} ({how})"
            )

    def _remember(self, nested: list[tuple[Row, JSON]]) -> None:
        """Notes the schema each object field refers to, under the type name the row prints and under the
        table name the schema's description gives (the document misspells some type names:
        `TriggerProcesses object` for table TriggerProcess)."""
        for row, prop in nested:
            target = _ref_target(prop)
            if not target:
                continue
            claimed = claimed_tables(self.section.index.schema(target).get("description", ""))
            for table_name in (referenced_table(row), claimed[0] if claimed else None):
                if table_name and table_name not in self.by_reference:
                    self.by_reference[table_name] = target


def _single_ref(schema: JSON) -> JSON | None:
    """`allOf: [{$ref: X}]` (with `nullable`, a description): a reference to X all the same."""
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and "$ref" in all_of[0]:
        return dict(all_of[0])
    return None


def _ref_target(prop: JSON) -> str | None:
    for node in (prop, _single_ref(prop) or {}, prop.get("items") or {}, prop.get("additionalProperties") or {}):
        if isinstance(node, dict) and str(node.get("$ref", "")).startswith("#/components/schemas/"):
            return str(node["$ref"]).rsplit("/", 1)[1]
    return None


def _common_header(location: str, name: str) -> bool:
    """The headers the spec handles once (X-Auth-Token, Authorization, …), not per operation."""
    return location == "header" and name.lower() in COMMON_HEADERS


def _doc_required(table: Table, row: Row) -> bool | None:
    """是/否 when printed; not required when the table has no 是否必选 column; unknown otherwise (003)."""
    if row.required is not None:
        return row.required
    has_column = any(r.required is not None for r in table.rows)
    if has_column or table.role in {"path", "query", "header", "body"} or table.side == "request":
        return None
    return False


def _yes(flag: bool) -> str:
    return "required" if flag else "optional"


def _same_pair(doc: tuple[Any, Any], spec: tuple[Any, Any]) -> bool:
    return all(_num(a) == _num(b) for a, b in zip(doc, spec, strict=True))


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def _pair(pair: tuple[Any, Any]) -> str:
    low, high = pair
    if low is None and high is None:
        return "none"
    return f"{'' if low is None else low}..{'' if high is None else high}"


def _enum_set(values: Any) -> frozenset[str] | None:
    return None if values is None else frozenset(str(v) for v in values)


def _enum_detail(doc: Any, spec: Any) -> str:
    if doc is None or spec is None:
        return f"document {_list(doc)}, spec {_list(spec)}"
    only_doc = [v for v in doc if str(v) not in _enum_set(spec)]  # type: ignore[operator]
    only_spec = [v for v in spec if str(v) not in _enum_set(doc)]  # type: ignore[operator]
    return f"only in the document {_list(only_doc)}, only in the spec {_list(only_spec)}"


def _list(values: Any) -> str:
    return "none" if values is None else "[" + ", ".join(str(v) for v in values) + "]"


def _typed(printed: str | None, spec_default: Any, signature: str) -> Any:
    """The document's default as the value the spec would hold."""
    if printed is None:
        return None
    if printed.startswith("[") and printed.endswith("]"):
        return [v.strip() for v in printed[1:-1].split(",") if v.strip()]
    if signature == "boolean" or isinstance(spec_default, bool):
        return {"true": True, "false": False}.get(printed.lower(), printed)
    if signature.startswith("integer") or signature == "number":
        try:
            return number(printed)
        except ValueError:
            return printed
    return printed
