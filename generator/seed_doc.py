"""Read a vendor's API document (spec/sources/*.txt): sections, URIs, parameter tables and examples.

Two layouts are understood:
- "pdf" (004, the API reference converted from PDF): markdown-like headings `### 5.3.1 创建…`, tables as
  tab-separated rows under a title `表 5-124 VideoConfig` and a header row `参数	是否必选	参数类型	描述`
  (no 是否必选 column in response tables). A table split at a page break continues after a repeated header
  row; a row whose first cells are empty continues the last cell of the row before the break; a field
  name (or a type name) broken across lines shows up with a space inside (`meta_hu man_id`).
  Every fenced block of a pdf section is also kept as printed (`Section.code_blocks`), wherever it is:
  the message examples of the non-REST contracts (§7.2.2's WebSocket frames, §12.6) are printed outside
  请求示例 / 响应示例.
- "web" (001, 003: one operation per page): one table cell per line, titles `表9 VideoConfig` or
  `Table 5 VideoConfig`, headings `状态码: 200` / `Status code: 200`. 003 prints the 是否必选 header
  but no values: its required flags are unknown.

Everything here is about the document only; `generator.doc_check` compares it with the spec.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator.seed_constraints import Constraints, extract

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
_URI = re.compile(r"^(GET|POST|PUT|DELETE|PATCH)\s+(/\S*)\s*$")
_SECTION_HEADING = re.compile(r"^#{1,6}\s*(\d+(?:\.\d+)+)\s+(\S.*)$")
_CHAPTER_HEADING = re.compile(r"^#\s*(\d+)\s+\S")
_PDF_TABLE_TITLE = re.compile(r"^表\s*(\d+-\d+)\s+(\S.*)$")
_WEB_TABLE_TITLE = re.compile(r"^(?:表\s*(\d+)|Table\s+(\d+))\s+(\S.*)$")
_STATUS = re.compile(r"^[#*\s]*(?:状态码|Status code)\s*[：:]\s*(\d{3})\s*\**\s*$")
_DATE = re.compile(r"(?:发布日期|更新时间|Updated on|Last updated)\s*[：:]?\s*(\d{4})-(\d{2})-(\d{2})")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_WEB_TYPE = re.compile(
    r"^(String|Integer|Long|Float|Double|Number|Boolean|Object|Array of .+|[A-Za-z0-9_]+ objects?|Map<.+>)$"
)
_REQUIRED_WORDS = {"是": True, "否": False, "Yes": True, "No": False}
_HEADER_WORDS = {"参数", "是否必选", "参数类型", "描述", "Parameter", "Mandatory", "Type", "Description"}

# Table titles that stand for a place in the request or response rather than an object.
_ROLES = {
    "路径参数": "path",
    "pathparameters": "path",
    "query参数": "query",
    "queryparameters": "query",
    "请求header参数": "header",
    "requestheaderparameters": "header",
    "请求body参数": "body",
    "requestbodyparameters": "body",
    "响应header参数": "response-header",
    "responseheaderparameters": "response-header",
    "响应body参数": "response-body",
    "responsebodyparameters": "response-body",
}
_REQUEST_ROLES = {"path", "query", "header", "body"}
# Headings (pdf: after `#`s; web: whole lines) that move between the parts of an operation's page.
_REQUEST_PART = {"请求参数", "Request Parameters"}
_RESPONSE_PART = {"响应参数", "Response Parameters"}
_REQUEST_EXAMPLES = {"请求示例", "Example Requests", "Example Request"}
_RESPONSE_EXAMPLES = {"响应示例", "Example Responses", "Example Response"}
_END_OF_EXAMPLES = {"状态码", "Status Codes", "错误码", "Error Codes", "SDK代码示例", "SDK Sample Code"}
# The sentence between a step and its code block (`代码示例如下所示：`, `示例代码，如下所示：`): not the block's lead.
_CODE_INTRO = re.compile(r"^(?:代码示例|示例代码)[，,]?\s*如下所示\s*[：:]$")


@dataclass
class Row:
    name: str
    type: str  # the type cell, tags stripped: String, Integer, Array of strings, VideoConfig object, …
    required: bool | None  # None when the document gives no 是否必选 value
    description: str  # plain text: one paragraph or bullet item (`• VALUE: meaning`) per line
    line: int  # 1-based line of the row in the document

    @property
    def constraints(self) -> Constraints:
        return extract(self.description, self.type)


@dataclass
class Table:
    number: str  # "5-124" (pdf) or "9" (web)
    title: str  # "VideoConfig", "请求 Body 参数"
    role: str  # path | query | header | body | response-header | response-body | object
    side: str  # "request", or the response status ("200") the table is printed under
    line: int
    rows: list[Row] = field(default_factory=list)
    word: str = "表"  # how the document says "table": 表, or Table (001)

    @property
    def name(self) -> str:
        """The title without spaces: `请求Body参数`, `VideoConfig`, `RequestBodyParameters`."""
        words = self.title.split()
        if len(words) > 1 and all(w.isascii() for w in words):  # `Request body parameters`
            return "".join(w[:1].upper() + w[1:] for w in words)
        return "".join(words)

    @property
    def label(self) -> str:
        """`表5-124 VideoConfig`, `表9 VideoConfig`, `Table5 VideoConfig`."""
        return f"{self.word}{self.number} {self.name}"


@dataclass
class Example:
    kind: str  # request | response
    status: str | None  # the response status it is printed under
    line: int
    blocks: list[str]  # the text as printed; a page break splits one example into several blocks
    url: str | None = None  # the request line (`POST https://…`) printed before a request body


@dataclass
class CodeBlock:
    """A fenced block of a pdf section, as printed."""

    line: int  # 1-based line of the opening fence; the text starts on the next line
    text: str
    part: str  # where it is printed: text | request-examples | response-examples | done
    status: str | None  # the response status it is printed under (`状态码：400`); None outside 响应示例
    lead: str  # the last line of prose before it (a step such as `2. MetaStudio…返回响应消息。`, a heading)
    continues: bool  # the rest of the block before it, cut by a page break (see `_continues`)


@dataclass
class Section:
    number: str | None  # "5.3.1"; None for a one-operation web page
    title: str
    line: int
    uris: list[tuple[str, str]] = field(default_factory=list)  # (METHOD, /v1/{project_id}/…)
    tables: list[Table] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    code_blocks: list[CodeBlock] = field(default_factory=list)  # pdf layout only


@dataclass(frozen=True)
class ListedOperation:
    """A `METHOD path` row of the operation list (004 chapter 2, tables 2-1 … 2-24)."""

    method: str
    path: str
    table: str  # "2-5"
    line: int


@dataclass
class Document:
    name: str  # file name: 004_98b9bb343f7d51e5.txt
    layout: str  # pdf | web
    date: date | None
    sections: list[Section]
    operation_list: list[ListedOperation]

    @property
    def id(self) -> str:
        """The number the file name starts with ("004"): stable across new versions of a document."""
        return self.name.split("_", 1)[0]

    def section(self, number: str) -> Section | None:
        return next((s for s in self.sections if s.number == number), None)

    @property
    def operations(self) -> list[Section]:
        """The sections that document one REST operation (they print a URI)."""
        return [s for s in self.sections if s.uris]


def read_document(path: Path) -> Document:
    return parse_document(path.name, path.read_text(encoding="utf-8"))


def parse_document(name: str, text: str) -> Document:
    lines = text.splitlines()
    layout = "pdf" if any(line.startswith("参数\t") for line in lines) else "web"
    if layout == "pdf":
        sections = _pdf_sections(lines)
    else:
        sections = [_web_page(lines)]
    return Document(name, layout, document_date(lines), sections, _operation_list(lines))


def document_date(lines: list[str]) -> date | None:
    """The publication or update date printed in the first lines (004 `发布日期`, 003 `更新时间`)."""
    for line in lines[:40]:
        match = _DATE.search(line)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return None


# --- cells -----------------------------------------------------------------------------------------


# The HTML the converter left in cells; `Map<String, X>` and `<YOUR REGION>` are text, not tags.
_TAG = re.compile(r"</?(?:a|b|p|ul|ol|li|br|span|strong|em|i|u|code|pre|sup|sub|div)\b[^<>]*>", re.IGNORECASE)


def plain_text(cell: str) -> str:
    """A description cell without HTML: one paragraph or bullet item per line, bullets as `• `."""
    text = re.sub(r"<li\b[^<>]*>", "\n• ", cell)
    text = re.sub(r"</?(?:p|ul|ol|br|pre|li)\b[^<>]*>", "\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\\_", "_").replace("**", "")  # markdown bold left by the converter
    lines = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        # `<li>• VALUE` and web pages' `  • VALUE` come out as `• • VALUE` / `• VALUE`
        line = re.sub(r"^(?:[•●·]\s*)+", "• ", line)
        line = re.sub(r"^•\s*-\s+", "• ", line)
        if line:
            lines.append(line)
    return "\n".join(lines)


def type_cell(cell: str) -> str:
    """`<b>LiveEventCall BackConfig</b> object` -> `LiveEventCallBackConfig object` (names broken by the PDF)."""
    text = " ".join(html.unescape(_TAG.sub("", cell)).replace("\\_", "_").split())
    match = re.fullmatch(r"(Array of )?(.+?) (objects?)", text)
    if match and match.group(2) not in {"strings", "integers"}:
        return f"{match.group(1) or ''}{match.group(2).replace(' ', '')} {match.group(3)}"
    match = re.fullmatch(r"Map<\s*String\s*,\s*(.+?)\s*>", text)
    if match:
        return f"Map<String, {match.group(1).replace(' ', '')}>"
    return text


def field_name(cell: str) -> str:
    """`backup_mode l_asset_ids` -> `backup_model_asset_ids`: a name never contains a space."""
    return "".join(html.unescape(_TAG.sub("", cell)).replace("\\_", "_").split())


def table_role(title: str) -> str:
    return _ROLES.get("".join(title.split()).lower(), "object")


# --- pdf layout --------------------------------------------------------------------------------------


def _heading_text(line: str) -> str:
    """`## 请求示例` / `### 【请求参数】` -> the words."""
    return line.lstrip("#").strip().strip("【】").strip()


def _pdf_sections(lines: list[str]) -> list[Section]:
    starts: list[tuple[int, str, str]] = []
    ends: list[int] = []
    for i, line in enumerate(lines):
        match = _SECTION_HEADING.match(line)
        if match:
            starts.append((i, match.group(1), match.group(2).strip()))
            ends.append(i)
        elif _CHAPTER_HEADING.match(line):
            ends.append(i)
    ends.append(len(lines))
    sections = []
    for start, number, title in starts:
        end = min(e for e in ends if e > start)
        sections.append(_pdf_section(lines, start, end, number, title))
    return sections


def _pdf_section(lines: list[str], start: int, end: int, number: str, title: str) -> Section:
    section = Section(number, title, start + 1)
    side = "request"
    part = "text"  # text | request-examples | response-examples
    status: str | None = None
    joinable = False  # the last example block may continue in the next one (nothing printed between)
    lead = ""
    i = start + 1
    while i < end:
        line = lines[i]
        heading = _heading_text(line) if line.startswith("#") else ""
        status_match = _STATUS.match(line)
        if status_match:
            status = status_match.group(1)
            if part == "text":
                side = status
        elif heading in _RESPONSE_PART:
            side, status = "200", "200"
        elif heading in _REQUEST_EXAMPLES:
            part = "request-examples"
        elif heading in _RESPONSE_EXAMPLES:
            part, status = "response-examples", None
        elif heading in _END_OF_EXAMPLES:
            part = "done"
        elif part == "text" and _URI.match(line.replace("\\_", "_")):
            uri_text, i = _wrapped_uri(lines, i)
            uri = _URI.match(uri_text)
            if uri:
                section.uris.append((uri.group(1), uri.group(2)))
        elif part == "text" and _PDF_TABLE_TITLE.match(_unbold(line)):
            table, i = _pdf_table(lines, i, end, side)
            if table:
                section.tables.append(table)
            lead = line.strip()
            continue
        elif line.startswith("```"):
            after = _keep_code_block(lines, i, end, section, part, status, lead, joinable)
            if part in {"request-examples", "response-examples"}:
                _pdf_code_block(lines, i, end, section, part, status, joinable)
            i, joinable = after, True
            continue
        elif part == "request-examples" and _request_line(line):
            section.examples.append(Example("request", None, i + 1, [], url=_request_line(line)))
        if line.strip():
            joinable = False
            if not _CODE_INTRO.match(line.strip()):
                lead = line.strip()
        i += 1
    return section


def _unbold(line: str) -> str:
    """`**表 7-405** 路径参数` -> `表 7-405 路径参数`."""
    return line.replace("**", "")


def _wrapped_uri(lines: list[str], i: int) -> tuple[str, int]:
    """The URI line at i joined with the rest of a path that wrapped onto the next line; returns the
    last line used."""
    text = lines[i].replace("\\_", "_").strip()
    following = lines[i + 1].replace("\\_", "_").strip() if i + 1 < len(lines) else ""
    if text.endswith("/") and re.fullmatch(r"[\w{}\-./]+", following):
        return text + following, i + 1
    return text, i


def _pdf_table(lines: list[str], i: int, end: int, side: str) -> tuple[Table | None, int]:
    """The table titled at line i, rows merged across page breaks; returns the line after it."""
    title = _PDF_TABLE_TITLE.match(_unbold(lines[i]))
    assert title is not None
    j = _next_nonblank(lines, i + 1, end)
    if j >= end or not lines[j].startswith("参数\t"):
        return None, i + 1
    header = lines[j].split("\t")
    has_required = "是否必选" in header
    role = table_role(title.group(2))
    table_side = "request" if role in _REQUEST_ROLES else side
    table = Table(title.group(1), title.group(2).replace("\\_", "_").strip(), role, table_side, i + 1)
    k = j + 1
    while k < end:
        line = lines[k]
        if not line.strip() or line.startswith("参数\t"):  # blank, or the header repeated after a page break
            k += 1
            continue
        if "\t" not in line:
            break
        _add_pdf_row(table, line.split("\t"), has_required, k + 1)
        k += 1
    return table, k


def _add_pdf_row(table: Table, cells: list[str], has_required: bool, line: int) -> None:
    if not cells[0].strip() and table.rows:
        # The last cell of the previous row, continued after a page break.
        continued = plain_text(" ".join(c for c in cells if c.strip()))
        previous = table.rows[-1]
        previous.description = "\n".join(p for p in (previous.description, continued) if p)
        return
    if has_required:
        cells = (cells + ["", "", "", ""])[:4]
        required = _REQUIRED_WORDS.get(cells[1].strip())
        type_, description = cells[2], cells[3]
    else:
        cells = (cells + ["", "", ""])[:3]
        required, type_, description = None, cells[1], cells[2]
    table.rows.append(Row(field_name(cells[0]), type_cell(type_), required, plain_text(description), line))


def _next_nonblank(lines: list[str], i: int, end: int) -> int:
    while i < end and not lines[i].strip():
        i += 1
    return i


def _request_line(line: str) -> str | None:
    """`POST https://{endpoint}/v1/…` (sometimes in angle brackets, sometimes only the URL) printed before a
    request body."""
    text = line.strip().replace("<", "").replace(">", "")
    method = text.split(" ", 1)[0]
    if text.startswith(("https://", "http://")) or (method in METHODS and "://" in text):
        return text
    return None


def _pdf_code_block(
    lines: list[str], i: int, end: int, section: Section, part: str, status: str | None, joinable: bool
) -> int:
    """Adds the fenced block at line i to the section's examples; returns the line after the fence."""
    k = i + 1
    while k < end and not lines[k].startswith("```"):
        k += 1
    content = lines[i + 1 : k]
    value_start = next((n for n, line in enumerate(content) if line.lstrip().startswith(("{", "["))), len(content))
    lead = [line.strip() for line in content[:value_start] if line.strip()]
    last = section.examples[-1] if section.examples else None
    if part == "request-examples" and lead and _request_line(lead[0]):
        # A request line at the top of the block; a long URL wraps onto the next lines.
        section.examples.append(Example("request", None, i + 1, [], url=_request_line("".join(lead))))
        content, joinable = content[value_start:], False
    elif part == "request-examples" and lead and last and last.url and not last.blocks:
        last.url += "".join(lead)  # the rest of a request line printed above the block
        content = content[value_start:]
    text = "\n".join(content)
    if text.strip():
        kind = "request" if part == "request-examples" else "response"
        _add_example_block(section, Example(kind, status if kind == "response" else None, i + 1, [text]), joinable)
    return k + 1


