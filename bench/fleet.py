"""Fleet: four worker processes of one tenant, each an asyncio client creating and showing 2D video jobs as
fast as its limiter lets it, for a while, against the MetaStudio mock behind the enforcing gateway of
`bench/burst.py` (a sliding one-second window per operation at the documented rate; beyond it, 429).

Once with the limits shared through Redis (`redis_url=`, a real `redis-server` on loopback), once with a
limiter per process, as every client had before: four processes then send four times the documented rate,
and the gateway's 429s say so. What counts: the Redis run's aggregate rate per operation (at least 0.9 of
its documented limit) and its 429s (none)."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.burst import AK, CREATE, CREATE_BODY, PROJECT, REGION, SHOW, EnforcingGateway, Outcome, rate_figure
from bench.figures import Figure
from bench.timing import exactly

WORKERS = 4
SHOWING_TASKS = 4  # per worker: enough to keep the show bucket busy


def worker(url: str, redis_url: str | None, seconds: float, ready: Any, go: Any, start_at: Any, results: Any) -> None:
    """One process of the fleet (run by multiprocessing): its own client, its own event loop."""
    fallbacks = FallbackCount()
    logging.getLogger("digihuman").addHandler(fallbacks)
    logging.getLogger("digihuman").setLevel(logging.WARNING)
    logging.getLogger("digihuman").propagate = False  # retry warnings after a 429 are counted, not printed
    errors = asyncio.run(_work(url, redis_url, seconds, ready, go, start_at))
    results.put({**errors, "redis fallbacks": fallbacks.count})


class FallbackCount(logging.Handler):
    """Counts the limiter's "Redis is unreachable" warnings (a fleet falling back shares nothing)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += "unreachable" in record.getMessage()


async def _work(url: str, redis_url: str | None, seconds: float, ready: Any, go: Any, start_at: Any) -> dict[str, int]:
    from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
    from metastudio_client.models import Create2DDigitalHumanVideoRequest

    from bench.burst import SK
    from digihuman import metastudio
    from digihuman.errors import RateLimitedError

    options: dict[str, Any] = {"redis_url": redis_url, "fleet_size": WORKERS} if redis_url else {}
    client = metastudio.client(base_url=url, ak=AK, sk=SK, project=PROJECT, region=REGION, **options)
    body = Create2DDigitalHumanVideoRequest.from_dict(CREATE_BODY)
    first = await create_2d_digital_human_video.asyncio(PROJECT, client=client, body=body)
    job_id = getattr(first, "job_id", None)
    assert isinstance(job_id, str), first
    ready.put(True)
    await asyncio.get_running_loop().run_in_executor(None, go.wait)
    await asyncio.sleep(max(0.0, start_at.value - time.monotonic()))
    deadline = start_at.value + seconds
    errors: Counter[str] = Counter()

    async def creating() -> None:
        while time.monotonic() < deadline:
            try:
                await create_2d_digital_human_video.asyncio(PROJECT, client=client, body=body)
            except RateLimitedError:  # a paid job is not sent again after a 429
                errors[CREATE] += 1

    async def showing() -> None:
        while time.monotonic() < deadline:
            try:
                await show_2d_digital_human_video.asyncio(PROJECT, job_id, client=client)
            except RateLimitedError:
                errors[SHOW] += 1

    try:
        await asyncio.gather(creating(), *(showing() for _ in range(SHOWING_TASKS)))
    finally:
        await client.get_async_httpx_client().aclose()
    return dict(errors)


def run_fleet(seconds: float, redis_url: str | None) -> Outcome:
    """One run of the fleet; the gateway (in this process) records every arrival on the system-wide
    monotonic clock the workers share."""
    from digihuman.mock.metastudio import MetaStudioMock
    from digihuman.mock.server import serve_in_thread

    gateway = EnforcingGateway(MetaStudioMock(access_keys={AK: _sk()}, projects=[PROJECT], seed=1), REGION)
    context = multiprocessing.get_context("spawn")
    ready, results = context.Queue(), context.Queue()
    go, start_at = context.Event(), context.Value("d", 0.0)
    with serve_in_thread(gateway) as url:
        processes = [
            context.Process(target=worker, args=(url, redis_url, seconds, ready, go, start_at, results))
            for _ in range(WORKERS)
        ]
        for process in processes:
            process.start()
        for _ in processes:
            ready.get(timeout=120)
        start_at.value = time.monotonic() + 1.1  # the set-up creates leave the gateway's window first
        go.set()
        errors: Counter[str] = Counter()
        for _ in processes:
            errors.update(results.get(timeout=seconds + 120))
        for process in processes:
            process.join(timeout=30)
    return Outcome(gateway, start_at.value, start_at.value + seconds, errors)


def _sk() -> str:
    from bench.burst import SK

    return SK


def fleet(seconds: float = 20.0) -> list[Figure]:
    """The fleet sharing its limits through Redis, and beside it the same fleet with a limiter per process."""
    from tests.redis_server import redis_server

    with tempfile.TemporaryDirectory() as directory, redis_server(Path(directory)) as server:
        shared = run_fleet(seconds, server.url)
    separate = run_fleet(seconds, None)
    setup = f"{WORKERS} processes × (1 creating + {SHOWING_TASKS} showing asyncio tasks), {seconds:g} s"
    figures = [
        rate_figure(
            "fleet (Redis limiter)",
            op,
            shared,
            f"{setup}; aggregate accepted per second (min–max: its whole seconds); "
            f"429s for it: {shared.gateway.rejected[op]}; "
            f"with a limiter per process: {separate.rate(op).median:.2f}/s accepted, "
            f"{separate.gateway.rejected[op]} 429s",
            per_process_429=separate.gateway.rejected[op],
        )
        for op in (CREATE, SHOW)
    ]
    shared_429, separate_429 = sum(shared.gateway.rejected.values()), sum(separate.gateway.rejected.values())
    figures.append(
        Figure(
            "fleet (Redis limiter): 429 answers",
            "answers",
            exactly(shared_429),
            {},
            None,
            0.0,
            note=f"sent by the enforcing gateway in {seconds:g} s; with a limiter per process instead: {separate_429}; "
            f"the workers fell back from Redis {shared.client_errors['redis fallbacks']} times",
            extra={"per_process_429": separate_429},
        )
    )
    return figures


if __name__ == "__main__":  # this row alone: python -m bench.fleet
    from bench.__main__ import table

    print(table(fleet()))
