"""The documents' request and response examples (请求示例 / 响应示例) as JSON values.

Only damage done by the PDF-to-text conversion is repaired, by the rules below; anything else the
document prints stays as it is, and an example that is still not JSON keeps `value: null` and its
`error`. Each example is a dict:

    {id, doc, section, line, operation, kind, status, text, value, repairs, error}

`id` is `<doc>-<section>-<kind>[-<status>]` (`004-5.3.1-request`, `003-response-200`), with `-2`, `-3`
appended when a section prints several examples of the same kind and status.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_schema_validator import OAS30Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

from generator.seed_doc import Document, Example, Section
from generator.spec_index import SpecIndex

_PAGE_FURNITURE = re.compile(r"^\s*(?:文档版本\s*\d+\s*\(\d{4}-\d{2}-\d{2}\)|版权所有\s*©)")
_CLOSERS_ONLY = re.compile(r"^[\s}\],]+$")  # also matches a whole block of closers (re.match, `\s` spans lines)
_LONE_OPENER = re.compile(r"^\s*[{\[]\s*$")
_STARTS_STRUCTURE = re.compile(r'^\s*([{}\[\]",]|true|false|null|-?\d)')


@dataclass(frozen=True)
class Repaired:
    text: str
    value: Any
    repairs: tuple[str, ...]
    error: str | None


def extract_examples(doc: Document) -> list[dict[str, Any]]:
    """Every example with a body, of every operation the document lists (all of a single page)."""
    listed = {(o.method, o.path) for o in doc.operation_list}
    result: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for section in doc.operations:
        if listed and section.uris[0] not in listed:
            continue  # not one of the operations in scope (chapter 2)
        for example in section.examples:
            if example.blocks:
                result.append(_entry(doc, section, example, seen))
    return result


def _entry(doc: Document, section: Section, example: Example, seen: dict[str, int]) -> dict[str, Any]:
    parts = [doc.id, section.number, example.kind, example.status]
    base = "-".join(p for p in parts if p)
    seen[base] = seen.get(base, 0) + 1
    repaired = repair(example.blocks)
    method, path = section.uris[0]
    return {
        "id": base if seen[base] == 1 else f"{base}-{seen[base]}",
        "doc": doc.name,
        "section": section.number,
        "line": example.line,
        "operation": f"{method} {path}",
        "kind": example.kind,
        "status": example.status,
        "text": repaired.text,
        "value": repaired.value,
        "repairs": list(repaired.repairs),
        "error": repaired.error,
    }


def repair(blocks: list[str]) -> Repaired:
    """The example's blocks joined into one JSON text by the rules below: the first joining that parses,
    or (when none does) the blocks as printed, with the parser's complaint."""
    blocks, furniture = _drop_page_furniture([_drop_hard_line_breaks(b) for b in blocks])
    blocks, residue = _drop_residue(blocks)
    attempts: list[Repaired] = []
    for joined, joins in _joinings(blocks):
        text, wrapped = join_wrapped_strings(joined)
        repairs = furniture + residue + joins + (("string wrapped at a line end",) if wrapped else ())
        try:
            return Repaired(text, json.loads(text), repairs, None)
        except json.JSONDecodeError as exc:
            attempts.append(Repaired(text, None, repairs, f"not JSON: {exc}"))
    return attempts[0]


# --- the repair rules ------------------------------------------------------------------------------


def _drop_hard_line_breaks(block: str) -> str:
    """The converter ends most lines with two spaces (a markdown line break): layout, not content."""
    return "\n".join(line.rstrip() for line in block.split("\n")).strip("\n")