def _keep_code_block(
    lines: list[str], i: int, end: int, section: Section, part: str, status: str | None, lead: str, joinable: bool
) -> int:
    """Adds the fenced block at line i to the section's code blocks as printed; returns the line after it."""
    k = i + 1
    while k < end and not lines[k].startswith("```"):
        k += 1
    text = "\n".join(lines[i + 1 : k])
    group: list[str] = []  # the blocks the one before this belongs with
    for block in reversed(section.code_blocks):
        group.insert(0, block.text)
        if not block.continues:
            break
    continues = joinable and bool(group) and _continues("\n".join(group), text)
    shown_status = status if part == "response-examples" else None
    section.code_blocks.append(CodeBlock(i + 1, text, part, shown_status, lead, continues))
    return k + 1


def _continues(before: str, text: str) -> bool:
    """Printed right after `before` with only blank lines between (a page break), `text` is the rest of it
    when it cannot start a value of its own (it does not open with `{` or `[`) or `before` is still open."""
    return not text.lstrip().startswith(("{", "[")) or not _balanced(before)


def _add_example_block(section: Section, block: Example, joinable: bool) -> None:
    """A block belongs to the example before it when that one is a request line still waiting for its
    body, or when only blank lines separate them (a page break) and the block cannot start an example of
    its own or the one before is still open."""
    last = section.examples[-1] if section.examples else None
    if last is None or (last.kind, last.status) != (block.kind, block.status):
        section.examples.append(block)
        return
    text = block.blocks[0]
    if not last.blocks and last.url:
        last.blocks.append(text)
    elif joinable and last.blocks and _continues("\n".join(last.blocks), text):
        last.blocks.append(text)
    else:
        section.examples.append(block)


