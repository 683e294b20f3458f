"""Rate limits shared by a fleet of workers through Redis: one tenant's documented limits, however many
processes and machines send for it.

Each acquisition is one Lua script, run atomically by Redis, over the same buckets the local limiter keeps
(`ratelimit.documented_limits`), keyed by tenant, vendor, region and operation (and the system-wide bucket):

- "now" is Redis's `TIME`, so the workers' own clocks (which may be minutes apart) never matter;
- the script returns how long the caller must wait; the caller sleeps that long and only then signs.

If Redis cannot be reached, the limiter falls back to a local bucket at `1/fleet_size` of the rate (each
worker's share), logs that once, and tries Redis again every `retry_seconds`; it logs when it is back.
redis-py is imported only when such a limiter is made (the `fleet` extra).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from digihuman.errors import ConfigurationError
from digihuman.extras import require
from digihuman.policy.ratelimit import DEFAULT_SCALE, Limit, RateLimiter

if TYPE_CHECKING:  # asyncio is imported on the first async request, not when a client is built
    import asyncio

log = logging.getLogger("digihuman")

# GCRA with a burst of one: each bucket holds its "theoretical arrival time" (TAT), the earliest moment the
# next request may go. That is the local limiter's single-token bucket (requests spaced 1/rate apart, never
# more than `rate` in any one-second window) as one integer per key, so a reservation across several buckets
# (the operation's and the system's) is a read and a write of each key: no token count and refill time to
# keep in step, as a token bucket would need. A reservation is taken when asked for, so concurrent workers
# queue in Redis's order and each sleeps until its own slot.
GCRA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local start = now
for i, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key))
  if tat and tat > start then start = tat end
end
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[i])
  local tat = start + interval
  redis.call('SET', key, string.format('%d', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
end
return start - now
"""

# A fleet's requests leave from several processes (and machines), each woken by its own scheduler, so they
# reach the gateway bunched more than one process's do. At the local limiter's 0.97, four processes on two
# busy cores drew 2–4 429s in 20 s from the strict gateway of `make bench` (row "fleet"); 0.94 keeps a
# margin of three intervals' lateness per second at 20/s and still reaches 94 % of the documented rate.
FLEET_SCALE = 0.94
CONNECT_SECONDS = 0.5  # a Redis that does not answer this fast counts as unreachable
RETRY_SECONDS = 2.0