def _drop_page_furniture(blocks: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Rule 0 — a page header or footer inside a block (`文档版本 01 (2024-11-14)`, `版权所有 © …`) is
    dropped. None occurs in 004 as converted; a new conversion of the PDF may print them."""
    kept = ["\n".join(line for line in b.split("\n") if not _PAGE_FURNITURE.match(line)) for b in blocks]
    return kept, (("page header or footer dropped",) if kept != blocks else ())


def _drop_residue(blocks: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Rule 4 — a block of closing brackets only, after blocks that already make a whole value, is
    residue of the page break (004 §5.1.1, §7.1.3.1): dropped."""
    if len(blocks) > 1 and _CLOSERS_ONLY.match(blocks[-1]) and _parses("\n".join(blocks[:-1])):
        return blocks[:-1], ("closing brackets repeated after a page break",)
    return blocks, ()


def _parses(text: str) -> bool:
    try:
        json.loads(join_wrapped_strings(text)[0])
    except json.JSONDecodeError:
        return False
    return True


def join_wrapped_strings(text: str) -> tuple[str, bool]:
    """Rule 1 — a string wrapped at the end of a printed line (long URLs): the line break and the
    indentation around it are layout; the string is joined without them."""
    out: list[str] = []
    in_string = escaped = wrapped = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_string and ch == "\n":
            while out and out[-1] in " \t":
                out.pop()
            i += 1
            while i < len(text) and text[i] in " \t":
                i += 1
            wrapped = True
            continue
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        out.append(ch)
        i += 1
    return "".join(out), wrapped


@dataclass(frozen=True)
class _PageBreak:
    """How one page break between two blocks is undone."""

    closers: int = 0  # rule 2: trailing lines of closing brackets the converter added
    unquote: bool = False  # rule 2: the closing quote it put after a string cut at the page end
    reopened: bool = False  # rule 3: the lone `{` / `[` it put at the top of the next page

    @property
    def cost(self) -> int:
        return self.closers + self.unquote + self.reopened

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(
            rule
            for rule, used in (
                ("closing brackets added at a page end", self.closers > 0),
                ("closing quote added at a page end", self.unquote),
                ("bracket reopened after a page break", self.reopened),
            )
            if used
        )


def _page_break_options(before: str, after: str) -> list[_PageBreak]:
    """Rule 2 — the page end closed what was open: trailing lines made only of `}`, `]` and `,`, and a
    closing quote after a string cut at the page end (the next page then starts inside the string).
    Rule 3 — the next page reopened the value: a continuation starting with a lone `{` or `[` line."""
    lines = before.split("\n")
    closers = 0
    while closers < len(lines) - 1 and _CLOSERS_ONLY.match(lines[-1 - closers]):
        closers += 1
    first_line = after.split("\n", 1)[0]
    reopen = (False, True) if _LONE_OPENER.match(first_line) else (False,)
    mid_string = not _STARTS_STRUCTURE.match(first_line)
    options = []
    for dropped, reopened in itertools.product(range(closers + 1), reopen):
        options.append(_PageBreak(dropped, False, reopened))
        if mid_string and lines[len(lines) - 1 - dropped].endswith('"'):
            options.append(_PageBreak(dropped, True, reopened))
    return options


def _joinings(blocks: list[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The blocks joined at each page break in every way rules 2 and 3 allow, fewest changes first (the
    first is the blocks as printed)."""
    per_break = [_page_break_options(blocks[i], blocks[i + 1]) for i in range(len(blocks) - 1)]
    for combo in sorted(itertools.product(*per_break), key=lambda c: sum(b.cost for b in c)):
        yield _join(blocks, combo), tuple(rule for b in combo for rule in b.rules)


def _join(blocks: list[str], breaks: tuple[_PageBreak, ...]) -> str:
    pieces = [block.split("\n") for block in blocks]
    for i, page_break in enumerate(breaks):
        before, after = pieces[i], pieces[i + 1]
        if page_break.closers:
            del before[-page_break.closers :]
        if page_break.reopened:
            del after[0]
        if page_break.unquote:
            before[-1] = before[-1][:-1] + after.pop(0).lstrip()  # the string goes on
    return "\n".join(line for piece in pieces for line in piece)


# --- validation against the spec ----------------------------------------------------------------------


def example_failures(examples: list[dict[str, Any]], index: SpecIndex) -> dict[str, str]:
    """id -> why the example does not fit the spec (not JSON, no such operation/body/status, or the
    validator's first errors). Examples that validate are absent."""
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT4.create_resource(index.spec))
    failures: dict[str, str] = {}
    for example in examples:
        if example["error"]:
            failures[example["id"]] = example["error"]
            continue
        pointer, problem = _schema_pointer(example, index)
        if pointer is None:
            failures[example["id"]] = problem
            continue
        validator = OAS30Validator({"$ref": f"urn:spec#{pointer}"}, registry=registry)
        errors = sorted(validator.iter_errors(example["value"]), key=lambda e: list(e.absolute_path))
        if errors:
            failures[example["id"]] = "; ".join(
                f"at /{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}" for e in errors[:3]
            ) + (f" (+{len(errors) - 3} more)" if len(errors) > 3 else "")
    return failures


def _schema_pointer(example: dict[str, Any], index: SpecIndex) -> tuple[str | None, str]:
    """The JSON pointer (within the spec) of the schema the example must fit, or why there is none."""
    method, path = example["operation"].split(" ", 1)
    doc_id = example["doc"].split("_", 1)[0]
    op = (index.by_section(doc_id, example["section"]) if example["section"] else None) or index.by_uri(method, path)
    if op is None:
        return None, f"no operation {example['operation']} in the spec"
    where = f"/paths/{_escape(op.path)}/{op.method.lower()}"
    if example["kind"] == "request":
        where, holder = f"{where}/requestBody", op.spec.get("requestBody")
        absent = "the operation has no request body in the spec"
    else:
        status = example["status"]
        where, holder = f"{where}/responses/{status}", op.spec.get("responses", {}).get(status)
        absent = f"the operation has no response {status} in the spec"
    if holder is not None and "$ref" in holder:  # a shared request body or response
        where, holder = holder["$ref"].lstrip("#"), index.resolve(holder)
    content = (holder or {}).get("content") or {}
    media = "application/json" if "application/json" in content else next(iter(content), None)
    if holder is None:
        return None, absent
    if media is None:
        return None, f"{where.rsplit('/', 1)[-1]} has no body in the spec"
    return f"{where}/content/{_escape(media)}/schema", ""


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