class JsonStrings:
    """Tracks, one character at a time, whether a scan of JSON text is inside a string (escapes included)."""

    def __init__(self) -> None:
        self.inside = False
        self._escaped = False

    def step(self, ch: str) -> bool:
        """Feed `ch`; True when it belongs to a string, its quotes included."""
        if self.inside:
            if self._escaped:
                self._escaped = False
            elif ch == "\\":
                self._escaped = True
            elif ch == '"':
                self.inside = False
            return True
        self.inside = ch == '"'
        return self.inside


def _balanced(text: str) -> bool:
    """True when every bracket opened outside a string is closed."""
    depth, strings = 0, JsonStrings()
    for ch in text:
        if strings.step(ch):
            continue
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return depth <= 0 and not strings.inside


def _operation_list(lines: list[str]) -> list[ListedOperation]:
    """Chapter 2's tables (`表 2-N …接口`, header `接口	说明`): one `METHOD path` per row."""
    result: list[ListedOperation] = []
    table: str | None = None
    for i, line in enumerate(lines):
        title = _PDF_TABLE_TITLE.match(line)
        if title:
            table = title.group(1) if title.group(1).startswith("2-") else None
            continue
        if table is None or "\t" not in line:
            continue
        match = _URI.match(line.split("\t", 1)[0].strip())
        if match:
            result.append(ListedOperation(match.group(1), match.group(2), table, i + 1))
    return result


