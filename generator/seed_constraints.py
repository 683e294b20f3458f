"""The constraints a description cell states, read the way spec/metastudio.yaml was transcribed.

The rules are those of the transcription conventions (spec/CONVENTIONS.md, rule 5), with the wordings
the document actually uses:

- length (strings, and the elements of `Array of strings`): `字符长度1-256位`, `字符0-64位`, `长度1-64`,
  `最小长度：1 最大长度：64`, `固定24位` / `字符长度24位`, a `取值范围：0-64` stated for a string; English
  `The value contains 1 to 2,048 characters.`, `Minimum: 1 Maximum: 64` on a string;
- range (numbers, and the elements of `Array of integers`): `取值范围：50-200`, `最小值：1 最大值：100`;
  English `Value range: 50-200`, `Minimum`/`Maximum` on a number;
- array size: `数组长度：1-10`, `个数最大为50个` and its variants `最多16个`, `最大支持5条`, `仅支持一条`;
- enum: `取值范围：A、B、C` / `取值：A、B`, or the first bullet list (`● VALUE: meaning`, `<li>VALUE：…`,
  `• 说明：value`; group headings such as `分身数字人资产：` may split it) of a part that is not 约束限制,
  特殊取值, 说明 or 默认取值; never for booleans, objects, numbers with a stated range, or strings that hold
  several separated values; failing those, two or more upper-case values written inline as
  `VALUE: meaning` or `VALUE(含义)`;
- default: `默认取值：false`, `默认值为30`, `默认是1080P`, `默认TEXT`, `默认500ms` (a number loses its unit);
  English `Default value: …`; `不涉及`, `N/A` or prose mean none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A number as printed: `-1920`, `0.5`, `2,048` (English thousands separators).
_NUM = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?"
_SEP = r"\s*(?:-|~|～|to)\s*"
_COLON = r"\s*[：:]?\s*"

# Labels that open a part of a structured description cell (`<b>取值范围:</b> …`, 001's `Value range:`).
_LABELS = (
    "参数解释",
    "约束限制",
    "取值范围",
    "默认取值",
    "特殊取值",
    "说明",
    "Details",
    "Constraints",
    "Options",
    "Value range",
    "Range",
    "Default value",
    "NOTE",
)
_LABEL_LINE = re.compile(r"^(" + "|".join(re.escape(label) for label in _LABELS) + r")\s*[：:]?\s*(.*)$")
# Parts whose bullet lists are special meanings or notes, not the allowed values.
_NOT_ENUM_LABELS = {"约束限制", "特殊取值", "说明", "默认取值", "Constraints", "NOTE", "Default value"}
_VALUE_LABELS = {"取值范围", "Options", "Value range", "Range"}

_BULLET = re.compile(r"^(?:[•●·]|[-–](?=\s))\s*")  # `• X`, `● X`, `- X` (not `-1`)
# The value a bullet item starts with: `H264: …`, `NONE。URL中自带认证。`, `debug`.
_ENUM_ITEM = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_.\-]*)\s*(?:$|[:：。,，(（]|\s+[^\x00-\x7f]|\s+-\s)")
_INLINE_ENUM = re.compile(
    r"取值(?:范围)?" + _COLON + r"([A-Za-z_][A-Za-z0-9_]*(?:\s*[、，,]\s*[A-Za-z_][A-Za-z0-9_]*)+)"
)
# Values listed inline without bullets: `INTERSECTION: 交集 UNION_SET: 并集`, `SHARER：共享方， SHAREE：…`,
# `- LINK：… - UNLINK：…`, `USER(用户),ADMIN(管理员),SYSTEM(用户)`.
_INLINE_ITEM = re.compile(r"(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]+)\s*[:：(（]\s*[^\x00-\x7f]")
_NONE_WORDS = {"不涉及", "N/A", "无", "none"}
_DEFAULT_VALUE = r"(\[[^\]]*\]|[^\s。，,；;]+)"


@dataclass(frozen=True)
class Constraints:
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    enum: tuple[str, ...] | None = None
    default: str | None = None  # as printed; typed by the caller, who knows the field's type


def number(text: str) -> float:
    """`2,048` -> 2048, `0.5` -> 0.5: integers stay integers."""
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def parts(description: str) -> list[tuple[str, str]]:
    """The description split at its labels: [(label or "", text), …]; lines are kept."""
    result: list[tuple[str, list[str]]] = [("", [])]
    current = result[0]
    for line in description.split("\n"):
        match = _LABEL_LINE.match(line.strip())
        if match and match.group(1) == "说明" and match.group(2):
            result.append(("说明", [match.group(2)]))  # a one-line note: the text goes on after it
        elif match:
            current = (match.group(1), [match.group(2)] if match.group(2) else [])
            result.append(current)
        else:
            current[1].append(line)
    return [(label, "\n".join(lines).strip()) for label, lines in result if label or lines]


def extract(description: str, doc_type: str) -> Constraints:
    """`doc_type` is the table's type cell (String, Integer, Array of strings, …): it decides what a bare
    `Minimum`/`Maximum` or `取值范围：1-64` means."""
    kind = type_kind(doc_type)
    element = element_kind(doc_type)  # the constraints of an array's elements are stated the same way
    flat = " ".join(description.split())
    min_length, max_length = _length(flat, element)
    minimum, maximum = _range(flat, element)
    min_items, max_items = _items(flat) if kind == "array" else (None, None)
    return Constraints(
        min_length=min_length,
        max_length=max_length,
        minimum=minimum,
        maximum=maximum,
        min_items=min_items,
        max_items=max_items,
        enum=_enum(description, element, minimum is not None or maximum is not None),
        default=_default(flat, kind),
    )


def type_kind(doc_type: str) -> str:
    """string, number (Integer/Long/Float/…), boolean, array or object."""
    t = doc_type.strip().lower()
    if t.startswith("array"):
        return "array"
    if t in {"integer", "long", "float", "double", "number", "int"}:
        return "number"
    if t == "boolean":
        return "boolean"
    if t == "string":
        return "string"
    return "object"


def element_kind(doc_type: str) -> str:
    """The kind of an array's elements (`Array of integers` -> number); the kind itself otherwise."""
    match = re.fullmatch(r"\s*array of (\w+?)s?\s*", doc_type.lower())
    if match:
        return "number" if match.group(1) in {"integer", "long", "float", "double", "number"} else match.group(1)
    return type_kind(doc_type)


