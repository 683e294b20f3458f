"""Credentials the embedded mocks accept, for `digihuman run`, `digihuman mock`, `digihuman video --mock`
and the tests. They are not secrets: they open nothing but a mock on this machine."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
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
# What `digihuman.video` needs besides credentials; the mocks accept any value the spec allows.
VIDEO_SETTINGS = {
    "metastudio": {"METASTUDIO_MODEL_ASSET_ID": "mock-model-asset", "METASTUDIO_VOICE_ASSET_ID": "mock-voice-asset"},
    "xingyun": {  # the values of 002 DEMO示例 1.1
        "XINGYUN_LOOK_NAME": "AM054_Jap_9021_new",
        "XINGYUN_TTS_VCN_NAME": "XMOV_HN_TTS__236",
        "XINGYUN_STUDIO_NAME": "youling_2d_v",
    },
    "metaworks": {
        "METAWORKS_META_HUMAN_ID": "1",
        "METAWORKS_TPL_ID": "152",
        "METAWORKS_BG_URL": "https://mock.invalid/bg.jpg",
    },
}
BASE_URL_NAMES = {"metastudio": "METASTUDIO_ENDPOINT", "xingyun": "XINGYUN_BASE_URL", "metaworks": "METAWORKS_BASE_URL"}
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


def accepting(vendor: str, env: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Constructor options that make a mock accept the demo credentials and also those set in `env` under the
    names the clients read, and a description of each credential set accepted (names and identifiers only:
    never a secret)."""
    options = mock_options(vendor)
    accepted = [_describe(vendor, ENV[vendor], "the demo credentials")]
    given = {name: env[name] for name in ENV[vendor] if env.get(name)}
    if all(ENV[vendor][name] == value for name, value in given.items()):  # the demo set itself, or part of it
        return options, accepted
    if vendor == "xingyun" and {"XINGYUN_APP_ID", "XINGYUN_APP_SECRET"} <= given.keys():
        options["apps"] = {**options["apps"], given["XINGYUN_APP_ID"]: given["XINGYUN_APP_SECRET"]}
    elif vendor == "metaworks" and {"METAWORKS_APP_KEY", "METAWORKS_APP_SECRET", "METAWORKS_APP_NAME"} <= given.keys():
        secret_and_name = (given["METAWORKS_APP_SECRET"], given["METAWORKS_APP_NAME"])
        options["apps"] = {**options["apps"], given["METAWORKS_APP_KEY"]: secret_and_name}
    elif vendor == "metastudio" and "HUAWEICLOUD_SDK_PROJECT_ID" in given:
        project = given["HUAWEICLOUD_SDK_PROJECT_ID"]
        options["projects"] = [*options["projects"], project]
        if {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK"} <= given.keys():
            access_key = {given["HUAWEICLOUD_SDK_AK"]: given["HUAWEICLOUD_SDK_SK"]}
            options["access_keys"] = {**options["access_keys"], **access_key}
        user_names = ("HUAWEICLOUD_SDK_DOMAIN_NAME", "HUAWEICLOUD_SDK_USER_NAME", "HUAWEICLOUD_SDK_PASSWORD")
        if set(user_names) <= given.keys():
            user = (given["HUAWEICLOUD_SDK_DOMAIN_NAME"], given["HUAWEICLOUD_SDK_USER_NAME"])
            options["users"] = {**options["users"], user: given["HUAWEICLOUD_SDK_PASSWORD"]}
    else:
        return options, accepted
    if options == mock_options(vendor):  # a partial set: nothing was added
        return options, accepted
    return options, [*accepted, _describe(vendor, given, "those of the environment")]


def _describe(vendor: str, values: Mapping[str, str], what: str) -> str:
    shown = ", ".join(f"{name}={value}" for name, value in values.items() if name in IDENTIFIERS[vendor])
    return f"{what} ({shown})"


# What a banner may show of a credential set: the names that identify it, none that prove it.
IDENTIFIERS = {
    "xingyun": ("XINGYUN_APP_ID",),
    "metaworks": ("METAWORKS_APP_KEY", "METAWORKS_APP_NAME"),
    "metastudio": ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_PROJECT_ID", "HUAWEICLOUD_SDK_USER_NAME"),
}


def demo_mock(vendor: str, **options: Any) -> MockApp:
    from digihuman.mock import create

    return create(vendor, **{**mock_options(vendor), **options})


@contextmanager
def serve_demo(vendor: str, step_seconds: float = 0.25, **options: Any) -> Iterator[dict[str, str]]:
    """A demo mock served on loopback in a thread; yields the environment that reaches it (its base URL, the
    demo credentials and video settings)."""
    from digihuman.mock.server import serve_in_thread

    with serve_in_thread(demo_mock(vendor, step_seconds=step_seconds, **options)) as base_url:
        yield demo_env(vendor, base_url)


@contextmanager
def serve_mocks(
    vendors: Sequence[str] = ("metastudio", "xingyun", "metaworks"), step_seconds: float = 0.25
) -> Iterator[dict[str, str]]:
    """Each vendor's demo mock on a free loopback port; yields the environment that points the clients at them
    all (base URLs, demo credentials, video settings), as `digihuman mock --print-env` prints it."""
    env: dict[str, str] = {}
    with ExitStack() as stack:
        for vendor in vendors:
            env |= stack.enter_context(serve_demo(vendor, step_seconds=step_seconds))
        yield env


def demo_env(vendor: str, base_url: str) -> dict[str, str]:
    """The environment that points a client (and `digihuman video`) at a demo mock served at `base_url`."""
    return {BASE_URL_NAMES[vendor]: base_url, **ENV[vendor], **VIDEO_SETTINGS[vendor]}
