"""Schemathesis over every operation of both specs: in-process, over a real loopback socket, or live.

`DIGIHUMAN_TARGET=live` (`make contract TARGET=live`) points the same suite at the vendors' hosts with
credentials from the environment: read-only operations only unless ALLOW_WRITES=1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest

from digihuman import metaworks, xingyun
from digihuman.contract import format_report, run_contract
from digihuman.mock.demo import demo_mock
from digihuman.mock.server import serve_in_thread
from digihuman.openapi import api

pytestmark = pytest.mark.contract
TARGET = os.environ.get("DIGIHUMAN_TARGET", "mock")
EXAMPLES = int(os.environ.get("DIGIHUMAN_CONTRACT_EXAMPLES", "25"))
FACTORIES = {"xingyun": xingyun.client, "metaworks": metaworks.client}
LIVE_VARS = {
    "xingyun": ["XINGYUN_APP_ID", "XINGYUN_APP_SECRET"],
    "metaworks": ["METAWORKS_APP_KEY", "METAWORKS_APP_SECRET", "METAWORKS_APP_NAME", "METAWORKS_BASE_URL"],
}


def check(vendor: str, http: httpx.Client, read_only: bool = False) -> None:
    reports = run_contract(vendor, http, examples=EXAMPLES, negative=not read_only, read_only=read_only)
    print(format_report(vendor, reports))
    assert {r.operation_id for r in reports} == set(api(vendor).by_id)
    failures = [f for r in reports for f in r.failures]
    assert not failures, "\n\n".join(failures[:5])
    for r in reports:
        if not (read_only and r.method != "GET"):
            assert r.positive > 0, f"{r.operation_id}: no positive case ran"
            if not read_only:
                assert r.negative > 0, f"{r.operation_id}: no negative case ran"


@pytest.mark.skipif(TARGET != "mock", reason="in-process run is for TARGET=mock")
@pytest.mark.parametrize("vendor", ["xingyun", "metaworks"])
def test_in_process(vendor: str) -> None:
    mock = demo_mock(vendor, seed=11, step_seconds=0.05)
    with FACTORIES[vendor](base_url="http://127.0.0.1", transport=mock.transport()).get_httpx_client() as http:
        check(vendor, http)


@pytest.fixture(params=["xingyun", "metaworks"])
def loopback(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    vendor = request.param
    with serve_in_thread(demo_mock(vendor, seed=12, step_seconds=0.05)) as base_url:
        yield vendor, base_url


@pytest.mark.skipif(TARGET != "mock", reason="loopback run is for TARGET=mock")
def test_over_loopback(loopback: tuple[str, str]) -> None:
    vendor, base_url = loopback
    with FACTORIES[vendor](base_url=base_url).get_httpx_client() as http:
        check(vendor, http)


@pytest.mark.skipif(TARGET != "live", reason="live run only with TARGET=live")
@pytest.mark.parametrize("vendor", ["xingyun", "metaworks"])
def test_live(vendor: str) -> None:
    missing = [name for name in LIVE_VARS[vendor] if not os.environ.get(name)]
    if missing:
        pytest.skip(f"live {vendor} contract needs {', '.join(missing)}")
    with FACTORIES[vendor]().get_httpx_client() as http:
        check(vendor, http, read_only=os.environ.get("ALLOW_WRITES") != "1")