def _pair(pattern: str, text: str) -> tuple[float | None, float | None]:
    match = re.search(pattern, text)
    if not match:
        return None, None
    return number(match.group(1)), number(match.group(2))


def _single(pattern: str, text: str) -> float | None:
    match = re.search(pattern, text)
    return number(match.group(1)) if match else None


def _as_int(value: float | None) -> int | None:
    return None if value is None else int(value)


def _length(text: str, kind: str) -> tuple[int | None, int | None]:
    if kind != "string":
        return None, None
    for pattern in (
        r"字符(?:长度)?" + _COLON + "(" + _NUM + ")" + _SEP + "(" + _NUM + ")",
        r"(?<![数组])长度" + _COLON + "(" + _NUM + ")" + _SEP + "(" + _NUM + ")",
        r"contains (" + _NUM + r") to (" + _NUM + r") characters",
        # a numeric range stated for a string is its length
        r"(?:取值范围|Value range|Range)" + _COLON + "(" + _NUM + ")" + _SEP + "(" + _NUM + ")",
    ):
        low, high = _pair(pattern, text)
        if low is not None:
            return _as_int(low), _as_int(high)
    fixed = _single(r"(?:固定|字符长度" + _COLON + r")\s*(" + _NUM + r")\s*位", text)  # `固定24位`, `字符长度24位`
    if fixed is not None:
        return _as_int(fixed), _as_int(fixed)
    low = _single(r"最小长度" + _COLON + "(" + _NUM + ")", text)
    high = _single(r"最大长度" + _COLON + "(" + _NUM + ")", text)
    if low is None and high is None:  # English pages say Minimum/Maximum for a string's length too
        low = _single(r"Minimum" + _COLON + "(" + _NUM + ")", text)
        high = _single(r"Maximum" + _COLON + "(" + _NUM + ")", text)
    return _as_int(low), _as_int(high)


def _range(text: str, kind: str) -> tuple[float | None, float | None]:
    if kind != "number":
        return None, None
    low, high = _pair(r"(?:取值范围|Value range|Range)" + _COLON + "(" + _NUM + ")" + _SEP + "(" + _NUM + ")", text)
    if low is not None:
        return low, high
    low = _single(r"(?:最小值|Minimum)" + _COLON + "(" + _NUM + ")", text)
    high = _single(r"(?:最大值|Maximum)" + _COLON + "(" + _NUM + ")", text)
    return low, high


def _items(text: str) -> tuple[int | None, int | None]:
    low, high = _pair(r"数组长度" + _COLON + "(" + _NUM + ")" + _SEP + "(" + _NUM + ")", text)
    if low is not None:
        return _as_int(low), _as_int(high)
    # `个数最大为50个`, and the same said otherwise: `最多50个`, `最大支持5条`, `最大100个场景`, `仅支持一条`
    if re.search(r"仅支持[一1][个条]", text):
        return None, 1
    return None, _as_int(_single(r"(?:个数最大为|最多|最大|最多支持|最大支持)\s*(" + _NUM + r")\s*[个条]", text))


