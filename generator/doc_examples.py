"""The documents' request and response examples (请求示例 / 响应示例) as JSON values.

Only damage done by the PDF-to-text conversion is repaired, by the rules below; anything else the
document prints stays as it is, and an example that is still not JSON keeps `value: null` and its
`error`. Each example is a dict:

    {id, doc, section, line, operation, kind, status, text, value, repairs, error}

`id` is `<doc>-<section>-<kind>[-<status>]` (`004-5.3.1-request`, `003-response-200`), with `-2`, `-3`
appended when a section prints several examples of the same kind and status.

The message contracts (spec/metastudio-messages/*.yaml: WebSocket frames, LLM callback, live-control
commands) have examples too, printed as code blocks of the sections those files are transcribed from;
`extract_message_examples` reads every such block, with the same repair rules (and rule 5 for SSE), as

    {id, doc, section, line, file, definition, mapped_by, lead, form, part, status, text, value, repairs, error}

`id` is `<doc>-<section>-<n>` (`004-7.2.3-3`: the section's third example, blocks a page break split
counted once), and `<doc>-<section>-<n>.<k>` for the k-th event of a server-sent-events example.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import Draft202012Validator
from pydantic import BaseModel, ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT4, DRAFT202012

from digihuman.cross_field import validator_class
from generator.seed_doc import CodeBlock, Document, Example, JsonStrings, Section
from generator.spec_index import JSON, ROOT, SpecIndex, load_yaml

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
    strings, wrapped = JsonStrings(), False
    i = 0
    while i < len(text):
        ch = text[i]
        if strings.inside and ch == "\n":
            while out and out[-1] in " \t":
                out.pop()
            i += 1
            while i < len(text) and text[i] in " \t":
                i += 1
            wrapped = True
            continue
        strings.step(ch)
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
        validator = validator_class()({"$ref": f"urn:spec#{pointer}"}, registry=registry)
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


# --- the examples of the message contracts ---------------------------------------------------------------

MESSAGES = ROOT / "spec" / "metastudio-messages"
MODELS_PACKAGE = "metastudio_models"  # generated/metastudio_models/<file>.py, one model per def
NOT_MESSAGES = {"url", "code"}  # forms of code blocks that are no message: a URL, program code
_EXAMPLE_PARTS = {"request-examples", "response-examples"}
_REQUEST_LINE = re.compile(r"^(?:GET|POST|PUT|DELETE|PATCH)\s+(https?://\S+)$")
_URL = re.compile(r"^(?:wss?|https?)://\S+$")
_SSE_FIELD = re.compile(r"^(?:data|event|id|retry)(?::|$)")

# The field that tells a file's messages apart: each message def of the file gives it a `const`, and an
# example is an example of the def whose const it carries.
_DISCRIMINATORS: dict[str, tuple[str, ...]] = {
    # 004 l.20016 表7-455 `command	String	操作命令。 包含如下命令： … START_CHAT: 开始对话 …` and l.19984
    # 表7-451 `command	是	String	操作命令。…`: every frame but the connection response carries payload.command.
    "chat_websocket": ("payload", "command"),
    # 004 l.25586 `"message_type": "state_notify",` and l.25606 `"message_type": "live_control",`.
    "live_command": ("message_type",),
}
# Messages the document names in the prose line before the example: (file, words of the lead) -> def.
_NAMED_BY_LEAD: dict[tuple[str, str], str] = {
    # 004 l.19637 “2. MetaStudio接收WebSocket建立连接的请求后，返回响应消息。” and l.20053 “1. MetaStudio接收
    # WebSocket建立连接的请求后，如1所示，返回响应消息。”: the one frame without a payload (表7-454 only).
    ("chat_websocket", "建立连接的请求后"): "ConnectResponse",
}
# Messages the document names by where the example is printed: (file, part, status, form) -> (def, the name).
_NAMED_BY_PLACE: dict[tuple[str, str, str | None, str], tuple[str, str]] = {
    # 004 l.20143 “表 7-456 Query 参数” (secret, time_stamp): the query of `POST https://…?secret=…&time_stamp=…`.
    ("llm_callback", "request-examples", None, "request-line"): ("LlmCallbackQuery", "表7-456 Query 参数"),
    # 004 l.20151 “表 7-457 请求 Body 参数”.
    ("llm_callback", "request-examples", None, "json"): ("LlmCallbackRequest", "表7-457 请求 Body 参数"),
    # 004 l.20181 “请求参数“is_stream”取值为“false”时，响应Body体中的参数说明，如表7-461所示。”
    ("llm_callback", "response-examples", "200", "json"): ("LlmCallbackResponse", "表7-461 非流式响应 Body 体参数说明"),
    # 004 l.20176 表7-460 `Content-Type … text/event-stream;charset=UTF-8`, l.20208 表7-464 `data	String	…以SSE流式
    # 形式返回…`: each event's data is a chunk, modelled on 表7-461 (see the def's description).
    ("llm_callback", "response-examples", "200", "sse"): ("LlmStreamChunk", "表7-464 流式响应 Body 体参数说明"),
    # 004 l.20210 “状态码： 400”, l.20212 “表 7-465 响应 Body 参数”.
    ("llm_callback", "response-examples", "400", "json"): ("LlmCallbackErrorResponse", "表7-465 响应 Body 参数"),
}
# 004 l.20208 “流式响应结束的标识为：结尾必须使用“data:[DONE]”作为结束符。”: the terminator carries no chunk; it is
# checked as the SSE event of 表7-464 (`data` String).
_SSE_TERMINATOR = "[DONE]"
_SSE_EVENT_DEF = "LlmStreamResponseEvent"


def message_schemas(directory: Path = MESSAGES) -> dict[str, JSON]:
    """The message files by name (`chat_websocket`), as loaded."""
    return {path.stem: load_yaml(path) for path in sorted(directory.glob("*.yaml"))}


def message_sections(schemas: dict[str, JSON]) -> dict[str, str]:
    """Section number -> the message file transcribed from it (the file's and its defs' `x-doc-section`)."""
    result: dict[str, str] = {}
    for name, schema in schemas.items():
        for node in [schema, *schema.get("$defs", {}).values()]:
            number = str(node.get("x-doc-section") or "")
            if number and result.setdefault(number, name) != name:
                raise ValueError(f"§{number} is claimed by {result[number]} and {name}")
    return result


def extract_message_examples(doc: Document, schemas: dict[str, JSON]) -> list[dict[str, Any]]:
    """Every code block of the sections the message files are transcribed from. Blocks under 请求示例 /
    响应示例 of a section that documents a REST operation are that operation's examples (`extract_examples`):
    §5.3.1 (video_callback) prints no others."""
    sections = message_sections(schemas)
    result: list[dict[str, Any]] = []
    for section in doc.sections:
        name = sections.get(section.number or "")
        if name is None:
            continue
        blocks = [b for b in section.code_blocks if not (section.uris and b.part in _EXAMPLE_PARTS)]
        for number, group in enumerate(_groups(blocks), start=1):
            base = f"{doc.id}-{section.number}-{number}"
            for entry in _message_entries(base, name, schemas[name], group):
                result.append({"id": entry["id"], "doc": doc.name, "section": section.number, "file": name, **entry})
    return result


def _groups(blocks: list[CodeBlock]) -> list[list[CodeBlock]]:
    """The blocks with those a page break split joined: one group per example."""
    groups: list[list[CodeBlock]] = []
    for block in blocks:
        if block.continues and groups:
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def code_form(text: str) -> str:
    """What a code block holds, by its first line: sse (`data:…`), json, request-line (`POST https://…`),
    url, or code (anything else: program code)."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if first.startswith("data:"):
        return "sse"
    if first.startswith(("{", "[")):
        return "json"
    if _REQUEST_LINE.match(first):
        return "request-line"
    return "url" if _URL.match(first) else "code"


