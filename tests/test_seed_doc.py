"""The document reader on small inline fixtures: page breaks, broken names, constraints, layouts, examples."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from generator.doc_examples import repair
from generator.seed_constraints import Constraints, extract
from generator.seed_doc import parse_document

HEADER = "参数\t是否必选\t参数类型\t描述"

PDF = f"""
数字内容生产线
文档版本 01
发布日期 2024-11-14

# 2 API 概览

表 2-1 测试接口

接口\t说明
POST /v1/{{project_id}}/things\t创建
GET /v1/{{project_id}}/things/{{thing_id}}\t查询

# 9 测试

### 9.1 创建东西

#### URI

POST /v1/{{project\\_id}}/things

表 9-1 路径参数

{HEADER}
project_id\t是\tString\t项目ID。

## 请求参数

表 9-2 请求 Body 参数

{HEADER}
name\t是\tString\t<p><b>参数解释：</b> 名称。</p> <p><b>取值范围：</b> 字符长度1-64位。</p>
config\t否\t<b>ThingCon fig</b> object\t配置。

{HEADER}
\t\t\t<p><b>默认取值：</b> 不涉及。</p>
meta_hu man_id\t否\tInteger\t<b>取值范围:</b> 1-100 <b>默认取值:</b> 30

**表 9-3** ThingConfig

{HEADER}
mode\t是\tString\t模式。 <ul><li>• FAST: 快</li><li>• SLOW: 慢</li></ul>

## 响应参数

状态码： 200

表 9-4 响应 Body 参数

参数\t参数类型\t描述
thing_id\tString\t东西ID。

## 请求示例

```
POST https://{{endpoint}}/v1/123/things
```

```
{{
  "name": "a",
  "config": {{
```

```
"mode": "FAST"
}}
}}
```

## 响应示例

**状态码： 200**

成功。

```
{{
  "thing_id": "https://example.com/
abc"
}}
```

## 状态码

状态码\t描述
200\t成功。
"""

WEB_EN = """Compute
Navigation

Creating a Thing

Function

Creates a thing.

URI

POST /v1/{project_id}/things

Table 1 Request body parameters

Parameter

Mandatory

Type

Description

name

Yes

String

Details:

Name.

Options:

The value contains 1 to 2,048 characters.

count

No

Integer

Value range:

0-100

Default value:

N/A

Example Requests

POST https://{endpoint}/v1/123/things

{
  "name" : "a"
}

Example Responses

Status code: 200

OK.

{
  "thing_id" : "1"
}

Status Codes
"""

WEB_ZH = """更新时间:2024-12-12 GMT+08:00

查询东西

功能介绍

查询东西。

URI

GET /v1/{project_id}/things/{thing_id}

表1 路径参数

参数

是否必选

参数类型

描述

thing_id

String

东西ID。

响应参数

状态码: 200

表2 响应Body参数

参数

参数类型

描述

state

String

状态。

  • WAITING:等待

  • DONE:完成