# --- web layout --------------------------------------------------------------------------------------


def _web_page(lines: list[str]) -> Section:
    """A web page documents one operation; its title is the line before `Function`/`功能介绍`."""
    start = next((i for i, line in enumerate(lines) if line.strip() in {"功能介绍", "Function"}), 0)
    title_line = _previous_nonblank(lines, start)
    section = Section(None, lines[title_line].strip() if title_line >= 0 else "", start + 1)
    side = "request"
    part = "text"
    status: str | None = None
    i = start
    while i < len(lines):
        line = lines[i].strip()
        status_match = _STATUS.match(line)
        if status_match:
            status = status_match.group(1)
            if part == "text":
                side = status
        elif line in _RESPONSE_PART:
            side = status = "200"
        elif line in _REQUEST_EXAMPLES:
            part = "request-examples"
        elif line in _RESPONSE_EXAMPLES:
            part, status = "response-examples", None
        elif line in _END_OF_EXAMPLES and part != "text":
            break
        elif part == "text" and _URI.match(line):
            uri = _URI.match(line)
            if uri:
                section.uris.append((uri.group(1), uri.group(2)))
        elif part == "text" and _WEB_TABLE_TITLE.match(line):
            table, i = _web_table(lines, i, side)
            if table:
                section.tables.append(table)
            continue
        elif part != "text" and line.startswith(("{", "[")):
            i = _web_example(lines, i, section, part, status)
            continue
        elif part == "request-examples" and _request_line(line):
            section.examples.append(Example("request", None, i + 1, [], url=_request_line(line)))
        i += 1
    return section


