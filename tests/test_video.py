"""`digihuman.video`: one talking-head video from text on each vendor, against the mocks in-process on a fake
clock, with its settings from arguments or the environment; status, cancel and list where the API has them."""

from __future__ import annotations

from typing import Any

import pytest

from digihuman import metastudio, metaworks, video, xingyun
from digihuman.errors import ConfigurationError, JobFailedError, UnsupportedOperationError
from digihuman.mock.demo import ENV, VIDEO_SETTINGS, demo_mock
from tests.support import FakeTime

LOCAL = "http://127.0.0.1"
PROJECT_ENV = {"HUAWEICLOUD_SDK_PROJECT_ID": ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]}


def client(vendor: str, clock: FakeTime) -> Any:
    transport = demo_mock(vendor, clock=clock, seed=4, step_seconds=1.0).transport()
    if vendor == "metastudio":
        aksk = {k: ENV[vendor][k] for k in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")}
        return metastudio.client(LOCAL, env=aksk, clock=clock, transport=transport, rate_limit=False)
    factory = xingyun.client if vendor == "xingyun" else metaworks.client
    return factory(LOCAL, clock=clock, transport=transport, rate_limit=False)


def environment(vendor: str) -> dict[str, str]:
    return {**PROJECT_ENV, **VIDEO_SETTINGS[vendor]}


@pytest.mark.parametrize("vendor", video.VENDORS)
def test_a_video_from_text_on_each_vendor(vendor: str) -> None:
    clock = FakeTime()
    vendor_client = client(vendor, clock)
    states: list[str] = []
    result = video.create_video(
        vendor,
        "你好",
        client=vendor_client,
        env=environment(vendor),
        sleep=clock.sleep,
        clock=clock,
        progress=lambda state, elapsed: states.append(state),
    )
    assert result.vendor == vendor and result.url and result.url.startswith("http")
    assert result.state == {"metastudio": "SUCCEED", "xingyun": "finished", "metaworks": "6"}[vendor]
    assert len(states) >= 2 and states[-1] == result.state
    assert video.video_status(vendor, result.job_id, client=vendor_client, env=PROJECT_ENV) == result


def test_settings_come_from_arguments_before_the_environment() -> None:
    clock = FakeTime()
    settings = {"look_name": "L", "tts_vcn_name": "V", "studio_name": "S"}
    started = video.create_video(
        "xingyun", "你好", wait=False, settings=settings, client=client("xingyun", clock), env={}
    )
    assert started.state == "not_send" and started.url is None
    with pytest.raises(ConfigurationError, match="XINGYUN_STUDIO_NAME is not set: studio_name"):
        video.create_video("xingyun", "你好", settings={"look_name": "L", "tts_vcn_name": "V"}, env={})
    with pytest.raises(ConfigurationError, match="no video setting voice"):
        video.create_video("xingyun", "你好", settings={"voice": "V"}, env={})
    with pytest.raises(ConfigurationError, match="METAWORKS_TPL_ID.*must be a number"):
        env = {**VIDEO_SETTINGS["metaworks"], "METAWORKS_TPL_ID": "hello"}
        video.create_video("metaworks", "你好", client=client("metaworks", clock), env=env)
    with pytest.raises(ConfigurationError, match="unknown vendor"):
        video.create_video("other", "你好")


def test_a_failed_video_raises() -> None:
    clock = FakeTime()
    with pytest.raises(JobFailedError) as raised:
        video.create_video(
            "metastudio",
            "MOCK_FAIL",
            client=client("metastudio", clock),
            env=environment("metastudio"),
            sleep=clock.sleep,
            clock=clock,
        )
    assert raised.value.state == "FAILED"


def test_cancel_where_the_api_allows_it() -> None:
    clock = FakeTime()
    for vendor, cancelled in (("metastudio", "CANCELED"), ("xingyun", "cancel")):
        vendor_client = client(vendor, clock)
        started = video.create_video(vendor, "你好", wait=False, client=vendor_client, env=environment(vendor))
        assert video.cancel_video(vendor, started.job_id, client=vendor_client, env=PROJECT_ENV).state == cancelled
    with pytest.raises(UnsupportedOperationError):
        video.cancel_video("metaworks", "1", client=client("metaworks", clock))


def test_list_where_the_api_allows_it() -> None:
    clock = FakeTime()
    for vendor in ("metastudio", "metaworks"):
        vendor_client = client(vendor, clock)
        made = video.create_video(
            vendor, "你好", client=vendor_client, env=environment(vendor), sleep=clock.sleep, clock=clock
        )
        listed = video.list_videos(vendor, client=vendor_client, env=PROJECT_ENV)
        assert [(r.job_id, r.state) for r in listed] == [(made.job_id, made.state)]
    with pytest.raises(UnsupportedOperationError):
        video.list_videos("xingyun", client=client("xingyun", clock))


def test_credentials_are_looked_for_per_vendor() -> None:
    assert video.has_credentials("xingyun", {"XINGYUN_APP_ID": "a"})
    assert not video.has_credentials("metastudio", {"XINGYUN_APP_ID": "a", "HUAWEICLOUD_SDK_PROJECT_ID": "p"})
