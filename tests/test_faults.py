"""The clients against the Xmov and Metaworks mocks with injected faults: GETs (and idempotent queries)
recover, paid creates are never sent twice, every failure is the right typed error, and small timeouts
keep anything from hanging. In-process (sync transport and ASGI) and over a loopback socket."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from metaworks_client.api.card import generate_cards, list_cards
from metaworks_client.models import CardItem, GenerateCardsRequest, ListCardsRequest
from xingyun_client.api.video_synthesis_task import create_render_task, get_render_task
from xingyun_client.models import CreateRenderTaskBySegment, Segment

from digihuman import metaworks, xingyun
from digihuman.errors import ApiError, PaidJobUncertainError, RateLimitedError, ResponseValidationError
from digihuman.mock.base import MockApp
from digihuman.mock.demo import demo_mock
from digihuman.mock.faults import Fault, FaultyMock
from digihuman.mock.server import serve_in_thread
from tests.support import Sleeps, metaworks_client, with_extension

TRANSIENT = ("refuse", "drop", "429", "500", "slow")
SEGMENT = CreateRenderTaskBySegment(look_name="l", tts_vcn_name="t", studio_name="s", segment=[Segment(text="x")])
CARDS = GenerateCardsRequest(meta_human_id=1, items=[CardItem(tpl_id=152, tts_text="hi", bg_url="u")])
SMALL_TIMEOUT = httpx.Timeout(0.05)


def faults_on(operation_id: str, *modes: str) -> list[Fault]:
    """One fault of each mode, each on the first request for `operation_id` it sees: in order, one call
    meets all of them."""
    return [Fault(mode, first=1, operations=frozenset({operation_id}), retry_after=1, delay=1.0) for mode in modes]


def xingyun_on(faulty: FaultyMock, attempts: int = len(TRANSIENT)) -> Any:
    return xingyun.client(
        base_url="http://127.0.0.1",
        transport=faulty.transport(),
        retries=Sleeps().retry(attempts=attempts, jitter=0.0),
        timeout=SMALL_TIMEOUT,
    )


def report(faulty: FaultyMock, survived: int) -> None:
    injected = sum(faulty.injected.values())
    print(f"faults injected {injected} ({dict(faulty.injected)}), survived {survived}, requests seen {faulty.seen}")


def test_xingyun_gets_recover_from_every_transient_fault() -> None:
    mock = demo_mock("xingyun")
    faulty = FaultyMock(mock, *faults_on("get_render_task", *TRANSIENT))
    client = xingyun_on(faulty)
    task_id = create_render_task.sync(client=client, body=SEGMENT).data.task_id  # type: ignore[union-attr]
    got = get_render_task.sync(client=client, task_id=task_id)  # type: ignore[arg-type]
    assert got is not None and got.data.task_id == task_id  # type: ignore[union-attr]
    assert faulty.injected == {mode: 1 for mode in TRANSIENT}
    assert faulty.seen == 1 + len(TRANSIENT) + 1  # the create, one attempt per fault, the success
    report(faulty, survived=len(TRANSIENT))


def test_metaworks_idempotent_queries_recover() -> None:
    mock = demo_mock("metaworks")
    faulty = FaultyMock(mock, *faults_on("list_cards", *TRANSIENT))
    spec = with_extension("metaworks", "list_cards", **{"x-idempotent": True})
    retry = Sleeps().retry(attempts=len(TRANSIENT), jitter=0.0)
    client = metaworks_client(spec, faulty.transport(), retry)
    client = client.with_timeout(SMALL_TIMEOUT)
    ids = generate_cards.sync(client=client, body=CARDS).data.task_ids  # type: ignore[union-attr]
    got = list_cards.sync(client=client, body=ListCardsRequest(meta_human_id=1, task_list=ids))  # type: ignore[arg-type]
    assert got is not None and [card.task_id for card in got.ret] == ids  # type: ignore[union-attr]
    assert sum(faulty.injected.values()) == len(TRANSIENT)
    report(faulty, survived=len(TRANSIENT))


EXPECTED = {
    "drop": (PaidJobUncertainError, 1),  # (error, jobs the mock created)
    "slow": (PaidJobUncertainError, 1),
    "malformed": (PaidJobUncertainError, 1),
    "500": (PaidJobUncertainError, 0),
    "429": (RateLimitedError, 0),
}


def created(mock: MockApp) -> int:
    return len(getattr(mock, "tasks", None) or getattr(mock, "cards", {}))


def paid_client(vendor: str, faulty: FaultyMock) -> tuple[Any, Any]:
    retry = Sleeps().retry(attempts=3, jitter=0.0)
    if vendor == "xingyun":
        return xingyun_on(faulty), lambda c: create_render_task.sync(client=c, body=SEGMENT)
    client = metaworks.client(
        base_url="http://127.0.0.1", transport=faulty.transport(), retries=retry, timeout=SMALL_TIMEOUT
    )
    return client, lambda c: generate_cards.sync(client=c, body=CARDS)


PAID = {"xingyun": "create_render_task", "metaworks": "generate_cards"}


@pytest.mark.parametrize("mode", list(EXPECTED))
@pytest.mark.parametrize("vendor", ["xingyun", "metaworks"])
def test_paid_creates_are_never_sent_twice(vendor: str, mode: str) -> None:
    mock = demo_mock(vendor)
    faulty = FaultyMock(mock, *faults_on(PAID[vendor], mode))
    client, create = paid_client(vendor, faulty)
    error, jobs = EXPECTED[mode]
    with pytest.raises(error) as raised:
        create(client)
    assert faulty.seen == 1 and created(mock) == jobs
    if error is PaidJobUncertainError:
        assert raised.value.operation_id == PAID[vendor] and raised.value.method == "POST"  # type: ignore[attr-defined]
    report(faulty, survived=0)


@pytest.mark.parametrize("vendor", ["xingyun", "metaworks"])
def test_a_refused_connection_is_the_one_failure_a_paid_create_retries(vendor: str) -> None:
    mock = demo_mock(vendor)
    faulty = FaultyMock(mock, *faults_on(PAID[vendor], "refuse"))
    client, create = paid_client(vendor, faulty)
    assert create(client) is not None
    assert faulty.seen == 2 and created(mock) == 1
    report(faulty, survived=1)


def test_malformed_answers_to_gets_are_response_validation_errors() -> None:
    faulty = FaultyMock(demo_mock("xingyun"), *faults_on("get_render_task", "malformed"))
    with pytest.raises(ResponseValidationError, match="not valid JSON") as raised:
        get_render_task.sync(client=xingyun_on(faulty), task_id=1)
    assert raised.value.body.startswith(b'{"broken"') and faulty.seen == 1


def test_faults_with_a_probability_are_seeded_and_survived() -> None:
    mock = demo_mock("xingyun")
    faults = [Fault("500", probability=0.3), Fault("drop", probability=0.2), Fault("refuse", probability=0.1)]
    only_gets = [Fault(f.mode, probability=f.probability, operations=frozenset({"get_render_task"})) for f in faults]
    faulty = FaultyMock(mock, *only_gets, seed=5)
    client = xingyun_on(faulty, attempts=10)
    task_id = create_render_task.sync(client=client, body=SEGMENT).data.task_id  # type: ignore[union-attr]
    for _ in range(20):
        assert get_render_task.sync(client=client, task_id=task_id) is not None  # type: ignore[arg-type]
    injected = sum(faulty.injected.values())
    assert injected > 0 and faulty.seen == 1 + 20 + injected
    again = FaultyMock(demo_mock("xingyun"), *only_gets, seed=5)
    assert [again.draw("GET", "/user/v1/video_synthesis_task/get_render_task") for _ in range(20 + injected)].count(
        None
    ) == 20
    report(faulty, survived=injected)


def test_async_clients_on_the_asgi_app() -> None:
    mock = demo_mock("xingyun")
    faulty = FaultyMock(
        mock, *faults_on("get_render_task", "refuse", "drop", "429", "500"), *faults_on("create_render_task", "drop")
    )
    client = xingyun.client(
        base_url="http://127.0.0.1",
        async_transport=httpx.ASGITransport(app=faulty),
        retries=Sleeps().retry(attempts=4, jitter=0.0),
    )

    async def run() -> None:
        with pytest.raises(PaidJobUncertainError):
            await create_render_task.asyncio(client=client, body=SEGMENT)
        task_id = next(iter(mock.tasks))  # type: ignore[attr-defined]
        got = await get_render_task.asyncio(client=client, task_id=task_id)
        assert got is not None and got.data.task_id == task_id  # type: ignore[union-attr]

    asyncio.run(run())
    assert created(mock) == 1 and sum(faulty.injected.values()) == 5
    report(faulty, survived=4)


def test_over_a_socket_timeouts_and_drops_neither_hang_nor_repeat_paid_work() -> None:
    mock = demo_mock("xingyun")
    faults = [Fault(m, first=1, operations=frozenset({"get_render_task"}), delay=0.5) for m in ("slow", "drop")]
    faulty = FaultyMock(mock, *faults, *faults_on("create_render_task", "slow"))
    with serve_in_thread(faulty) as base_url:
        retry = Sleeps().retry(attempts=2, jitter=0.0)
        client = xingyun.client(base_url=base_url, retries=retry, timeout=httpx.Timeout(0.2))
        with pytest.raises(PaidJobUncertainError) as raised:
            create_render_task.sync(client=client, body=SEGMENT)
        assert isinstance(raised.value.__cause__, ApiError)
        assert isinstance(raised.value.__cause__.__cause__, httpx.ReadTimeout)
        task_id = next(iter(mock.tasks))  # type: ignore[attr-defined]

        async def poll() -> Any:
            return await get_render_task.asyncio(client=client, task_id=task_id)

        got = asyncio.run(poll())
        assert got is not None and got.data.task_id == task_id  # type: ignore[union-attr]
    assert created(mock) == 1 and faulty.injected == {"slow": 2, "drop": 1}
    report(faulty, survived=2)