def _enum(description: str, kind: str, has_range: bool) -> tuple[str, ...] | None:
    """The allowed values, when the text lists them. Not an enum: booleans and objects; a number whose
    range is stated (the list then only explains some values); a string that takes several values joined
    by a separator (`多个类型使用英文逗号分隔`, `可填多个`)."""
    if kind not in {"string", "number"} or (kind == "number" and has_range):
        return None
    if kind == "string" and re.search(r"分隔|可填多个|多选", description):
        return None
    inline = _INLINE_ENUM.search(" ".join(description.split()))
    if inline:
        return tuple(v.strip() for v in re.split(r"[、，,]", inline.group(1)))
    for label, text in parts(description):
        if label in _NOT_ENUM_LABELS:
            continue
        runs = _first_list(text, label in _VALUE_LABELS)
        values = _list_values([item for run in runs for item in run], kind) if runs else None
        if values is None and runs:
            values = _list_values(runs[0], kind)
        if values:
            return values
    return _inline_values(" ".join(description.split())) if kind == "string" else None


def _inline_values(text: str) -> tuple[str, ...] | None:
    """At least two `VALUE: meaning` / `VALUE(含义)` items in running text, each value once."""
    values = _INLINE_ITEM.findall(text)
    if len(values) < 2 or len(set(values)) < len(values):
        return None
    return tuple(values)


def _first_list(text: str, value_part: bool) -> list[list[str]]:
    """The first list of a part: runs of bullet items, possibly separated by group headings
    (`分身数字人资产：`); in a `取值范围`/`Options` part also `VALUE: meaning` lines without bullets (001)."""
    runs: list[list[str]] = []
    current: list[str] | None = None
    for raw in text.split("\n"):
        line = raw.strip()
        if _BULLET.match(line) or (value_part and re.match(r"^[A-Za-z0-9_]+\s*[:：]", line)):
            if current is None:
                current = []
                runs.append(current)
            current.append(_BULLET.sub("", line))
        elif runs and re.fullmatch(r".{1,30}[:：]", line):
            current = None  # a group heading: the list goes on
        elif runs:
            break
    return runs


def _list_values(items: list[str], kind: str) -> tuple[str, ...] | None:
    """The values of a list when it lists at least two, each once. Items that start in Chinese are group
    headings and are skipped; any other item that is not a value disqualifies the list."""
    values: list[str] = []
    for item in items:
        value = _item_value(item)
        if value is None:
            if item[:1].isascii():
                return None
            continue  # `• 算法训练中`, `• 挂起, 仅NA白名单用户有该状态`: a group heading
        if kind == "number" and not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
            return None
        values.append(value)
    if len(values) < 2 or len(set(values)) < len(values):  # a value listed twice: not a list of values
        return None
    return tuple(values)


def _item_value(item: str) -> str | None:
    """`H264: …`, `NONE。…`, `MSS.000000001 - 失败`, `debug`, `按创建时间排序：create_time`."""
    match = _ENUM_ITEM.match(item.strip("*"))
    if match and not re.fullmatch(_NUM + _SEP + "(?:" + _NUM + ")", match.group(1)):
        return match.group(1)
    match = re.fullmatch(r"[^\x00-\x7f][^:：]*[:：]\s*([A-Za-z_][A-Za-z0-9_]*)\s*", item)
    return match.group(1) if match else None


def _default(text: str, kind: str) -> str | None:
    for pattern in (
        r"默认取值" + _COLON + _DEFAULT_VALUE,
        r"Default(?: value)?" + _COLON + _DEFAULT_VALUE,
        # `默认值为30`, `默认值0`, `默认是1080P`, `默认TEXT`, `默认500ms`: a value right after 默认
        r"默认(?:值)?[为是：:]?\s*(\[[^\]]*\]|[A-Za-z0-9#][A-Za-z0-9_#.\-]*)",
    ):
        match = re.search(pattern, text)
        if match:
            return _default_value(match.group(1), kind)
    return None


def _default_value(printed: str, kind: str) -> str | None:
    """A default is a value (`false`, `30`, `H264`, `#FFFFFF`, `[A,B]`); `不涉及`, `N/A` or prose mean none."""
    value = printed.rstrip(".")
    if value in _NONE_WORDS or not value.isascii():
        return None
    unit = re.fullmatch(r"(" + _NUM + r")[A-Za-z]+", value)
    if kind == "number" and unit:  # `500ms`
        return unit.group(1)
    return value
