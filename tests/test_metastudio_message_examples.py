"""The examples of the message contracts (tests/data/metastudio_message_examples.json) against
spec/metastudio-messages/*.yaml and the generated models (generated/metastudio_models).

Every code block of the sections those files are transcribed from (their `x-doc-section`: 004 §7.2.2,
§7.2.3, §7.3.1, §12.5, §12.6, §5.3.1) is read; each is an example of the def the file's discriminator
(`payload.command`, `message_type`) or the document's naming of the message points to. It must validate
against that def (JSON Schema draft 2020-12, with the file's `$defs`) and parse with the pydantic model of
the same name, or be named in spec/ERRATA.md by a line ``- Example: `<id>` ``; a named example that
validates fails too (the erratum is stale). Regenerate the data with `make examples`.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from generator.doc_check import ERRATA, MESSAGE_EXAMPLES, SOURCES, default_documents, read_errata
from generator.doc_examples import (
    NOT_MESSAGES,
    extract_examples,
    extract_message_examples,
    message_example_failures,
    message_schemas,
    split_events,
)
from generator.seed_doc import CodeBlock, parse_document, read_document

SCHEMAS = message_schemas()


def committed() -> list[dict[str, Any]]:
    examples: list[dict[str, Any]] = json.loads(MESSAGE_EXAMPLES.read_text(encoding="utf-8"))
    return examples


@pytest.mark.skipif(not SOURCES.is_dir(), reason="spec/sources is absent")
def test_committed_message_examples_are_those_of_the_documents() -> None:
    fresh = [e for path in default_documents() for e in extract_message_examples(read_document(path), SCHEMAS)]
    assert json.loads(json.dumps(fresh, ensure_ascii=False)) == committed(), "run `make examples`"


def test_message_example_ids_are_unique() -> None:
    ids = [example["id"] for example in committed()]
    assert len(ids) == len(set(ids))


def test_every_message_example_fits_its_definition_or_is_named_in_the_errata() -> None:
    examples = committed()
    messages = [e for e in examples if e["form"] not in NOT_MESSAGES]
    failures = message_example_failures(examples, SCHEMAS)
    named = {example_id for entry in read_errata(ERRATA) for example_id in entry.examples}
    ours = {example["id"] for example in examples}
    unexplained = {i: reason for i, reason in failures.items() if i not in named}
    stale = sorted((named & ours) - set(failures))
    summary = f"{len(messages)} message examples, {len(messages) - len(failures)} validate, {len(failures)} do not"
    assert not unexplained, f"{summary}; not named in spec/ERRATA.md (`- Example: <id>`):\n" + "\n".join(
        f"  {i}: {reason}" for i, reason in sorted(unexplained.items())
    )
    assert not stale, f"{summary}; named in spec/ERRATA.md but valid: {stale}"


def test_every_message_example_names_a_def_of_its_file() -> None:
    for example in committed():
        if example["form"] in NOT_MESSAGES:
            assert example["definition"] is None, example["id"]
        else:
            assert example["definition"] in SCHEMAS[example["file"]]["$defs"], (example["id"], example["mapped_by"])


def _sender(lead: str) -> str | None:
    """Who sends the frame, by the step before it: the subject of the last clause that has one in its last
    sentence (`2. MetaStudio收到用户发送的文本驱动消息后，返回响应消息。` -> MetaStudio)."""
    sentences = [s for s in lead.split("。") if s.strip()]
    for clause in reversed(re.split(r"[，,]", sentences[-1] if sentences else "")):
        clause = re.sub(r"^\d+\.\s*", "", clause.strip())
        if clause.startswith("用户"):
            return "client-to-server"
        if clause.startswith("MetaStudio"):
            return "server-to-client"
    return None


def test_the_prose_names_the_sender_of_each_websocket_frame_as_its_def_does() -> None:
    frames = [e for e in committed() if e["file"] == "chat_websocket" and e["definition"]]
    assert frames
    defs = SCHEMAS["chat_websocket"]["$defs"]
    for frame in frames:
        assert _sender(frame["lead"]) == defs[frame["definition"]]["x-direction"], (frame["id"], frame["lead"])


def test_the_blocks_that_are_no_message_are_those_the_files_quote() -> None:
    """The WebSocket URL is the example of the endpoint (chat_websocket's description); the Java block is the
    signing code (llm_callback's `x-signature.code_sample`)."""
    others = [e for e in committed() if e["form"] in NOT_MESSAGES]
    assert {(e["file"], e["form"]) for e in others} == {("chat_websocket", "url"), ("llm_callback", "code")}
    for example in others:
        if example["form"] == "url":
            assert f"示例：{example['text']}" in SCHEMAS["chat_websocket"]["description"]
        else:
            assert example["text"] == SCHEMAS["llm_callback"]["x-signature"]["code_sample"]


@pytest.mark.skipif(not SOURCES.is_dir(), reason="spec/sources is absent")
def test_the_video_callback_section_prints_only_the_operations_examples() -> None:
    """§5.3.1 (video_callback.yaml) prints no example of the callback: its code blocks are the REST
    operation's request and response examples (tests/data/metastudio_examples.json)."""
    doc = read_document(default_documents()[0])
    section = doc.section("5.3.1")
    assert section is not None and section.uris
    starts = [block.line for block in section.code_blocks if not block.continues]
    assert starts and all(block.part in {"request-examples", "response-examples"} for block in section.code_blocks)
    assert len(starts) == len([example for example in extract_examples(doc) if example["section"] == "5.3.1"])
    assert not [e for e in committed() if e["file"] == "video_callback"]


SSE_DOC = """# 7 测试

### 7.9.1 回调

## 响应示例

状态码：200

- 流式

示例代码，如下所示：

```
data:{"id": "a", "choices":
```

```
[{"message": {"content": "x"}}]}

data: {
  "id": "b"
}
```

```

id: 7

data:[DONE]
```
"""


def test_sse_events_are_split_at_blank_lines_and_a_line_cut_by_a_page_break_is_joined() -> None:
    section = parse_document("009_test.txt", "参数\t是否必选\t参数类型\t描述\n" + SSE_DOC).section("7.9.1")
    assert section is not None
    blocks: list[CodeBlock] = section.code_blocks
    assert [(b.part, b.status, b.lead, b.continues) for b in blocks] == [
        ("response-examples", "200", "- 流式", False),
        ("response-examples", "200", "- 流式", True),
        ("response-examples", "200", "- 流式", True),
    ]
    events = split_events(blocks)
    joined = '{"id": "a", "choices":[{"message": {"content": "x"}}]}'
    assert [(e.text, e.data, e.repairs) for e in events] == [
        (f"data:{joined}", joined, ["SSE line cut by a page break joined"]),
        ('data: {\n  "id": "b"\n}', "{", []),
        ("id: 7", None, []),
        ("data:[DONE]", "[DONE]", []),
    ]
    assert events[0].parsed() == ({"id": "a", "choices": [{"message": {"content": "x"}}]}, None)
    assert events[1].parsed()[1] is not None and "not part of an SSE event's data" in str(events[1].parsed()[1])
    assert events[2].parsed() == (None, "no data: field (SSE dispatches no event)")
