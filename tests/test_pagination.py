"""Pagination: which operations page and where their items are is spec data (`x-pagination`), checked here
for every list operation; `iter_<operation_id>` walks the pages through the normal calls."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from metastudio_client.models import CreateDigitalAssetRequest, CreateDigitalAssetRequestAssetType
from metastudio_client.resources import next_page

from digihuman import metastudio
from digihuman.mock.demo import ENV, demo_mock
from digihuman.openapi import read_spec
from digihuman.operations import OBJECTS, VENDORS

DEMO = ENV["metastudio"]
AKSK = {name: DEMO[name] for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")}
PAGING_PARAMS = ({"offset", "limit"}, {"marker"})


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(vendor: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    spec = read_spec(OBJECTS[vendor][2])
    found = []
    for item in spec["paths"].values():
        for method in ("get", "put", "post", "delete", "patch"):
            if method in item:
                found.append((method, item[method], spec))
    return found


def _query_names(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    return {_resolve(spec, p)["name"] for p in op.get("parameters", []) if _resolve(spec, p).get("in") == "query"}


def _body_names(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    media = op.get("requestBody", {}).get("content", {}).get("application/json")
    return set(_resolve(spec, media["schema"]).get("properties", {})) if media else set()


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_paging_operation_says_where_its_items_are(vendor: str) -> None:
    paging = 0
    for _method, op, spec in _operations(vendor):
        names = _query_names(spec, op) | _body_names(spec, op)
        pages = any(wanted <= names for wanted in PAGING_PARAMS)
        rule = op.get("x-pagination")
        assert pages == (rule is not None), f"{op['operationId']}: paging parameters and x-pagination disagree"
        if rule is None:
            continue
        paging += 1
        assert rule["style"] == "offset" and {rule["offset_param"], rule["limit_param"]} <= _query_names(spec, op)
        success = next(code for code in op["responses"] if code.startswith("2"))
        schema = _resolve(spec, op["responses"][success]["content"]["application/json"]["schema"])
        items = _resolve(spec, schema["properties"][rule["items"]])
        assert items["type"] == "array", op["operationId"]
        assert _resolve(spec, schema["properties"][rule["count"]])["type"] in ("integer", "number"), op["operationId"]
    assert paging == {"metastudio": 21, "xingyun": 0, "metaworks": 0}[vendor]


def test_every_paging_operation_has_an_iterator_on_both_objects() -> None:
    from metastudio_client.resources import AsyncResources, Resources

    for _method, op, _spec in _operations("metastudio"):
        if "x-pagination" in op:
            tag = op["tags"][0]
            for cls in (Resources, AsyncResources):
                resource = getattr(cls, tag).func.__annotations__["return"]
                module = __import__(f"metastudio_client.resources.{tag}", fromlist=["_"])
                assert hasattr(getattr(module, resource.strip("'\"")), f"iter_{op['operationId']}")


@pytest.mark.parametrize(
    ("items", "count", "offset", "limit", "following"),
    [
        ([1, 2, 3], 10, 0, 3, 3),  # a full page, more to come
        ([1, 2], 10, 0, 3, None),  # a short page is the last
        ([], 10, 6, 3, None),  # so is an empty one
        ([1, 2, 3], 6, 3, 3, None),  # the page that reaches `count`
        ([1, 2, 3], None, 3, 3, 6),  # no count: go on until a short page
        ([1, 2, 3], 6.0, 3, 3, None),  # a count typed as a number
    ],
)
def test_next_page(items: list[int], count: int | None, offset: int, limit: int, following: int | None) -> None:
    class Page:
        def __init__(self) -> None:
            self.assets = items
            self.count = count

    assert next_page(Page(), "assets", "count", offset, limit) == (items, following)


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.MockTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


def _with_assets(count: int) -> tuple[metastudio.MetaStudio, Recording, Any]:
    mock = demo_mock("metastudio")
    recording = Recording(mock.transport())
    ms = metastudio.MetaStudio(base_url="http://127.0.0.1", env=AKSK, transport=recording)
    for i in range(count):
        body = CreateDigitalAssetRequest(asset_name=f"a{i:02}", asset_type=CreateDigitalAssetRequestAssetType.IMAGE)
        ms.digital_assets.create_digital_asset(body=body)
    recording.requests.clear()
    return ms, recording, mock


def test_the_iterator_walks_every_page() -> None:
    ms, recording, _ = _with_assets(25)
    names = [a.asset_name for a in ms.digital_assets.iter_list_digital_assets(limit=10, extra_headers={"X-Page": "1"})]
    assert sorted(names) == [f"a{i:02}" for i in range(25)]
    assert [(r.url.params["offset"], r.url.params["limit"]) for r in recording.requests] == [
        ("0", "10"),
        ("10", "10"),
        ("20", "10"),
    ]
    assert all(r.headers["x-page"] == "1" for r in recording.requests)  # every page is a normal call


def test_the_iterator_stops_at_count_without_asking_for_an_empty_page() -> None:
    ms, recording, _ = _with_assets(20)
    assert len(list(ms.digital_assets.iter_list_digital_assets(limit=10))) == 20
    assert len(recording.requests) == 2
    recording.requests.clear()
    assert len(list(ms.digital_assets.iter_list_digital_assets(limit=10, offset=15))) == 5
    assert len(recording.requests) == 1


def test_the_async_iterator_walks_every_page() -> None:
    ms, recording, _ = _with_assets(23)
    ams = metastudio.AsyncMetaStudio(client=ms.client, project=ms.project_id)  # the same client, used async

    async def main() -> list[str]:
        async with ams:
            return [str(a.asset_name) async for a in ams.digital_assets.iter_list_digital_assets(limit=7)]

    names = asyncio.run(main())
    assert sorted(names) == [f"a{i:02}" for i in range(23)]
    assert [r.url.params["offset"] for r in recording.requests] == ["0", "7", "14", "21"]


def test_the_generator_refuses_an_items_field_that_is_not_a_list_of_the_answer() -> None:
    from pathlib import Path

    from generator.build import GenerationError
    from generator.objects import resources
    from generator.spec_index import load_yaml

    root = Path(__file__).resolve().parent.parent
    spec = load_yaml(root / "spec" / "metastudio.yaml")
    op = spec["paths"]["/v1/{project_id}/products"]["get"]
    op["x-pagination"] = {**op["x-pagination"], "items": "count"}
    with pytest.raises(GenerationError, match="list_products"):
        resources(spec, root / "generated" / "metastudio_client")
