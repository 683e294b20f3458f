"""Where a section's examples and its own tables spell one field differently (`id_card_image1_upload_url`
in the example, `id_card_image_1_upload_url` in the table): the document disagrees with itself, and the spec
must pick one (spec/ERRATA.md says which). Names are near-identical when they differ only by underscores,
letter case, a plural `s`, or (when nothing closer matches) digits. Each such pair is a difference keyed in
the table's coordinates, like the table comparisons of generator.doc_compare:

    004 §8.1 表8-6 响应Body参数.id_card_image_1_upload_url: example-spelling
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from generator.doc_compare import Difference
from generator.doc_examples import repair
from generator.seed_doc import Document, Section, Table

KIND = "example-spelling"
_KEY = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"\s*:')  # a JSON object key, also in an example that does not parse


def _loose(name: str) -> str:
    return name.replace("_", "").lower().removesuffix("s")


def _loosest(name: str) -> str:
    return re.sub(r"[0-9]", "", _loose(name))


NEARNESS: tuple[Callable[[str], str], ...] = (_loose, _loosest)  # the closest reading that matches wins


def example_spellings(doc: Document) -> list[Difference]:
    """Every near-identical pair of (example key, table field) in each operation section of `doc`."""
    listed = {(o.method, o.path) for o in doc.operation_list}
    differences: list[Difference] = []
    for section in doc.operations:
        if listed and section.uris[0] not in listed:
            continue  # not one of the operations in scope (chapter 2), as for the examples
        differences.extend(_section_spellings(doc, section))
    return differences


def _section_spellings(doc: Document, section: Section) -> Iterable[Difference]:
    fields: dict[str, tuple[Table, int]] = {}  # table field name -> the first table (and row line) that has it
    for table in section.tables:
        for row in table.rows:
            fields.setdefault(row.name, (table, row.line))
    used: dict[str, int] = {}  # example key -> the line of the example that uses it first
    for example in section.examples:
        if example.blocks:
            for key in _KEY.findall(repair(example.blocks).text):
                used.setdefault(key, example.line)
    prefix = f"{doc.id} §{section.number}" if section.number else doc.id
    reported: set[str] = set()
    for key, line in used.items():
        if key in fields:
            continue
        candidates = [name for name in fields if name not in used]
        for near in NEARNESS:
            matches = [name for name in candidates if near(name) == near(key)]
            if matches:
                break
        for name in matches:
            table, row_line = fields[name]
            difference_key = f"{prefix} {table.label}.{name}: {KIND}"
            if difference_key in reported:
                continue
            reported.add(difference_key)
            detail = f"the table ({doc.id}:{row_line}) spells `{name}`, the section's example ({doc.id}:{line}) `{key}`"
            yield Difference(difference_key, KIND, detail)
