"""A slice of the whole flow with real-looking secrets configured: client calls that fail and are retried,
jobs waited for, both callbacks delivered and refused, and the `digihuman video` command. No secret may show
in the logs (DEBUG), stdout/stderr, reprs or exception text."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
from metastudio_client.models import CallBackConfig, CallBackConfigAuthType

from digihuman import callbacks, jobs, metastudio, metaworks, policy, video, xingyun
from digihuman.cli import main
from digihuman.errors import DigihumanError
from digihuman.mock.demo import VIDEO_SETTINGS
from digihuman.mock.faults import Fault, FaultyMock
from digihuman.mock.metastudio import MetaStudioMock
from digihuman.mock.metaworks import MetaworksMock
from digihuman.mock.server import serve_in_thread
from digihuman.mock.xingyun import XingyunMock
from tests.support import AsgiTransport, FakeTime
from tests.test_metastudio_end_to_end import video_request

# made up for the test, shaped like the real thing
XY_ID, XY_SECRET, XY_WRONG = (
    "xy-app-20240611",
    "xy-3f9a8c2e7b1d4f60a5c9e8d7b6a5f4e3",
    "xy-9b1d4f60a5c9e8d73f9a8c2e7b6a5f4e",
)
MW_KEY, MW_SECRET, MW_NAME = "mw-key-5512", "mw-7c1e9b3a5d2f4e6081a7c9e5b3d1f2a4", "mw-prod-app"
MS_AK, MS_SK = "HPUAK7Q2XW9ZP3RLM5VN", "Zq8vT3mNx7LpR2wK9sYf4HbJc6GdEa1UoXi5Vn0M"
MS_USER, MS_DOMAIN, MS_PASSWORD = "ops-robot", "acme-cn", "Pw#4kT9!vQ2zLm7R"
HOOK_KEY, APP_KEY = "cbk-5e8d2a9f7c3b1e6d4a0f", "llm-appkey-8b4c2e6f1a9d3c7e"
SECRETS = [XY_SECRET, XY_WRONG, MW_SECRET, MS_SK, MS_PASSWORD, HOOK_KEY, APP_KEY]
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
HOOK, LLM = "https://hooks.example.com/video", "https://llm.example.com/answer"
LOCAL = "http://127.0.0.1"


def shown(error: BaseException) -> list[str]:
    texts = []
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return texts


def test_no_secret_shows_anywhere(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeTime()
    waits: Any = {"sleep": clock.sleep, "clock": clock}
    retry = policy.Retry(attempts=3, random=lambda: 0.5, sleep=clock.sleep)
    texts: list[str] = []
    objects: list[object] = []

    def failing(call: Any) -> None:
        with pytest.raises(DigihumanError) as raised:
            call()
        texts.extend(shown(raised.value))

    caplog.set_level(logging.DEBUG)

    # Xmov: the status call fails twice with 500 and is retried; a wrong secret is refused
    xy_mock = XingyunMock(apps={XY_ID: XY_SECRET}, clock=clock, step_seconds=1.0)
    flaky = FaultyMock(xy_mock, Fault("500", first=2, operations=frozenset({"get_render_task"})))
    xy = xingyun.client(LOCAL, XY_ID, XY_SECRET, clock=clock, transport=flaky.transport(), retries=retry)
    made = video.create_video("xingyun", "你好", client=xy, env=VIDEO_SETTINGS["xingyun"], **waits)
    assert made.url and flaky.injected["500"] == 2
    wrong = xingyun.client(LOCAL, XY_ID, XY_WRONG, clock=clock, transport=xy_mock.transport())
    failing(lambda: video.video_status("xingyun", made.job_id, client=wrong))

    # Metaworks: a card that fails
    mw_mock = MetaworksMock(apps={MW_KEY: (MW_SECRET, MW_NAME)}, clock=clock, step_seconds=1.0, fail_rate=1.0)
    mw = metaworks.client(LOCAL, MW_KEY, MW_SECRET, MW_NAME, clock=clock, transport=mw_mock.transport())
    failing(lambda: video.create_video("metaworks", "你好", client=mw, env=VIDEO_SETTINGS["metaworks"], **waits))

    # MetaStudio: AK/SK, a job whose MSS_A callback is delivered and verified; IAM password auth; a wrong hook key
    seen: list[object] = []
    receiver = callbacks.VideoCallbackReceiver(seen.append, callback_url=HOOK, key=HOOK_KEY, clock=clock)
    ms_mock = MetaStudioMock(
        users={(MS_DOMAIN, MS_USER): MS_PASSWORD},
        projects=[PROJECT],
        access_keys={MS_AK: MS_SK},
        clock=clock,
        step_seconds=1.0,
        callback_client=httpx.Client(transport=AsgiTransport(receiver)),
    )
    aksk = {"HUAWEICLOUD_SDK_AK": MS_AK, "HUAWEICLOUD_SDK_SK": MS_SK}
    ms = metastudio.client(LOCAL, env=aksk, clock=clock, transport=ms_mock.transport(), retries=retry)
    body = video_request()
    body.callback_config = CallBackConfig(HOOK, auth_type=CallBackConfigAuthType.MSS_A, key=HOOK_KEY)
    job_id = str(create_2d_digital_human_video.sync(PROJECT, client=ms, body=body).job_id)
    jobs.wait_for_video_job(ms, job_id, project_id=PROJECT, progress=lambda s, e: logging.debug("%s", s), **waits)
    assert len(seen) == 1
    password = {
        "HUAWEICLOUD_SDK_USER_NAME": MS_USER,
        "HUAWEICLOUD_SDK_DOMAIN_NAME": MS_DOMAIN,
        "HUAWEICLOUD_SDK_PASSWORD": MS_PASSWORD,
        "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT,
        "HUAWEICLOUD_SDK_IAM_ENDPOINT": LOCAL,
    }
    by_token = metastudio.client(LOCAL, env=password, clock=clock, transport=ms_mock.transport(), allow_http=True)
    failing(lambda: show_2d_digital_human_video.sync(PROJECT, "no-such-job", client=by_token))
    refused = callbacks.VideoCallbackReceiver(seen.append, callback_url=HOOK, key="another-key", clock=clock)
    ms_mock.callback_client = httpx.Client(transport=AsgiTransport(refused))
    job_id = str(create_2d_digital_human_video.sync(PROJECT, client=ms, body=body).job_id)
    jobs.wait_for_video_job(ms, job_id, project_id=PROJECT, **waits)
    assert [d.status for d in ms_mock.deliveries] == [200, 401]
    tokens = list(ms_mock.sessions)
    failing(
        lambda: callbacks.verify(
            callbacks.VIDEO_MSS_A, HOOK, HOOK_KEY, "0" * 64, format(int(clock() * 1000), "x"), clock()
        )
    )

    # the LLM callback: one refused call
    llm = callbacks.LlmCallbackReceiver(lambda request: "好", llm_url=LLM, app_key=APP_KEY, clock=clock)
    answer = httpx.Client(transport=AsgiTransport(llm)).post(f"{LLM}?secret=00&time_stamp=1", content=b"{}")
    assert answer.status_code == 400
    texts.append(answer.text)

    # the command, against a mock on loopback that knows the real-looking secret
    served = XingyunMock(apps={XY_ID: XY_SECRET}, step_seconds=0.001)
    with serve_in_thread(served) as base_url:
        environment = {"XINGYUN_APP_ID": XY_ID, "XINGYUN_APP_SECRET": XY_SECRET, "XINGYUN_BASE_URL": base_url}
        for name, value in {**environment, **VIDEO_SETTINGS["xingyun"]}.items():
            monkeypatch.setenv(name, value)
        assert main(["video", "create", "--vendor", "xingyun", "--text", "你好", "--wait", "--json"]) == 0
        monkeypatch.setenv("XINGYUN_APP_SECRET", XY_WRONG)
        assert main(["video", "create", "--vendor", "xingyun", "--text", "你好"]) == 2
    out, err = capsys.readouterr()
    assert '"state": "finished"' in out and "20001" in err

    objects += [xy, wrong, mw, ms, by_token, xy_mock, ms_mock.deliveries, receiver, llm, retry]
    objects += [xingyun.auth(XY_ID, XY_SECRET), metaworks.auth(MW_KEY, MW_SECRET, MW_NAME)]
    objects += [c.get_httpx_client()._transport.policy for c in (xy, mw, ms, by_token)]  # type: ignore[attr-defined]
    everything = [caplog.text, out, err, *texts, *map(repr, objects)]
    assert any("retry" in r.getMessage() for r in caplog.records) and len(caplog.records) > 5
    assert tokens  # the password grant issued a token, which must not show either
    for secret in [*SECRETS, *tokens]:
        for text in everything:
            assert secret not in text