def _previous_nonblank(lines: list[str], i: int) -> int:
    i -= 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    return i


def _web_table(lines: list[str], i: int, side: str) -> tuple[Table | None, int]:
    title = _WEB_TABLE_TITLE.match(lines[i].strip())
    assert title is not None
    header: list[str] = []
    k = i + 1
    while k < len(lines) and (not lines[k].strip() or lines[k].strip() in _HEADER_WORDS):
        if lines[k].strip():
            header.append(lines[k].strip())
        k += 1
    if not header or header[0] not in {"参数", "Parameter"}:
        return None, i + 1
    role = table_role(title.group(3))
    table_side = "request" if role in _REQUEST_ROLES else side
    word = "表" if title.group(1) else "Table"
    table = Table(title.group(1) or title.group(2), title.group(3).strip(), role, table_side, i + 1, word=word)
    cells: list[tuple[int, str]] = []
    while k < len(lines):
        text = lines[k].strip()
        if _web_table_ends(text):
            break
        if text:
            cells.append((k + 1, text))
        k += 1
    table.rows = _web_rows(cells)
    return table, k


def _web_table_ends(text: str) -> bool:
    return bool(
        _WEB_TABLE_TITLE.match(text)
        or _STATUS.match(text)
        or text in _REQUEST_PART | _RESPONSE_PART | _REQUEST_EXAMPLES | _RESPONSE_EXAMPLES | _END_OF_EXAMPLES
    )