def _message_entries(base: str, name: str, schema: JSON, group: list[CodeBlock]) -> list[dict[str, Any]]:
    """One entry per example (per event of a server-sent-events example) of one group of blocks."""
    head = group[0]
    form = code_form(head.text)
    shown = {"lead": head.lead, "form": form, "part": head.part, "status": head.status}

    def entry(example_id: str, line: int, found: tuple[str | None, str], body: Repaired) -> dict[str, Any]:
        definition, how = found
        return {"id": example_id, "line": line, "definition": definition, "mapped_by": how, **shown} | {
            "text": body.text,
            "value": body.value,
            "repairs": list(body.repairs),
            "error": body.error,
        }

    if form == "sse":
        entries = []
        for k, event in enumerate(split_events(group), start=1):
            if event.data == _SSE_TERMINATOR:
                found: tuple[str | None, str] = (_SSE_EVENT_DEF, "data:[DONE], the terminator (表7-464): an SSE event")
                body = Repaired(event.text, {"data": event.data}, tuple(event.repairs), None)
            else:
                found = _message_definition(name, schema, head, form, None, event.text)
                value, error = event.parsed()
                body = Repaired(event.text, value, tuple(event.repairs), error)
            entries.append(entry(f"{base}.{k}", event.line, found, body))
        return entries
    line = head.line + 1 + next((n for n, t in enumerate(head.text.split("\n")) if t.strip()), 0)
    if form == "json":
        body = repair([block.text for block in group])
    else:
        text = "\n".join(_drop_hard_line_breaks(block.text).strip() for block in group)
        match = _REQUEST_LINE.match(text) if form == "request-line" else None
        body = Repaired(text, dict(parse_qsl(urlsplit(match.group(1)).query)) if match else None, (), None)
    if form in NOT_MESSAGES:
        found = (None, "not a message: " + ("a URL" if form == "url" else "program code"))
    else:
        found = _message_definition(name, schema, head, form, body.value, body.text)
    return [entry(base, line, found, body)]