"""


def test_pdf_sections_uris_and_operation_list() -> None:
    doc = parse_document("009_test.txt", PDF)
    assert doc.id == "009" and doc.layout == "pdf" and doc.date == date(2024, 11, 14)
    assert [(o.method, o.path, o.table) for o in doc.operation_list] == [
        ("POST", "/v1/{project_id}/things", "2-1"),
        ("GET", "/v1/{project_id}/things/{thing_id}", "2-1"),
    ]
    section = doc.section("9.1")
    assert section is not None and section.uris == [("POST", "/v1/{project_id}/things")]
    assert [(t.label, t.role, t.side) for t in section.tables] == [
        ("表9-1 路径参数", "path", "request"),
        ("表9-2 请求Body参数", "body", "request"),
        ("表9-3 ThingConfig", "object", "request"),
        ("表9-4 响应Body参数", "response-body", "200"),
    ]


def test_pdf_table_split_at_a_page_break_with_a_continued_cell_and_a_broken_name() -> None:
    section = parse_document("009_test.txt", PDF).section("9.1")
    assert section is not None
    body = section.tables[1]
    assert [(r.name, r.type, r.required) for r in body.rows] == [
        ("name", "String", True),
        ("config", "ThingConfig object", False),  # the type name broken by the PDF is joined too
        ("meta_human_id", "Integer", False),
    ]
    config = body.rows[1]
    assert config.description == "配置。\n默认取值： 不涉及。"  # the cell continued after the break
    assert body.rows[2].constraints == Constraints(minimum=1, maximum=100, default="30")
    assert section.tables[2].rows[0].constraints.enum == ("FAST", "SLOW")
    assert section.tables[3].rows[0].required is None  # response tables have no 是否必选 column


def test_pdf_examples_are_grouped_across_page_breaks_and_repaired() -> None:
    section = parse_document("009_test.txt", PDF).section("9.1")
    assert section is not None
    request, response = section.examples
    assert request.kind == "request" and request.url == "POST https://{endpoint}/v1/123/things"
    assert len(request.blocks) == 2  # one example, split by a page break
    assert repair(request.blocks).value == {"name": "a", "config": {"mode": "FAST"}}
    assert response.status == "200"
    repaired = repair(response.blocks)
    assert repaired.value == {"thing_id": "https://example.com/abc"}
    assert repaired.repairs == ("string wrapped at a line end",)


def test_english_web_page() -> None:
    doc = parse_document("019_test.txt", WEB_EN)
    assert doc.layout == "web" and doc.date is None
    (section,) = doc.sections
    assert section.number is None and section.title == "Creating a Thing"
    assert section.uris == [("POST", "/v1/{project_id}/things")]
    (table,) = section.tables
    assert table.label == "Table1 RequestBodyParameters" and table.role == "body"
    assert [(r.name, r.type, r.required) for r in table.rows] == [("name", "String", True), ("count", "Integer", False)]
    assert table.rows[0].constraints == Constraints(min_length=1, max_length=2048)
    assert table.rows[1].constraints == Constraints(minimum=0, maximum=100)
    request, response = section.examples
    assert request.url == "POST https://{endpoint}/v1/123/things" and repair(request.blocks).value == {"name": "a"}
    assert (response.status, repair(response.blocks).value) == ("200", {"thing_id": "1"})


def test_chinese_web_page_without_required_values() -> None:
    doc = parse_document("013_test.txt", WEB_ZH)
    assert doc.date == date(2024, 12, 12)
    (section,) = doc.sections
    path, body = section.tables
    assert (path.label, path.rows[0].name, path.rows[0].required) == ("表1 路径参数", "thing_id", None)
    assert (body.role, body.side) == ("response-body", "200")
    assert body.rows[0].constraints.enum == ("WAITING", "DONE")


@pytest.mark.parametrize(
    ("description", "doc_type", "expected"),
    [
        ("取值范围： 字符长度1-256位。", "String", {"min_length": 1, "max_length": 256}),
        ("名称，长度1-64", "String", {"min_length": 1, "max_length": 64}),
        ("最小长度：1 最大长度：64", "String", {"min_length": 1, "max_length": 64}),
        ("Minimum: 1\nMaximum: 64", "String", {"min_length": 1, "max_length": 64}),
        ("The value contains 0 to 131,072 characters.", "String", {"min_length": 0, "max_length": 131072}),
        ("文件MD5值，固定24位。", "String", {"min_length": 24, "max_length": 24}),
        ("取值范围：50-200", "Integer", {"minimum": 50, "maximum": 200}),
        ("取值范围: -1920-3840", "Integer", {"minimum": -1920, "maximum": 3840}),
        ("最小值：1 最大值：100", "Integer", {"minimum": 1, "maximum": 100}),
        ("Minimum: 1\nMaximum: 64", "Integer", {"minimum": 1, "maximum": 64}),
        ("Value range:\n0.5-2", "Float", {"minimum": 0.5, "maximum": 2}),
        ("标签。数组长度：1-10", "Array of strings", {"min_items": 1, "max_items": 10}),
        (
            "个数最大为50个。单个字符长度1-64位",
            "Array of strings",
            {"max_items": 50, "min_length": 1, "max_length": 64},
        ),
        ("编码。\n• H264: h264编码\n• VP8: vp8编码", "String", {"enum": ("H264", "VP8")}),
        ("● GENERATING: 生成中。\n● DONE: 完成。", "String", {"enum": ("GENERATING", "DONE")}),
        ("取值范围：A、B、C", "String", {"enum": ("A", "B", "C")}),
        (
            "取值范围:\n资产：\n• IMAGE: 图片\n• VIDEO: 视频\n3D资产：\n• SCENE: 场景",
            "String",
            {"enum": ("IMAGE", "VIDEO", "SCENE")},
        ),
        ("标签查询组合方式 INTERSECTION: 交集 UNION_SET: 并集", "String", {"enum": ("INTERSECTION", "UNION_SET")}),
        ("角色。SHARER：共享方， SHAREE：被共享方", "String", {"enum": ("SHARER", "SHAREE")}),
        ("操作者,USER(用户),ADMIN(管理员),SYSTEM(用户)", "String", {"enum": ("USER", "ADMIN", "SYSTEM")}),
        ("开始时间，格式HH:MM:SS。", "String", {}),  # a time format, not values
        ("约束限制:\n• A: 仅直播\n• B: 仅视频", "String", {}),  # a list of constraints, not of values
        ("资产类型，多个用逗号分隔。\n• A: a\n• B: b", "String", {}),  # several values in one string
        ("• true: 打开\n• false: 关闭\n默认取值: false", "Boolean", {"default": "false"}),
        ("默认取值：不涉及", "String", {}),
        ("默认值为30", "Integer", {"default": "30"}),
        ("静音时长默认500ms", "Integer", {"default": "500"}),
        ("Default value:\nRESIZE", "String", {"default": "RESIZE"}),
        ("Default value:\nN/A", "String", {}),
        ("默认取值: [VIDEO_2D,LIVE_2D]", "Array of strings", {"default": "[VIDEO_2D,LIVE_2D]"}),
    ],
)
def test_constraint_patterns(description: str, doc_type: str, expected: dict[str, Any]) -> None:
    assert extract(description, doc_type) == Constraints(**expected)