def _web_rows(cells: list[tuple[int, str]]) -> list[Row]:
    """Rows start where an identifier is followed by an optional 是/否 and a type; the description runs on
    to the next row."""
    rows: list[Row] = []
    description: list[str] = []
    i = 0
    while i < len(cells):
        start = _web_row_start(cells, i)
        if start is None:
            description.append(cells[i][1])
            i += 1
            continue
        if rows:
            rows[-1].description = plain_text("\n".join(description))
        description = []
        required, type_, width = start
        rows.append(Row(field_name(cells[i][1]), type_cell(type_), required, "", cells[i][0]))
        i += width
    if rows:
        rows[-1].description = plain_text("\n".join(description))
    return rows


def _web_row_start(cells: list[tuple[int, str]], i: int) -> tuple[bool | None, str, int] | None:
    """(required, type, number of cells) when a row starts at cell i."""
    if not _IDENTIFIER.match(cells[i][1]) or i + 1 >= len(cells):
        return None
    following = cells[i + 1][1]
    if following in _REQUIRED_WORDS and i + 2 < len(cells) and _WEB_TYPE.match(cells[i + 2][1]):
        return _REQUIRED_WORDS[following], cells[i + 2][1], 3
    if _WEB_TYPE.match(following):
        return None, following, 2
    return None


def _web_example(lines: list[str], i: int, section: Section, part: str, status: str | None) -> int:
    """A JSON value printed as plain lines: it runs until its brackets balance."""
    body: list[str] = []
    k = i
    while k < len(lines):
        body.append(lines[k])
        k += 1
        if _balanced("\n".join(body)):
            break
    kind = "request" if part == "request-examples" else "response"
    last = section.examples[-1] if section.examples else None
    if kind == "request" and last and last.kind == "request" and not last.blocks:
        last.blocks.append("\n".join(body))  # the body of the request line printed above it
    else:
        section.examples.append(Example(kind, status if kind == "response" else None, i + 1, ["\n".join(body)]))
    return k