def _message_definition(
    name: str, schema: JSON, head: CodeBlock, form: str, value: Any, text: str
) -> tuple[str | None, str]:
    """The def an example is an example of, and how it was found: by the file's discriminator (read from
    the value, or from the text when that is not JSON), else by the document's naming of the message."""
    path = _DISCRIMINATORS.get(name)
    if path is not None:
        found, source = _discriminator(path, value, text)
        if found is not None:
            defs = [d for d, const in _defs_by_const(schema, path) if const == found]
            where = ".".join(path)
            if len(defs) == 1:
                return defs[0], f"{where} {found}{source}: the def whose {where} is const {found}"
            return None, f"{where} {found}{source}: {len(defs)} defs have this const"
    for (file, words), definition in _NAMED_BY_LEAD.items():
        if file == name and words in head.lead:
            return definition, f"named by the lead “{words}”"
    named = _NAMED_BY_PLACE.get((name, head.part, head.status, form))
    if named is not None:
        status = f" {head.status}" if head.status else ""
        return named[0], f"printed as {form} under {head.part}{status}: {named[1]}"
    return None, "no rule maps it"


def _discriminator(path: tuple[str, ...], value: Any, text: str) -> tuple[str | None, str]:
    if value is not None:
        node = value
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        return (node, "") if isinstance(node, str) else (None, "")
    found = set(re.findall(rf'"{re.escape(path[-1])}"\s*:\s*"([^"]*)"', text))
    return (found.pop(), " (read from the text, which is not JSON)") if len(found) == 1 else (None, "")


def _defs_by_const(schema: JSON, path: tuple[str, ...]) -> list[tuple[str, str]]:
    """(def, const) for each def of the file that fixes the value at `path` (following `$ref`s)."""
    defs: dict[str, JSON] = schema.get("$defs", {})
    result = []
    for def_name, node in defs.items():
        for key in path:
            node = (node.get("properties") or {}).get(key) or {}
            if "$ref" in node:
                node = defs.get(node["$ref"].rsplit("/", 1)[-1], {})
        if "const" in node:
            result.append((def_name, str(node["const"])))
    return result


