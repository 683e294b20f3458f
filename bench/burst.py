"""Rate-limited burst: MetaStudio creates and shows, concurrently, for a while, against the MetaStudio mock
behind a gateway that enforces the documented per-tenant limits (`x-rate-limit`, table 1-2) of the region:
for each operation, the requests that arrived in the last second (a sliding window, on arrival time); one
more than the limit is answered 429 and never reaches the mock. The client is ours, on its asyncio
functions, limiting itself with `policy.RateLimiter`. What counts: the 429s the gateway sent (none
allowed), and the rate each operation got through at (at least 0.9 of its limit)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.figures import Figure
from bench.timing import Stats, exactly
from digihuman.policy.ratelimit import DEFAULT_SCALE

AK, SK = "HPUABENCHMARKKEY0001", "bench-secret-key-not-a-real-one-000000000"
PROJECT = "0d697589d98091f12f92c0073501cd79"
REGION = "cn-north-4"
CREATE, SHOW = "create_2d_digital_human_video", "show_2d_digital_human_video"
CREATE_BODY = {
    "model_asset_id": "0c7798664ee7178b3dba3bbef57c32e7",
    "voice_config": {"voice_asset_id": "394f3a27cd0b3d6164ca75c3db1edf6c", "speed": 100, "pitch": 100, "volume": 140},
    "video_config": {"codec": "H264", "bitrate": 5000, "width": 1920, "height": 1080, "frame_rate": "30"},
    "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"script_type": "TEXT", "text_config": {"text": "大家好"}}}],
    "output_asset_config": {"asset_name": "bench"},
}


def documented_rate(spec: dict[str, Any] | None, region: str) -> float | None:
    """What table 1-2 allows `region` (the gateway's reading of `x-rate-limit`, independent of the client's)."""
    if not spec:
        return None
    columns: dict[str, float] = spec["per_second"]
    return columns.get("*", columns.get(region))


class EnforcingGateway:
    """An ASGI app in front of a mock: per operation (and per `system_per_second` group) a sliding one-second
    window of accepted arrivals; a request that would make it exceed the documented rate gets 429."""

    def __init__(self, mock: Any, region: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.mock = mock
        self.region = region
        self.clock = clock
        self.windows: dict[str, deque[float]] = defaultdict(deque)
        self.accepted: dict[str, list[float]] = defaultdict(list)
        self.rejected: Counter[str] = Counter()

    def _limits(self, operation: Any) -> list[tuple[str, float]]:
        spec = operation.extension("x-rate-limit")
        own = documented_rate(spec, self.region)
        limits = [] if own is None else [(operation.operation_id, own)]
        if spec and "system_per_second" in spec:
            limits.append(("system", spec["system_per_second"]))
        return limits

    def admit(self, method: str, path: str) -> str | None:
        """None to pass the request on; else the operation id it was refused for."""
        found = self.mock.api.match(method, path)
        if found is None:
            return None
        operation = found[0]
        now = self.clock()
        limits = self._limits(operation)
        for name, rate in limits:
            window = self.windows[name]
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) + 1 > rate:
                self.rejected[operation.operation_id] += 1
                return str(operation.operation_id)
        for name, _ in limits:
            self.windows[name].append(now)
        self.accepted[operation.operation_id].append(now)
        return None

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] == "http" and self.admit(scope["method"], scope["path"]) is not None:
            body = json.dumps({"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached"})
            headers = [(b"content-type", b"application/json"), (b"retry-after", b"1")]
            await send({"type": "http.response.start", "status": 429, "headers": headers})
            await send({"type": "http.response.body", "body": body.encode()})
            return
        await self.mock(scope, receive, send)


@dataclass
class Outcome:
    gateway: EnforcingGateway
    start: float
    end: float
    client_errors: Counter[str]

    def rate(self, op: str) -> Stats:
        """Accepted requests per second over the run; min and max over its whole seconds."""
        elapsed = self.end - self.start
        times = [t for t in self.gateway.accepted[op] if self.start <= t <= self.end]
        seconds = [sum(1 for t in times if self.start + i <= t < self.start + i + 1) for i in range(int(elapsed))]
        return Stats(len(times) / elapsed, min(seconds), max(seconds))


def run_burst(seconds: float, scale: float, creators: int = 4, showers: int = 8) -> Outcome:
    """One burst; the client's retry warnings (after a 429) are counted by the gateway, not printed."""
    quiet = logging.getLogger("digihuman")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        return _run_burst(seconds, scale, creators, showers)
    finally:
        quiet.setLevel(level)