class RedisRateLimiter(RateLimiter):
    """The documented limits of one tenant, shared through the Redis at `url` by every limiter with the same
    `tenant` (an AK, project or app id: never a secret). `scale` and `overrides` as for `RateLimiter`;
    `fleet_size` is how many workers share the tenant, so that each takes its share while Redis is down."""

    def __init__(
        self,
        url: str,
        tenant: str,
        *,
        fleet_size: int = 1,
        scale: float = FLEET_SCALE,
        overrides: Mapping[str, float] | None = None,
        retry_seconds: float = RETRY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(scale, overrides, clock)
        if fleet_size < 1:
            raise ConfigurationError(f"fleet_size must be 1 or more, got {fleet_size}")
        require("fleet", "a rate limit shared through Redis")
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry as RedisRetry

        self.url = url
        self.tenant = tenant
        self.fleet_size = fleet_size
        self.retry_seconds = retry_seconds
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        # one retry: a connection that a Redis restart closed is replaced at once; then the fallback
        options: dict[str, Any] = {"socket_connect_timeout": CONNECT_SECONDS, "socket_timeout": CONNECT_SECONDS}
        try:
            self._redis = redis.Redis.from_url(url, retry=RedisRetry(NoBackoff(), 1), **options)
        except ValueError as exc:
            raise ConfigurationError(f"not a Redis URL: {_without_password(url)} ({exc})") from None
        self._async_options = options
        self._script = self._redis.register_script(GCRA)
        self._async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()
        self._fallback = RateLimiter(clock=clock)  # its own buckets, filled at the shares `_fallback_limits` gives
        self._down_since: float | None = None
        self._state_lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter({_without_password(self.url)!r}, tenant={self.tenant!r}, fleet_size={self.fleet_size})"
        )

    @property
    def using_redis(self) -> bool:
        return self._down_since is None

    def reserve(self, limits: list[Limit]) -> float:
        if not limits:
            return 0.0
        if self._redis_due():
            keys, intervals = self._arguments(limits)
            try:
                return self._answer(self._script(keys=keys, args=intervals))
            except self._errors as exc:
                self._went_down(exc)
        return self._fallback.reserve(self._fallback_limits(limits))

    async def areserve(self, limits: list[Limit]) -> float:
        if not limits:
            return 0.0
        if self._redis_due():
            keys, intervals = self._arguments(limits)
            try:
                script = self._async_script()
                return self._answer(await script(keys=keys, args=intervals))
            except self._errors as exc:
                self._went_down(exc)
        return self._fallback.reserve(self._fallback_limits(limits))

    def _arguments(self, limits: list[Limit]) -> tuple[list[str], list[int]]:
        # one hash tag per tenant: a Redis Cluster keeps all of a tenant's buckets in one slot
        keys = [f"digihuman:ratelimit:{{{self.tenant}}}:{limit.bucket}" for limit in limits]
        return keys, [max(1, round(1_000_000 / limit.per_second)) for limit in limits]

    def _answer(self, microseconds: Any) -> float:
        if self._down_since is not None:
            with self._state_lock:
                if self._down_since is not None:
                    self._down_since = None
                    log.warning("rate limits: Redis at %s answers again; sharing limits through it", self._shown)
        return int(microseconds) / 1_000_000

    def _redis_due(self) -> bool:
        """Redis is in use, or it has been down long enough to try it again."""
        down = self._down_since
        return down is None or self.clock() - down >= self.retry_seconds

    def _went_down(self, exc: BaseException) -> None:
        with self._state_lock:
            first = self._down_since is None
            self._down_since = self.clock()
        if first:
            log.warning(
                "rate limits: Redis at %s is unreachable (%s); each worker sends at 1/%d of the documented rate "
                "until it is back",
                self._shown,
                type(exc).__name__,
                self.fleet_size,
            )

    def _fallback_limits(self, limits: list[Limit]) -> list[Limit]:
        return [Limit(limit.bucket, limit.per_second / self.fleet_size) for limit in limits]

    def _async_script(self) -> Any:
        """The script on an asyncio client of the running loop (redis-py's asyncio connections belong to one)."""
        import asyncio

        loop = asyncio.get_running_loop()
        found = self._async_clients.get(loop)
        if found is None:
            import redis.asyncio
            from redis.asyncio.retry import Retry as AsyncRetry
            from redis.backoff import NoBackoff

            retry = AsyncRetry(NoBackoff(), 1)
            client = redis.asyncio.Redis.from_url(self.url, retry=retry, **self._async_options)
            found = self._async_clients[loop] = client.register_script(GCRA)
        return found

    @property
    def _shown(self) -> str:
        return _without_password(self.url)


def _without_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not at:
        return url
    user = userinfo.partition(":")[0]
    return f"{scheme}{sep}{user + ':***' if user else '***'}@{host}"


def fleet_rate_limit(
    rate_limit: RateLimiter | bool,
    redis_url: str | None,
    fleet_size: int | None,
    tenant: str | None,
    env: Mapping[str, str] | None = None,
) -> RateLimiter | bool:
    """What a client factory's `rate_limit=`, `redis_url=` (else DIGIHUMAN_REDIS_URL) and `fleet_size=` (else
    DIGIHUMAN_FLEET_SIZE, else 1) ask for: a `RedisRateLimiter` for `tenant` when a Redis URL is set and the
    default limits are on; `rate_limit` as given otherwise."""
    from digihuman.config import setting

    size = fleet_size if fleet_size is not None else _fleet_size(setting("DIGIHUMAN_FLEET_SIZE", None, env))
    if rate_limit is not True:
        if redis_url is not None:
            raise ConfigurationError("redis_url= shares the default rate limits; it cannot go with rate_limit=False")
        return rate_limit
    url = setting("DIGIHUMAN_REDIS_URL", redis_url, env)
    if size < 1:
        raise ConfigurationError(f"fleet_size must be 1 or more, got {size}")
    if url is None:
        return RateLimiter(scale=DEFAULT_SCALE / size) if size > 1 else True  # no Redis: each worker its share
    if tenant is None:
        raise ConfigurationError("a rate limit shared through Redis needs the tenant's id (AK, project or app id)")
    return RedisRateLimiter(url, tenant, fleet_size=size)


def _fleet_size(value: str | None) -> int:
    if value is None:
        return 1
    if not value.isdigit() or int(value) < 1:
        raise ConfigurationError(f"DIGIHUMAN_FLEET_SIZE must be a whole number of workers, got {value!r}")
    return int(value)
