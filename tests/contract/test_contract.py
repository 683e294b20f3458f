"""Schemathesis over every operation of the three specs: in-process, over a real loopback socket, or live.

`DIGIHUMAN_TARGET=live` (`make contract TARGET=live`) points the same suite at the vendors' hosts with
credentials from the environment: positive cases of read-only operations only (never a paid job) unless
ALLOW_WRITES=1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from digihuman.contract import (
    NEGATIVE,
    POSITIVE,
    SPEC_GAPS,
    UNKNOWN_ID,
    OperationReport,
    format_report,
    missing_live_settings,
    run_contract,
    vendor_client,
)
from digihuman.mock.demo import ENV, demo_mock
from digihuman.mock.server import serve_in_thread
from digihuman.openapi import api

pytestmark = pytest.mark.contract
TARGET = os.environ.get("DIGIHUMAN_TARGET", "mock")
EXAMPLES = int(os.environ.get("DIGIHUMAN_CONTRACT_EXAMPLES", "25"))
# MetaStudio has 131 operations: a few cases of each kind per operation keep the suite quick.
METASTUDIO_EXAMPLES = {"in-process": 5, "loopback": 2, "live": 2}
# MetaStudio's contract cases find jobs in the state they were created in (a cancel needs a waiting job).
STEP_SECONDS = {"xingyun": 0.05, "metaworks": 0.05, "metastudio": 3600.0}
VENDORS = ["xingyun", "metaworks", "metastudio"]


def check(
    client: Any, fixed: dict[str, str], vendor: str, where: str, read_only: bool = False
) -> list[OperationReport]:
    """Run the suite through `client` and check the report: every operation, no failure, every planned kind
    of case sent and answered as it should be."""
    examples = METASTUDIO_EXAMPLES[where] if vendor == "metastudio" else EXAMPLES
    with client.get_httpx_client() as http:
        reports = run_contract(
            vendor, http, examples=examples, negative=not read_only, read_only=read_only, path_parameters=fixed
        )
    print(format_report(vendor, reports))
    assert sorted(r.operation_id for r in reports) == sorted(api(vendor).by_id)
    failures = [f for r in reports for f in r.failures]
    assert not failures, "\n\n".join(failures[:5])
    for r in reports:
        assert (r.accepted, r.rejected, r.unknown_id_rejected) == (r.positive, r.negative, r.unknown_id)
        if POSITIVE in r.planned:
            assert r.positive + r.unknown_id > 0, f"{r.operation_id}: no positive case ran"
        if NEGATIVE in r.planned:
            assert r.negative > 0, f"{r.operation_id}: no negative case ran"
        if UNKNOWN_ID in r.planned:
            assert r.unknown_id > 0, f"{r.operation_id}: no unknown-id case ran"
    return reports


@pytest.mark.skipif(TARGET != "mock", reason="in-process run is for TARGET=mock")
@pytest.mark.parametrize("vendor", VENDORS)
def test_in_process(vendor: str) -> None:
    mock = demo_mock(vendor, seed=11, step_seconds=STEP_SECONDS[vendor])
    client, fixed = vendor_client(vendor, "http://127.0.0.1", ENV[vendor], rate_limit=False, transport=mock.transport())
    reports = check(client, fixed, vendor, "in-process")
    if vendor == "metastudio":  # every operation ran every kind of case it has, and every known gap still exists
        assert all(r.planned and r.positive == METASTUDIO_EXAMPLES["in-process"] for r in reports)
        by_id = {r.operation_id: r for r in reports}
        for operation_id, kind in SPEC_GAPS:
            assert kind in by_id[operation_id].planned and by_id[operation_id].spec_gaps > 0, operation_id


@pytest.fixture(params=VENDORS)
def loopback(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    vendor = request.param
    with serve_in_thread(demo_mock(vendor, seed=12, step_seconds=STEP_SECONDS[vendor])) as url:
        yield vendor, url


@pytest.mark.skipif(TARGET != "mock", reason="loopback run is for TARGET=mock")
def test_over_loopback(loopback: tuple[str, str]) -> None:
    vendor, base_url = loopback
    client, fixed = vendor_client(vendor, base_url, ENV[vendor], rate_limit=False)
    check(client, fixed, vendor, "loopback")


@pytest.mark.skipif(TARGET != "live", reason="live run only with TARGET=live")
@pytest.mark.parametrize("vendor", VENDORS)
def test_live(vendor: str) -> None:
    missing = missing_live_settings(vendor, os.environ)
    if missing:
        pytest.skip(f"live {vendor} contract needs {', '.join(missing)}")
    client, fixed = vendor_client(vendor)
    check(client, fixed, vendor, "live", read_only=os.environ.get("ALLOW_WRITES") != "1")
