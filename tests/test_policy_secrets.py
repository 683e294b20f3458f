"""With real-looking secrets configured, the policy, error and logging paths never show them: not in logs,
not in reprs, not in exception text (nor the credential headers derived from them)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
from metastudio_client.models import Create2DDigitalHumanVideoRequest
from metaworks_client.api.card import generate_cards, list_cards
from metaworks_client.models import CardItem, GenerateCardsRequest, ListCardsRequest
from xingyun_client.api.video_synthesis_task import get_render_task

from digihuman import metaworks, xingyun
from digihuman.errors import DigihumanError
from tests.support import METASTUDIO_TOKEN, Scripted, Sleeps, answer, metastudio_client

XINGYUN_SECRET = "xy-s3cret-VALUE-123"  # noqa: S105 - made up for the test
METAWORKS_SECRET = "mw-s3cret-VALUE-456"  # noqa: S105 - made up for the test
CREDENTIAL_HEADERS = ("x-token", "authorization", "x-auth-token")


def shown(error: BaseException | None) -> list[str]:
    """Everything an error chain shows of itself."""
    texts = []
    while error is not None:
        texts += [str(error), repr(error)]
        error = error.__cause__ or error.__context__
    return texts


def test_secrets_never_show_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    servers: list[Scripted] = []
    errors: list[BaseException] = []

    def server(*outcomes: Any, then: Any = None) -> httpx.MockTransport:
        servers.append(Scripted(*outcomes, then=then))
        return servers[-1].transport()

    def expect_error(call: Any) -> None:
        with pytest.raises(DigihumanError) as raised:
            call()
        errors.append(raised.value)

    sleeps = Sleeps()
    xy = xingyun.client(
        base_url="http://127.0.0.1",
        app_secret=XINGYUN_SECRET,
        retries=sleeps.retry(),
        transport=server(answer(500), httpx.ReadTimeout),
    )
    mw_ok = {"err_code": 0, "last_modify": 1}
    mw = metaworks.client(
        base_url="http://127.0.0.1",
        app_secret=METAWORKS_SECRET,
        retries=sleeps.retry(),
        transport=server(
            answer(200, {"err_code": -10004, "last_modify": 1}), httpx.RemoteProtocolError, then=answer(200, mw_ok)
        ),
    )
    ms_refused = answer(401, {"error_code": "MSS.00020002", "error_msg": "bad token"})
    ms = metastudio_client(server(ms_refused, answer(500), then=httpx.ConnectError), sleeps.retry())
    cards = GenerateCardsRequest(meta_human_id=1, items=[CardItem(tpl_id=1, tts_text="hi", bg_url="u")])
    video = Create2DDigitalHumanVideoRequest.from_dict(
        {
            "voice_config": {"voice_asset_id": "v"},
            "video_config": {"codec": "H264", "bitrate": 40, "width": 1, "height": 1},
        }
    )

    with caplog.at_level(logging.DEBUG):
        assert get_render_task.sync(client=xy, task_id=7) is not None  # two retries, logged
        expect_error(lambda: list_cards.sync(client=mw, body=ListCardsRequest(meta_human_id=1, task_list=[])))
        expect_error(lambda: generate_cards.sync(client=mw, body=cards))  # dropped: a paid job, uncertain
        expect_error(lambda: show_2d_digital_human_video.sync(project_id="p", job_id="j", client=ms))
        expect_error(lambda: create_2d_digital_human_video.sync(project_id="p", client=ms, body=video))  # uncertain
        expect_error(lambda: show_2d_digital_human_video.sync(project_id="p", job_id="j", client=ms))  # no answer
        expect_error(lambda: asyncio.run(get_render_task.asyncio(client=xy, task_id="x")))  # type: ignore[arg-type]

    sent = [r.headers[name] for s in servers for r in s.requests for name in CREDENTIAL_HEADERS if name in r.headers]
    assert sent, "the requests were signed"
    secrets = [XINGYUN_SECRET, METAWORKS_SECRET, METASTUDIO_TOKEN, *sent]
    kinds = [type(e).__name__ for e in errors]
    assert kinds == [
        "AuthError",
        "PaidJobUncertainError",
        "AuthError",
        "PaidJobUncertainError",
        "NoResponseError",
        "RequestValidationError",
    ]
    assert sum("retry" in r.getMessage() for r in caplog.records) == 4
    shown_text = [caplog.text, *[t for e in errors for t in shown(e)]]
    shown_text += [repr(xingyun.auth(app_secret=XINGYUN_SECRET)), repr(metaworks.auth(app_secret=METAWORKS_SECRET))]
    shown_text += [repr(c.get_httpx_client()._transport.policy) for c in (xy, mw)]
    for secret in secrets:
        for text in shown_text:
            assert secret not in text
