"""The rate limiter shared through a real Redis: one schedule for every limiter of a tenant, Redis's clock
rather than the workers', the fallback while Redis is down (from the start, or restarted mid-run) and the
return to Redis. The waits are read, never timed: each reservation says when its request may go."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from digihuman import metastudio, xingyun
from digihuman.errors import ConfigurationError
from digihuman.policy.ratelimit import DEFAULT_SCALE, Limit
from digihuman.policy.redis_limits import FLEET_SCALE, RedisRateLimiter
from tests.redis_server import RedisServer, free_port, redis_server

CREATE = Limit("metastudio@cn-north-4:create_2d_digital_human_video", 10.0)
SYSTEM = Limit("metastudio@cn-north-4:system", 20.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    with redis_server(tmp_path) as found:
        yield found


def redis_now(server: RedisServer) -> int:
    seconds, micros = server.client().time()
    return int(seconds) * 1_000_000 + int(micros)


def took_consecutive_slots(server: RedisServer, tenant: str, limit: Limit, n: int, before: int) -> bool:
    """Whether `n` reservations made since Redis's time `before` took `n` slots one after the other, none
    shared and none skipped: the bucket's next free time moved exactly n intervals past the first slot."""
    after = redis_now(server)
    interval = round(1_000_000 / limit.per_second)
    tat = int(server.client().get(f"digihuman:ratelimit:{{{tenant}}}:{limit.bucket}") or 0)
    return before + n * interval <= tat <= after + n * interval


def test_limiters_of_one_tenant_share_one_schedule(server: RedisServer) -> None:
    a, b = (RedisRateLimiter(server.url, "project-1") for _ in range(2))
    before = redis_now(server)
    waits = [limiter.reserve([CREATE]) for limiter in (a, b) * 10]
    assert took_consecutive_slots(server, "project-1", CREATE, 20, before)  # 10/s: one slot every 0.1 s
    assert waits[0] == 0.0 and 1.5 < waits[-1] <= 1.9  # the 20th slot is 1.9 s after the first
    assert a.using_redis and b.using_redis
    keys = sorted(k.decode() for k in server.client().keys("*"))
    assert keys == ["digihuman:ratelimit:{project-1}:" + CREATE.bucket]


def test_tenants_do_not_share(server: RedisServer) -> None:
    a, b = RedisRateLimiter(server.url, "project-1"), RedisRateLimiter(server.url, "project-2")
    assert a.reserve([CREATE]) == 0.0
    assert b.reserve([CREATE]) == 0.0


def test_the_system_bucket_spaces_every_operation_that_carries_it(server: RedisServer) -> None:
    limiter = RedisRateLimiter(server.url, "t")
    other = Limit("metastudio@cn-north-4:show_2d_digital_human_video", 1000.0)
    before = redis_now(server)
    for lim in (CREATE, other) * 5:
        limiter.reserve([lim, SYSTEM])
    assert took_consecutive_slots(server, "t", SYSTEM, 10, before)
    # creates wait for the system bucket too, so their own slots can only be further apart
    tat = int(server.client().get("digihuman:ratelimit:{t}:" + CREATE.bucket) or 0)
    assert tat >= before + 4 * 100_000 + 100_000