@dataclass
class SseEvent:
    line: int  # document line of its first line
    lines: list[str]
    repairs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def data(self) -> str | None:
        """The event's data as SSE defines it: the `data:` lines (one leading space dropped), joined by
        newlines; other lines are other fields, or not fields (and ignored). None without a data line."""
        values = [line[5:] for line in self.lines if line.startswith("data:")]
        return "\n".join(v[1:] if v.startswith(" ") else v for v in values) if values else None

    def parsed(self) -> tuple[Any, str | None]:
        """The data as JSON, or None and why not."""
        data = self.data
        if data is None:
            return None, "no data: field (SSE dispatches no event)"
        try:
            return json.loads(data), None
        except json.JSONDecodeError as exc:
            ignored = any(not line.startswith("data:") for line in self.lines)
            note = " (lines without `data:` are not part of an SSE event's data)" if ignored else ""
            return None, f"not JSON: {exc}{note}"


def split_events(blocks: list[CodeBlock]) -> list[SseEvent]:
    """A server-sent-events example: its blocks' lines (rules 0 and 5 applied), split into events at blank
    lines."""
    rows: list[tuple[int, str]] = []  # (document line, text)
    joined: set[int] = set()
    dropped: set[int] = set()
    for block in blocks:
        lines = [(block.line + 1 + n, t.rstrip()) for n, t in enumerate(block.text.split("\n"))]
        dropped.update(n for n, t in lines if _PAGE_FURNITURE.match(t))
        lines = [(n, t) for n, t in lines if n not in dropped]
        while rows and not rows[-1][1]:
            rows.pop()
        if rows and lines and _cut_by_page_break(rows[-1][1], lines[0][1]):
            rows[-1] = (rows[-1][0], rows[-1][1] + lines.pop(0)[1].strip())
            joined.add(rows[-1][0])
        rows.extend(lines)
    events: list[SseEvent] = []
    for blank, run in itertools.groupby(rows, key=lambda row: not row[1].strip()):
        if not blank:
            taken = list(run)
            event = SseEvent(taken[0][0], [t for _, t in taken])
            if any(taken[0][0] <= n <= taken[-1][0] for n in dropped):
                event.repairs.append("page header or footer dropped")
            if any(n in joined for n, _ in taken):
                event.repairs.append("SSE line cut by a page break joined")
            events.append(event)
    return events


def _cut_by_page_break(last: str, first: str) -> bool:
    """Rule 5 — an SSE line cut at a page end: within a page the converter keeps a long printed line whole,
    at a page end it breaks it, and the next page starts with the rest (004 §7.3.1: l.20334 ends
    `"choices":`, l.20338 goes on `[{"message": …`). So a block ending in a `data:` line and the next
    block starting right away (no blank line) with a line that is no SSE field are one line."""
    return last.startswith("data:") and bool(first.strip()) and not _SSE_FIELD.match(first)


def message_example_failures(examples: list[dict[str, Any]], schemas: dict[str, JSON]) -> dict[str, str]:
    """id -> why the example is not a valid message: not JSON, no def, or the JSON Schema (draft 2020-12)
    validator's and the generated pydantic model's first errors. URLs and program code are no messages
    and are absent, as are examples that validate."""
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], DRAFT202012.create_resource(schema)) for schema in schemas.values()
    )
    failures: dict[str, str] = {}
    for example in examples:
        if example["form"] in NOT_MESSAGES:
            continue
        if example["error"]:
            failures[example["id"]] = example["error"]
            continue
        definition, name = example["definition"], example["file"]
        if definition is None:
            failures[example["id"]] = f"no message definition ({example['mapped_by']})"
            continue
        ref = f"{schemas[name]['$id']}#/$defs/{definition}"
        validator = Draft202012Validator({"$ref": ref}, registry=registry)
        problems = [
            f"schema at /{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}"
            for e in sorted(validator.iter_errors(example["value"]), key=lambda e: list(e.absolute_path))
        ]
        problems.extend(_model_errors(name, definition, example["value"]))
        if problems:
            failures[example["id"]] = "; ".join(problems[:4]) + (
                f" (+{len(problems) - 4} more)" if len(problems) > 4 else ""
            )
    return failures


def _model_errors(name: str, definition: str, value: Any) -> list[str]:
    """The generated pydantic model of the same name on the value."""
    model = getattr(importlib.import_module(f"{MODELS_PACKAGE}.{name}"), definition, None)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return [f"no model {MODELS_PACKAGE}.{name}.{definition}"]
    try:
        model.model_validate(value)
    except ValidationError as exc:
        return [f"model at /{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
    return []
