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
    "metastudio": {
        "HUAWEICLOUD_SDK_AK": "MOCKAK00000000000000",
        "HUAWEICLOUD_SDK_SK": "mock-secret-key",
        "HUAWEICLOUD_SDK_PROJECT_ID": "0123456789abcdef0123456789abcdef",
        "HUAWEICLOUD_SDK_REGION": "ap-southeast-3",
        "HUAWEICLOUD_SDK_DOMAIN_NAME": "mock-domain",
        "HUAWEICLOUD_SDK_USER_NAME": "mock-user",
        "HUAWEICLOUD_SDK_PASSWORD": "mock-password",
    },
}
SECRET_NAMES = ("XINGYUN_APP_SECRET", "METAWORKS_APP_SECRET", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PASSWORD")


def mock_options(vendor: str) -> dict[str, Any]:
    """Constructor options that make a mock accept the demo credentials of `ENV`."""
    env = ENV[vendor]
    if vendor == "xingyun":
        return {"apps": {env["XINGYUN_APP_ID"]: env["XINGYUN_APP_SECRET"]}}
    if vendor == "metastudio":
        user = (env["HUAWEICLOUD_SDK_DOMAIN_NAME"], env["HUAWEICLOUD_SDK_USER_NAME"])
        return {
            "users": {user: env["HUAWEICLOUD_SDK_PASSWORD"]},
            "access_keys": {env["HUAWEICLOUD_SDK_AK"]: env["HUAWEICLOUD_SDK_SK"]},
            "projects": [env["HUAWEICLOUD_SDK_PROJECT_ID"]],
        }
    return {"apps": {env["METAWORKS_APP_KEY"]: (env["METAWORKS_APP_SECRET"], env["METAWORKS_APP_NAME"])}}


def demo_mock(vendor: str, **options: Any) -> MockApp:
    from digihuman.mock import create

    return create(vendor, **{**mock_options(vendor), **options})