def test_a_worker_clock_ten_minutes_off_does_not_matter(server: RedisServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The limiter's own clock is only for the fallback: Redis's TIME decides every slot."""
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 600)  # this worker's wall clock, ten minutes fast
    ahead = RedisRateLimiter(server.url, "t", clock=lambda: time.monotonic() + 600)
    behind = RedisRateLimiter(server.url, "t", clock=lambda: time.monotonic() - 600)
    before = redis_now(server)
    waits = [limiter.reserve([CREATE]) for limiter in (ahead, behind) * 5]
    assert max(waits) < 1.0  # a schedule on the workers' clocks would make one of them wait ten minutes
    assert took_consecutive_slots(server, "t", CREATE, 10, before)


async def test_asyncio_tasks_and_threads_share_the_buckets(server: RedisServer) -> None:
    limiter = RedisRateLimiter(server.url, "t")
    loop = asyncio.get_running_loop()

    before = redis_now(server)
    waits = await asyncio.gather(
        *(limiter.areserve([CREATE]) for _ in range(6)),
        *(loop.run_in_executor(None, limiter.reserve, [CREATE]) for _ in range(6)),
    )
    assert took_consecutive_slots(server, "t", CREATE, 12, before)
    assert len(set(waits)) == 12


def test_unreachable_from_the_start_falls_back_to_a_share_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", "t", fleet_size=4, clock=lambda: 0.0)
    with caplog.at_level(logging.WARNING, "digihuman"):
        waits = [limiter.reserve([CREATE]) for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.4, 0.8, 1.2, 1.6])  # 10/s shared by 4 workers: 2.5/s each
    assert not limiter.using_redis
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and "unreachable" in warnings[0] and "1/4" in warnings[0]


def test_redis_restarted_mid_run(server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    limiter = RedisRateLimiter(server.url, "t", fleet_size=2, retry_seconds=5.0, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, "digihuman"):
        limiter.reserve([CREATE])
        assert limiter.using_redis
        server.stop()
        assert [limiter.reserve([CREATE]) for _ in range(3)] == pytest.approx([0.0, 0.2, 0.4])  # half of 10/s
        assert not limiter.using_redis
        server.start()  # the same port, empty (no persistence)
        limiter.reserve([CREATE])
        assert not limiter.using_redis  # not tried again before retry_seconds
        now[0] = 5.0
        assert limiter.reserve([CREATE]) == 0.0  # a fresh Redis: the first slot is free
        assert limiter.using_redis
        assert server.client().exists("digihuman:ratelimit:{t}:" + CREATE.bucket)
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and "unreachable" in messages[0] and "again" in messages[1]


async def test_async_side_falls_back_and_returns(server: RedisServer) -> None:
    now = [0.0]
    limiter = RedisRateLimiter(server.url, "t", retry_seconds=1.0, clock=lambda: now[0])
    await limiter.areserve([CREATE])
    server.stop()
    assert await limiter.areserve([CREATE]) == 0.0
    assert not limiter.using_redis
    server.start()
    now[0] = 2.0
    await limiter.areserve([CREATE])
    assert limiter.using_redis


def test_the_factories_take_redis_url_and_fleet_size(server: RedisServer) -> None:
    env = {"HUAWEICLOUD_SDK_AK": "ak", "HUAWEICLOUD_SDK_SK": "sk", "HUAWEICLOUD_SDK_PROJECT_ID": "p1"}
    env |= {"METASTUDIO_ENDPOINT": "https://metastudio.cn-north-4.myhuaweicloud.com"}
    client = metastudio.client(env=env, redis_url=server.url, fleet_size=3)
    limiter = limiter_of(client)
    assert isinstance(limiter, RedisRateLimiter)
    assert (limiter.tenant, limiter.fleet_size, limiter.scale) == ("p1", 3, FLEET_SCALE)
    from_env = limiter_of(xingyun.client(env={**xingyun_env(), "DIGIHUMAN_REDIS_URL": server.url}))
    assert isinstance(from_env, RedisRateLimiter) and from_env.tenant == "app-1"
    assert "secret" not in repr(from_env)


def test_fleet_size_without_redis_takes_a_share() -> None:
    limiter = limiter_of(xingyun.client(env=xingyun_env(), fleet_size=4))
    assert limiter is not None and not isinstance(limiter, RedisRateLimiter)
    assert limiter.scale == pytest.approx(DEFAULT_SCALE / 4)


def test_bad_fleet_settings_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="fleet_size"):
        xingyun.client(env=xingyun_env(), fleet_size=0)
    with pytest.raises(ConfigurationError, match="DIGIHUMAN_FLEET_SIZE"):
        xingyun.client(env={**xingyun_env(), "DIGIHUMAN_FLEET_SIZE": "many"})
    with pytest.raises(ConfigurationError, match="rate_limit=False"):
        xingyun.client(env=xingyun_env(), rate_limit=False, redis_url="redis://127.0.0.1:1/0")


def test_a_password_in_the_url_is_never_shown() -> None:
    limiter = RedisRateLimiter(f"redis://user:hunter2@127.0.0.1:{free_port()}/0", "t")
    assert "hunter2" not in repr(limiter)


def xingyun_env() -> dict[str, str]:
    return {"XINGYUN_APP_ID": "app-1", "XINGYUN_APP_SECRET": "secret-1"}


def limiter_of(client: Any) -> Any:
    return client._httpx_args["transport"].policy.limiter
