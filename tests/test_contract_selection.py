"""What the contract suite sends where, without a network: the live selection (read-only unless
ALLOW_WRITES=1, never a paid job read-only), which operations get negative cases, and a read-only run
against the in-process mock that sends nothing but GET requests."""

from __future__ import annotations

import httpx
import pytest

from digihuman.cli import main
from digihuman.contract import (
    NEGATIVE,
    POSITIVE,
    missing_live_settings,
    plan,
    run_contract,
    vendor_client,
    violable,
)
from digihuman.mock.demo import ENV, demo_mock
from digihuman.openapi import api

SPEC = api("metastudio")
PROJECT = {"project_id": ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]}


def test_read_only_runs_positive_cases_of_get_operations_only() -> None:
    plans = {op.operation_id: plan(SPEC, op, read_only=True) for op in SPEC.operations}
    assert {op_id for op_id, kinds in plans.items() if kinds} == {
        op.operation_id for op in SPEC.operations if op.method == "GET"
    }
    assert set(plans.values()) == {(), (POSITIVE,)}
    paid = [op.operation_id for op in SPEC.operations if op.extension("x-paid-job")]
    assert len(paid) == 10 and all(plans[op_id] == () for op_id in paid)


def test_with_writes_every_operation_runs_and_negative_cases_where_something_can_be_violated() -> None:
    for op in SPEC.operations:
        kinds = plan(SPEC, op, read_only=False, fixed=PROJECT)
        assert kinds == ((POSITIVE, NEGATIVE) if violable(SPEC, op, PROJECT) else (POSITIVE,)), op.operation_id
    assert plan(SPEC, SPEC.by_id["create_2d_digital_human_video"], read_only=False) == (POSITIVE, NEGATIVE)
    assert plan(SPEC, SPEC.by_id["create_2d_digital_human_video"], read_only=False, negative=False) == (POSITIVE,)


@pytest.mark.parametrize(
    ("operation_id", "expected"),
    [
        ("create_digital_asset", True),  # a body
        ("list_digital_assets", True),  # limits on offset and limit
        ("show_welcome_speech_switch", True),  # a required query parameter can be left out
        ("show_digital_asset", False),  # two path ids, strings without any limit
        ("delete_digital_asset", False),  # and an optional query string without any limit
        ("create_once_code", False),  # nothing but the project
    ],
)
def test_what_a_negative_case_can_violate(operation_id: str, expected: bool) -> None:
    assert violable(SPEC, SPEC.by_id[operation_id], PROJECT) is expected


def test_missing_live_settings_are_named() -> None:
    assert missing_live_settings("metastudio", {}) == [
        "HUAWEICLOUD_SDK_AK",
        "HUAWEICLOUD_SDK_SK",
        "HUAWEICLOUD_SDK_PROJECT_ID",
        "HUAWEICLOUD_SDK_REGION or METASTUDIO_ENDPOINT",
    ]
    complete = {
        k: ENV["metastudio"][k] for k in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")
    }
    assert missing_live_settings("metastudio", {**complete, "METASTUDIO_ENDPOINT": "https://x"}) == []
    assert missing_live_settings("xingyun", {"XINGYUN_APP_ID": "a"}) == ["XINGYUN_APP_SECRET"]


def test_a_read_only_run_sends_only_get_requests_and_finds_items_through_the_lists() -> None:
    mock = demo_mock("metastudio", seed=3, step_seconds=3600)
    methods: list[str] = []
    inner = mock.transport()

    def recording(request: httpx.Request) -> httpx.Response:
        methods.append(request.method)
        return inner.handle_request(request)

    client, fixed = vendor_client("metastudio", "http://127.0.0.1", ENV["metastudio"], rate_limit=False)
    with mock.transport() as setup:  # an item that exists before the run, made without the recording
        writer, _ = vendor_client(
            "metastudio", "http://127.0.0.1", ENV["metastudio"], rate_limit=False, transport=setup
        )
        created = writer.get_httpx_client().post(
            f"/v1/{fixed['project_id']}/digital-assets", json={"asset_name": "existing", "asset_type": "IMAGE"}
        )
    assert created.status_code == 200
    client, fixed = vendor_client(
        "metastudio", "http://127.0.0.1", ENV["metastudio"], rate_limit=False, transport=httpx.MockTransport(recording)
    )
    with client.get_httpx_client() as http:
        reports = {
            r.operation_id: r
            for r in run_contract("metastudio", http, examples=1, read_only=True, path_parameters=fixed)
        }
    assert set(methods) == {"GET"}
    assert all(
        not r.planned and r.positive == r.negative == r.unknown_id == 0 for r in reports.values() if r.method != "GET"
    )
    assert all(r.ok for r in reports.values()), [f for r in reports.values() for f in r.failures][:3]
    asset = reports["show_digital_asset"]  # its id came from list_digital_assets
    assert (asset.positive, asset.accepted, asset.unknown_id, asset.unknown_id_rejected) == (1, 1, 1, 1)
    product = reports["show_product"]  # no product exists: the positive case asks for one that does not
    assert (product.positive, product.unknown_id, product.unknown_id_rejected) == (0, 2, 2)


def test_the_command_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contract", "--vendor", "metastudio", "--mock", "--read-only", "--examples", "1"]) == 0
    out = capsys.readouterr().out
    assert "metastudio: 131 operations" in out
    assert "metastudio total: 50 of 131 operations run" in out and "; 0 failures" in out
