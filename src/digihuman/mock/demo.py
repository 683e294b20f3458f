"""Credentials the embedded mocks accept, for `digihuman run`, `digihuman mock` and the tests.
They are not secrets: they open nothing but a mock on this machine."""

from __future__ import annotations

from typing import Any

from digihuman.mock.base import MockApp

ENV = {
    "xingyun": {"XINGYUN_APP_ID": "mock-app-id", "XINGYUN_APP_SECRET": "mock-app-secret"},
    "metaworks": {
        "METAWORKS_APP_KEY": "mock-app-key",
        "METAWORKS_APP_SECRET": "mock-app-secret",
        "METAWORKS_APP_NAME": "mock-app",
    },
}


def mock_options(vendor: str) -> dict[str, Any]:
    """Constructor options that make a mock accept the demo credentials of `ENV`."""
    env = ENV[vendor]
    if vendor == "xingyun":
        return {"apps": {env["XINGYUN_APP_ID"]: env["XINGYUN_APP_SECRET"]}}
    return {"apps": {env["METAWORKS_APP_KEY"]: (env["METAWORKS_APP_SECRET"], env["METAWORKS_APP_NAME"])}}


def demo_mock(vendor: str, **options: Any) -> MockApp:
    from digihuman.mock import create

    return create(vendor, **{**mock_options(vendor), **options})