def _run_burst(seconds: float, scale: float, creators: int, showers: int) -> Outcome:
    from metastudio_client.api.video import create_2d_digital_human_video, show_2d_digital_human_video
    from metastudio_client.models import Create2DDigitalHumanVideoRequest

    from digihuman import metastudio, policy
    from digihuman.errors import RateLimitedError
    from digihuman.mock.metastudio import MetaStudioMock
    from digihuman.mock.server import serve_in_thread

    gateway = EnforcingGateway(MetaStudioMock(access_keys={AK: SK}, projects=[PROJECT], seed=1), REGION)
    body = Create2DDigitalHumanVideoRequest.from_dict(CREATE_BODY)
    client_errors: Counter[str] = Counter()

    async def run(url: str) -> tuple[float, float]:
        limiter = policy.RateLimiter(scale=scale)
        client = metastudio.client(base_url=url, ak=AK, sk=SK, project=PROJECT, region=REGION, rate_limit=limiter)
        first = await create_2d_digital_human_video.asyncio(PROJECT, client=client, body=body)
        job_id = getattr(first, "job_id", None)
        assert isinstance(job_id, str), first
        await asyncio.sleep(1.1)  # the set-up create leaves the window before the burst starts
        start = time.monotonic()
        deadline = start + seconds

        async def creating() -> None:
            while time.monotonic() < deadline:
                try:
                    await create_2d_digital_human_video.asyncio(PROJECT, client=client, body=body)
                except RateLimitedError:  # a paid job is not sent again after a 429
                    client_errors[CREATE] += 1

        async def showing() -> None:
            while time.monotonic() < deadline:
                try:
                    await show_2d_digital_human_video.asyncio(PROJECT, job_id, client=client)
                except RateLimitedError:
                    client_errors[SHOW] += 1

        try:
            await asyncio.gather(*(creating() for _ in range(creators)), *(showing() for _ in range(showers)))
        finally:
            await client.get_async_httpx_client().aclose()
        return start, deadline  # what was reserved before the deadline and sent after it is not counted

    with serve_in_thread(gateway) as url:
        start, end = asyncio.run(run(url))
    return Outcome(gateway, start, end, client_errors)


def burst(seconds: float = 20.0, scale: float = DEFAULT_SCALE, exact_seconds: float = 10.0) -> list[Figure]:
    """The burst with the client's limiter at `scale` of the documented rates, and, for the record, a shorter
    one at exactly the documented rates (`RateLimiter()`)."""

    outcome = run_burst(seconds, scale)
    exact = run_burst(exact_seconds, 1.0) if exact_seconds else None
    setup = f"{seconds:g} s, 4 creating and 8 showing tasks, RateLimiter(scale={scale:g})"
    figures = [
        rate_figure(
            "rate-limited burst",
            op,
            outcome,
            f"{setup}; ours: accepted per second over the run (min–max: its whole seconds); "
            f"429s for it: {outcome.gateway.rejected[op]}",
        )
        for op in (CREATE, SHOW)
    ]
    raised = sum(outcome.client_errors.values())
    note = f"sent by the enforcing gateway in {seconds:g} s; RateLimitedError raised: {raised}"
    if exact is not None:
        shares = ", ".join(f"{op} {exact.rate(op).median:.2f}/s" for op in (CREATE, SHOW))
        note += (
            f"; at exactly the documented rates (RateLimiter(), {exact_seconds:g} s): "
            f"{sum(exact.gateway.rejected.values())} 429s, {shares}"
        )
    figures.append(
        Figure(
            "rate-limited burst: 429 answers",
            "answers",
            exactly(sum(outcome.gateway.rejected.values())),
            {},
            None,
            0.0,
            note=note,
            extra={"exact_rates_429": sum(exact.gateway.rejected.values()) if exact else None},
        )
    )
    return figures


def rate_figure(label: str, op: str, outcome: Outcome, note: str, **extra: Any) -> Figure:
    """`op`'s accepted rate in `outcome` against its documented limit: met at ≥ 0.9× with no 429 for it."""
    from digihuman.openapi import api

    limit = documented_rate(api("metastudio").by_id[op].extension("x-rate-limit"), REGION)
    assert limit is not None
    rejected = outcome.gateway.rejected[op]
    return Figure(
        f"{label}: {op}",
        "requests/s",
        outcome.rate(op),
        {f"documented limit ({REGION})": exactly(limit)},
        f"documented limit ({REGION})",
        0.9,
        at_most=False,
        condition=rejected == 0,
        note=note,
        extra={"answered_429": rejected, **extra},
    )
