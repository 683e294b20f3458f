"""The mocks verify signatures from the server's side: any tampering is rejected with the vendor's code,
which the configured clients raise as typed errors."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from metaworks_client.api.card import generate_cards, list_cards
from metaworks_client.models import CardItem, GenerateCardsRequest, ListCardsRequest
from xingyun_client.api.video_synthesis_task import (
    cancel_render_task,
    create_render_task,
    get_render_task,
    parse_ppt_file,
)
from xingyun_client.models import (
    CancelRenderTaskRequest,
    CreateRenderTaskByPpt,
    CreateRenderTaskBySegment,
    ParsePptFileRequest,
    Segment,
)
from xingyun_client.types import File

from digihuman import metaworks, xingyun
from digihuman.errors import ApiError, AuthError, NotFoundError
from digihuman.mock.demo import demo_mock


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def signed_xingyun(
    mock_clock: Clock, client_clock: Clock | None = None, secret: str = "mock-app-secret", **mock_opts: object
):  # type: ignore[no-untyped-def]
    mock = demo_mock("xingyun", clock=mock_clock, seed=7, **mock_opts)
    client = xingyun.client(
        base_url="http://127.0.0.1", app_secret=secret, clock=client_clock or mock_clock, transport=mock.transport()
    )
    return mock, client


def segment_body() -> CreateRenderTaskBySegment:
    return CreateRenderTaskBySegment(
        look_name="l", tts_vcn_name="t", studio_name="s", segment=[Segment(text="你好 世界")]
    )


def test_xingyun_render_task_lifecycle() -> None:
    clock = Clock()
    mock, client = signed_xingyun(clock)
    created = create_render_task.sync(client=client, body=segment_body())
    assert created is not None and created.error_code == 0
    task_id = created.data.task_id  # type: ignore[union-attr]
    seen = []
    for _ in range(5):
        got = get_render_task.sync(client=client, task_id=task_id)  # type: ignore[arg-type]
        assert got is not None and got.error_code == 0
        seen.append(str(got.data.synth_state))  # type: ignore[union-attr]
        clock.now += mock.step_seconds
    assert seen == ["not_send", "waiting", "processing", "finished", "finished"]
    assert str(got.data.render_video_oss).endswith(f"/media/{task_id}.mp4")  # type: ignore[union-attr]
    # a finished task cannot be cancelled
    with pytest.raises(ApiError) as refused:
        cancel_render_task.sync(client=client, body=CancelRenderTaskRequest(task_id=task_id))  # type: ignore[arg-type]
    assert refused.value.vendor_code == 30006


def test_xingyun_cancel_and_ppt_flow() -> None:
    clock = Clock()
    _, client = signed_xingyun(clock)
    parsed = parse_ppt_file.sync(
        client=client, body=ParsePptFileRequest(ppt_file=File(payload=b"PK\x03\x04 slides", file_name="a.pptx"))
    )
    assert parsed is not None and parsed.error_code == 0
    name = parsed.data.parse_ppt_file_name  # type: ignore[union-attr]
    created = create_render_task.sync(
        client=client,
        body=CreateRenderTaskByPpt(look_name="l", tts_vcn_name="t", studio_name="s", parse_ppt_file_name=name),
    )  # type: ignore[arg-type]
    assert created is not None and created.error_code == 0
    task_id = created.data.task_id  # type: ignore[union-attr]
    assert cancel_render_task.sync(client=client, body=CancelRenderTaskRequest(task_id=task_id)).error_code == 0  # type: ignore[arg-type, union-attr]
    got = get_render_task.sync(client=client, task_id=task_id)  # type: ignore[arg-type]
    assert str(got.data.synth_state) == "cancel"  # type: ignore[union-attr]
    with pytest.raises(NotFoundError) as unknown:
        create_render_task.sync(
            client=client,
            body=CreateRenderTaskByPpt(look_name="l", tts_vcn_name="t", studio_name="s", parse_ppt_file_name="nope"),
        )
    assert unknown.value.vendor_code == 30002


def tamper(request: httpx.Request, what: str) -> httpx.Request:
    """Rebuild a signed request with one part changed after signing."""
    url = request.url
    headers = dict(request.headers)
    content = request.content
    method = request.method
    if what == "method":
        method = "PUT"
    elif what == "path":
        url = url.copy_with(path=url.path + "x")
    elif what == "query":
        url = url.copy_with(query=b"task_id=2")
    elif what == "body":
        content = content.replace(b'"l"', b'"m"')
    elif what == "timestamp":
        headers["x-timestamp"] = str(int(headers["x-timestamp"]) + 1)
    headers.pop("content-length", None)
    return httpx.Request(method, url, headers=headers, content=content)


@pytest.mark.parametrize("what", ["method", "path", "body", "timestamp", "query"])
def test_xingyun_rejects_tampered_requests(what: str) -> None:
    clock = Clock()
    mock, _ = signed_xingyun(clock)
    auth = xingyun.auth(clock=clock)
    if what == "query":
        request = httpx.Request("GET", "http://127.0.0.1/user/v1/video_synthesis_task/get_render_task?task_id=1")
    else:
        request = httpx.Request(
            "POST", "http://127.0.0.1/user/v1/video_synthesis_task/create_render_task", json=segment_body().to_dict()
        )
        request.content  # noqa: B018 - read the body before signing
    auth.sign(request)
    assert mock.transport().handle_request(request).json()["error_code"] != 20001  # the untampered one passes
    reply = mock.transport().handle_request(tamper(request, what))
    assert reply.json()["error_code"] == 20001


def test_xingyun_rejects_wrong_secret_and_stale_timestamp() -> None:
    clock = Clock()
    _, wrong = signed_xingyun(clock, secret="not-the-secret")
    with pytest.raises(AuthError) as refused:
        get_render_task.sync(client=wrong, task_id=1)
    assert refused.value.vendor_code == 20001
    # signed by hand: the client itself would follow the mock's clock (tests/test_clock_skew.py)
    mock, _ = signed_xingyun(clock)
    url = "http://127.0.0.1/user/v1/video_synthesis_task/get_render_task?task_id=1"
    for offset, code in [(-61, 20001), (61, 20001), (-59, 30004), (59, 30004)]:
        request = httpx.Request("GET", url)
        xingyun.auth(clock=Clock(clock.now + offset)).sign(request)
        answer = mock.transport().handle_request(request)
        assert answer.json()["error_code"] == code, offset
        assert answer.headers["date"] == email.utils.formatdate(clock.now, usegmt=True)


def signed_metaworks(
    mock_clock: Clock, client_clock: Clock | None = None, secret: str = "mock-app-secret", **mock_opts: object
):  # type: ignore[no-untyped-def]
    mock = demo_mock("metaworks", clock=mock_clock, seed=3, **mock_opts)
    client = metaworks.client(
        base_url="http://127.0.0.1", app_secret=secret, clock=client_clock or mock_clock, transport=mock.transport()
    )
    return mock, client


def test_metaworks_card_lifecycle_and_failures() -> None:
    clock = Clock()
    mock, client = signed_metaworks(clock, fail_rate=0.5)
    created = generate_cards.sync(
        client=client,
        body=GenerateCardsRequest(meta_human_id=9, items=[CardItem(tpl_id=152, tts_text="你好", bg_url="u")] * 6),
    )
    assert created is not None and created.err_code == 0
    ids = created.data.task_ids  # type: ignore[union-attr]
    assert len(ids) == 6  # type: ignore[arg-type]
    first = list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=9, task_list=ids))  # type: ignore[arg-type]
    assert {int(c.state) for c in first.ret} == {5}  # type: ignore[arg-type, union-attr]
    clock.now += mock.step_seconds
    done = list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=0, task_list=[]))
    states = [int(c.state) for c in done.ret]  # type: ignore[arg-type, union-attr]
    assert set(states) == {6, 7}  # seeded: some succeed, some fail
    assert all(c.play_url for c in done.ret if int(c.state) == 6)  # type: ignore[arg-type, union-attr]
    with pytest.raises(NotFoundError) as missing:
        list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=0, task_list=[1]))
    assert missing.value.vendor_code == -20002


def test_metaworks_rejects_wrong_secret_and_expired_signature() -> None:
    clock = Clock()
    body = ListCardsRequest(meta_human_id=0, task_list=[])
    _, wrong = signed_metaworks(clock, secret="nope")
    with pytest.raises(AuthError) as refused:
        list_cards.sync(client=wrong, body=body)
    assert refused.value.vendor_code == -10004
    # signed by hand: the client itself would follow the mock's clock (tests/test_clock_skew.py)
    mock, _ = signed_metaworks(clock)
    for offset, code in [(-900, -10003), (900, -10003), (-899, 0), (899, 0)]:
        request = httpx.Request("POST", "http://127.0.0.1/card/list", json=body.to_dict())
        metaworks.auth(clock=Clock(clock.now + offset)).sign(request)
        assert mock.transport().handle_request(request).json()["err_code"] == code, offset


def test_metaworks_rejects_bad_parameters_with_the_vendor_code() -> None:
    clock = Clock()
    mock, _ = signed_metaworks(clock)
    auth = metaworks.auth(clock=clock)
    request = httpx.Request("POST", "http://127.0.0.1/card/generate", json={"meta_human_id": "one", "items": []})
    auth.sign(request)
    reply = mock.transport().handle_request(request)
    assert reply.json()["err_code"] == -10002
    assert "meta_human_id" in reply.headers["x-mock-reason"]
