"""Figures over loopback against the minimal responder (`bench.server`): client CPU per sequential request,
and throughput with 64 requests in flight. The request is MetaStudio's show-2D-video-job (GET
`/v1/{project_id}/2d-digital-human-videos/{job_id}?show_script=false`), the answer a fixed body that
validates against the operation's response schema, and each client parses it into its own model."""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from bench.figures import Figure
from bench.server import running
from bench.timing import interleaved

ROOT = Path(__file__).resolve().parent.parent
AK, SK = "HPUABENCHMARKKEY0001", "bench-secret-key-not-a-real-one-000000000"
PROJECT, JOB = "0d697589d98091f12f92c0073501cd79", "26f06524-4f75-4b3a-a853-b649a21aaf66"
OPERATION = "show_2d_digital_human_video"
IN_FLIGHT = 64


def show_answer() -> bytes:
    """The documents' example answer (003, §5.3.2), with the two values the spec's enum and type correct
    (`spec/ERRATA.md`: `SUCCESS` -> `SUCCEED`, `frame_rate` 30 -> "30"), checked against the spec."""
    from digihuman.openapi import api

    examples = json.loads((ROOT / "tests/data/metastudio_examples.json").read_text(encoding="utf-8"))
    body: dict[str, Any] = next(e for e in examples if e["id"] == "003-response-200")["value"]
    body["state"] = "SUCCEED"
    body["video_config"]["frame_rate"] = "30"
    metastudio = api("metastudio")
    schema = metastudio.by_id[OPERATION].response_schema(200)
    assert schema is not None and metastudio.errors(schema, body, "") == [], "the fixed answer must validate"
    return json.dumps(body, ensure_ascii=False).encode()


@contextmanager
def responder() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="digihuman-bench-") as tmp, running(show_answer(), Path(tmp)) as url:
        yield url


def our_client(url: str, **options: Any) -> Any:
    """`digihuman.metastudio.client()` as a user builds it (AK/SK, validation, retries, rate limits), with the
    show operation's rate raised so that the limiter is consulted on every request but never waits."""
    from digihuman import metastudio, policy

    return metastudio.client(
        base_url=url,
        ak=AK,
        sk=SK,
        project=PROJECT,
        region="cn-north-4",
        rate_limit=policy.RateLimiter(overrides={OPERATION: 1e6}),
        **options,
    )


def official_client(url: str, pool: int = 10) -> Any:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkmetastudio.v1 import MetaStudioClient

    config = HttpConfig.get_default_config()
    config.pool_maxsize = pool
    config.pool_connections = pool
    builder = MetaStudioClient.new_builder().with_credentials(BasicCredentials(AK, SK, PROJECT))
    return builder.with_endpoint(url).with_http_config(config).build()


def official_call(client: Any) -> Callable[[], object]:
    from huaweicloudsdkmetastudio.v1 import Show2DDigitalHumanVideoRequest

    request = Show2DDigitalHumanVideoRequest(job_id=JOB, show_script=False)

    def call() -> object:
        answer = client.show2_d_digital_human_video(request)
        assert answer.job_id == JOB
        return answer

    return call


def cpu_us(call: Callable[[], object], n: int) -> float:
    start = time.process_time()
    for _ in range(n):
        call()
    return (time.process_time() - start) / n * 1e6


def _cpu_of(call: Callable[[], object], n: int) -> Callable[[], float]:
    return lambda: cpu_us(call, n)


