"""Shared fixtures: demo credentials in the environment, never real ones."""

from __future__ import annotations

import os

import pytest

from digihuman.mock.demo import BASE_URL_NAMES, ENV, VIDEO_SETTINGS

pytest_plugins = ["digihuman.testing"]  # the fixture offered to users' tests (docs/testing.md), tested as they use it

HUAWEICLOUD_VARS = [
    f"HUAWEICLOUD_SDK_{name}"
    for name in ("AK", "SK", "PROJECT_ID", "REGION", "TOKEN", "IAM_ENDPOINT", "DOMAIN_NAME", "USER_NAME", "PASSWORD")
]
VENDOR_VARS = [name for env in ENV.values() for name in env] + ["XINGYUN_BASE_URL", "METAWORKS_BASE_URL"]
VENDOR_VARS += HUAWEICLOUD_VARS  # no test signs with the caller's own Huawei Cloud credentials
VENDOR_VARS += [*BASE_URL_NAMES.values(), *(name for names in VIDEO_SETTINGS.values() for name in names)]
# The clients honour the proxy variables: the tests' loopback servers are reached directly whatever the shell says.
VENDOR_VARS += [name for s in ("http", "https", "all", "no") for name in (f"{s}_proxy", f"{s.upper()}_PROXY")]


@pytest.fixture(autouse=True)
def demo_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from the mocks' demo credentials, whatever the caller's shell holds."""
    if os.environ.get("DIGIHUMAN_TARGET") == "live":
        return
    for name in VENDOR_VARS:
        monkeypatch.delenv(name, raising=False)
    for vendor in ("xingyun", "metaworks"):  # MetaStudio tests pass their environment explicitly
        for name, value in ENV[vendor].items():
            monkeypatch.setenv(name, value)
