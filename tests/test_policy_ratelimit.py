"""Client-side rate limits from MetaStudio's `x-rate-limit`: the region's column, the shared system bucket,
threads and asyncio tasks drawing from the same buckets, and a burst that never exceeds the documented rate.

The limiter's clock is frozen, so the wait it hands each request is that request's send time."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from metastudio_client.api.tenants import count_tenant_resources, list_tenant_resource_usage, list_tenant_resources
from metastudio_client.api.video import show_2d_digital_human_video

from digihuman.errors import ConfigurationError, RequestValidationError
from digihuman.openapi import api
from digihuman.policy import RateLimiter
from digihuman.policy.ratelimit import DEFAULT_SCALE, Limit, documented_limits
from tests.support import Scripted, Sleeps, answer, metastudio_client

METASTUDIO = api("metastudio")


class RecordingLimiter(RateLimiter):
    def __init__(self, **options: Any) -> None:
        super().__init__(clock=lambda: 0.0, **options)
        self.sends: list[tuple[tuple[str, ...], float]] = []

    def reserve(self, limits: list[Limit]) -> float:
        wait = super().reserve(limits)
        self.sends.append((tuple(limit.bucket for limit in limits), wait))
        return wait

    def times(self, bucket_suffix: str = "") -> list[float]:
        return sorted(t for buckets, t in self.sends if any(b.endswith(bucket_suffix) for b in buckets))


def documented(operation_id: str) -> dict[str, Any]:
    found: dict[str, Any] = METASTUDIO.by_id[operation_id].extension("x-rate-limit")
    return found


def most_in_one_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t < start + 1.0 - 1e-9) for start in times)


def client_with(limiter: RateLimiter | bool, region: str | None = "cn-north-4") -> tuple[Any, Scripted, Sleeps]:
    server, sleeps = Scripted(then=answer(200, {})), Sleeps()
    return metastudio_client(server.transport(), sleeps.retry(), region=region, rate_limit=limiter), server, sleeps


def show(client: Any) -> None:
    show_2d_digital_human_video.sync(project_id="p", job_id="j", client=client)


def test_each_operation_gets_the_column_of_its_region() -> None:
    op = METASTUDIO.by_id["create_2d_digital_human_video"]
    columns = documented("create_2d_digital_human_video")["per_second"]
    for region, rate in columns.items():
        assert documented_limits(METASTUDIO, op, region) == [Limit(f"metastudio@{region}:{op.operation_id}", rate)]
    assert documented_limits(METASTUDIO, op, None)[0].per_second == min(columns.values())
    assert documented_limits(METASTUDIO, op, "xx-nowhere-1")[0].per_second == min(columns.values())
    xingyun = api("xingyun")
    assert documented_limits(xingyun, xingyun.by_id["get_render_task"], None) == []


def test_star_applies_everywhere_and_system_per_second_is_one_shared_bucket() -> None:
    spec = documented("list_tenant_resources")
    usage = documented_limits(METASTUDIO, METASTUDIO.by_id["list_tenant_resource_usage"], "cn-east-3")
    count = documented_limits(METASTUDIO, METASTUDIO.by_id["count_tenant_resources"], "cn-east-3")
    assert [limit.per_second for limit in usage] == [spec["per_second"]["*"], spec["system_per_second"]]
    assert usage[0].bucket != count[0].bucket and usage[1].bucket == count[1].bucket


def test_a_burst_from_threads_and_tasks_never_exceeds_the_documented_rate() -> None:
    limiter = RecordingLimiter()
    client, server, _ = client_with(limiter)
    rate = documented("show_2d_digital_human_video")["per_second"]["cn-north-4"]

    async def burst() -> None:
        loop = asyncio.get_running_loop()
        threads = [loop.run_in_executor(None, show, client) for _ in range(rate)]
        tasks = [show_2d_digital_human_video.asyncio(project_id="p", job_id="j", client=client) for _ in range(rate)]
        await asyncio.gather(*threads, *tasks)

    asyncio.run(burst())
    times = limiter.times()
    assert len(server.requests) == len(times) == 2 * rate
    assert times == pytest.approx([i / (rate * DEFAULT_SCALE) for i in range(2 * rate)])
    assert most_in_one_second(times) <= rate


def test_operations_with_system_per_second_share_its_bucket() -> None:
    limiter = RecordingLimiter()
    client, _, _ = client_with(limiter)
    calls = [
        lambda: list_tenant_resource_usage.sync(project_id="p", client=client),
        lambda: count_tenant_resources.sync(project_id="p", client=client),
        lambda: list_tenant_resources.sync(project_id="p", client=client, resource_source="PURCHASED"),
    ]
    for i in range(30):
        calls[i % 3]()
    spec = documented("list_tenant_resources")
    own, system = spec["per_second"]["*"], spec["system_per_second"]
    assert most_in_one_second(limiter.times(":system")) == system
    for name in ("list_tenant_resource_usage", "count_tenant_resources", "list_tenant_resources"):
        assert most_in_one_second(limiter.times(f":{name}")) <= own
    assert limiter.times() == pytest.approx([i / (system * DEFAULT_SCALE) for i in range(30)])


def test_scale_override_and_off() -> None:
    rate = documented("show_2d_digital_human_video")["per_second"]["cn-north-4"]
    scaled = RecordingLimiter(scale=0.5)
    client, _, _ = client_with(scaled)
    for _ in range(3):
        show(client)
    assert scaled.times() == pytest.approx([0, 2 / rate, 4 / rate])

    overridden = RecordingLimiter(overrides={"show_2d_digital_human_video": 2})
    client, _, _ = client_with(overridden)
    for _ in range(3):
        show(client)
    assert overridden.times() == pytest.approx([0, 0.5, 1.0])

    client, server, sleeps = client_with(False)
    for _ in range(5):
        show(client)
    assert len(server.requests) == 5 and sleeps.seconds == []


def test_the_transport_sleeps_the_reserved_wait() -> None:
    client, _, sleeps = client_with(RateLimiter(clock=lambda: 0.0), region=None)
    for _ in range(3):
        show(client)
    slowest = min(documented("show_2d_digital_human_video")["per_second"].values())
    assert sleeps.seconds == pytest.approx([1 / (slowest * DEFAULT_SCALE), 2 / (slowest * DEFAULT_SCALE)])


def test_bad_rate_limit_settings_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="no_such_operation"):
        client_with(RateLimiter(overrides={"no_such_operation": 1}))
    with pytest.raises(ConfigurationError):
        RateLimiter(scale=0)


def test_rate_limiting_happens_after_validation() -> None:
    limiter = RecordingLimiter()
    client, server, _ = client_with(limiter)
    with pytest.raises(RequestValidationError, match="show_script must be true or false, got 'maybe'"):
        client.get_httpx_client().get("/v1/p/2d-digital-human-videos/j", params={"show_script": "maybe"})
    assert limiter.sends == [] and server.requests == []
    show(client)
    assert limiter.times() == [0.0]