def client_cpu(rounds: int = 7, n: int = 400) -> Figure:
    from metastudio_client.api.video import show_2d_digital_human_video
    from metastudio_client.models import Show2DDigitalHumanVideoResponse

    with responder() as url:
        ours = our_client(url)

        def our_call() -> object:
            answer = show_2d_digital_human_video.sync(PROJECT, JOB, client=ours)
            assert isinstance(answer, Show2DDigitalHumanVideoResponse)
            return answer

        raw = httpx.Client()
        target = f"{url}/v1/{PROJECT}/2d-digital-human-videos/{JOB}"

        def raw_call() -> object:
            return raw.get(target, params={"show_script": "false"}).json()

        bare = our_client(url, transport=httpx.HTTPTransport())

        def bare_call() -> object:
            return show_2d_digital_human_video.sync(PROJECT, JOB, client=bare)

        official = official_call(official_client(url))
        calls = {
            "ours": our_call,
            "official SDK (huaweicloudsdkmetastudio)": official,
            "raw httpx": raw_call,
            "ours on a bare httpx.HTTPTransport (no proxy choice, deadline or size cap)": bare_call,
        }
        for call in calls.values():
            for _ in range(50):
                call()
        stats = interleaved(rounds, {name: _cpu_of(call, n) for name, call in calls.items()})
    ours_stats = stats.pop("ours")
    return Figure(
        "client CPU per request (sequential GET show-2D-video-job, parsed)",
        "µs/request",
        ours_stats,
        stats,
        "official SDK (huaweicloudsdkmetastudio)",
        0.6,
        note=f"time.process_time over {n} requests per round, {rounds} rounds; the responder runs in its own process; "
        "ours: httpx's own HTTPTransport under the policy's network layer",
    )


async def _throughput(call: Callable[[], Awaitable[object]], n: int) -> float:
    await asyncio.gather(*(call() for _ in range(IN_FLIGHT)))  # connections open, caches warm
    left = iter(range(n))

    async def worker() -> None:
        for _ in left:
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    return n / (time.perf_counter() - start)


def _our_round(url: str, n: int, **options: Any) -> float:
    from metastudio_client.api.video import show_2d_digital_human_video
    from metastudio_client.models import Show2DDigitalHumanVideoResponse

    async def run() -> float:
        client = our_client(url, **options)

        async def call() -> object:
            answer = await show_2d_digital_human_video.asyncio(PROJECT, JOB, client=client)
            assert isinstance(answer, Show2DDigitalHumanVideoResponse)
            return answer

        try:
            return await _throughput(call, n)
        finally:
            await client.get_async_httpx_client().aclose()

    return asyncio.run(run())


def _raw_round(url: str, n: int, transport: httpx.AsyncBaseTransport | None) -> float:
    target = f"{url}/v1/{PROJECT}/2d-digital-human-videos/{JOB}"

    async def run() -> float:
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=IN_FLIGHT)
        async with httpx.AsyncClient(transport=transport, limits=limits) as client:

            async def call() -> object:
                return (await client.get(target, params={"show_script": "false"})).json()

            return await _throughput(call, n)

    return asyncio.run(run())


def async_throughput(rounds: int = 5, n: int = 2000, evidence_n: int = 500) -> Figure:
    from httpx_aiohttp import AiohttpTransport

    with responder() as url:
        official = official_call(official_client(url, pool=IN_FLIGHT))
        pool = ThreadPoolExecutor(IN_FLIGHT)
        list(pool.map(lambda _: official(), range(2 * IN_FLIGHT)))

        def official_round() -> float:
            start = time.perf_counter()
            list(pool.map(lambda _: official(), range(n)))
            return n / (time.perf_counter() - start)

        measures: dict[str, Callable[[], float]] = {
            "ours": lambda: _our_round(url, n),
            "official SDK, 64 threads": official_round,
            # The transports weighed: ours runs on httpx-aiohttp; the same client on httpx's own async transport,
            # on a bare AiohttpTransport (without the network layer's proxy choice, deadline, size cap and error
            # naming), and bare httpx AsyncClients (no policy, no models) on each of the two.
            "ours on httpx's stock async transport": lambda: _our_round(
                url, evidence_n, async_transport=httpx.AsyncHTTPTransport()
            ),
            "ours on a bare httpx-aiohttp AiohttpTransport": lambda: _our_round(
                url, n, async_transport=AiohttpTransport()
            ),
            "raw httpx AsyncClient, stock transport": lambda: _raw_round(url, evidence_n, None),
            "raw httpx AsyncClient on httpx-aiohttp": lambda: _raw_round(url, n, AiohttpTransport()),
        }
        stats = interleaved(rounds, measures)
        pool.shutdown()
    ours = stats.pop("ours")
    return Figure(
        f"async throughput, {IN_FLIGHT} concurrent GETs",
        "requests/s",
        ours,
        stats,
        "official SDK, 64 threads",
        2.5,
        at_most=False,
        note=f"{n} requests per round ({evidence_n} for the stock-transport rows), {rounds} rounds; "
        "official SDK with a connection pool of 64; ours: httpx-aiohttp under the policy's network layer",
    )
