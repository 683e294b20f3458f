"""Lines shared by the runs of one file on several machines, each with its own ledger: before a ledger
sends a planned line, it claims the line in Redis (`SET … NX`, for good: a line belongs to the first
ledger that claims it). A line another ledger holds is `elsewhere` in this one. While Redis cannot be
reached nothing new is sent (sending a line twice costs more than waiting)."""

from __future__ import annotations

import logging
from typing import Any

from digihuman.errors import ConfigurationError
from digihuman.extras import require

log = logging.getLogger("digihuman.batch")


class RedisClaims:
    def __init__(self, url: str, batch: str, ledger_id: str) -> None:
        require("fleet", "sharing a batch through Redis")
        import redis

        self.errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        try:
            self.redis: Any = redis.Redis.from_url(url, socket_connect_timeout=2.0, socket_timeout=2.0)
        except ValueError as exc:
            raise ConfigurationError(f"not a Redis URL ({exc})") from None
        self.prefix = f"digihuman:batch:{{{batch}}}:line:"
        self.ledger_id = ledger_id

    def __call__(self, line: int) -> bool:
        """Whether this ledger holds `line` (claiming it now if nobody does)."""
        key = f"{self.prefix}{line}"
        if self.redis.set(key, self.ledger_id, nx=True):
            return True
        holder = self.redis.get(key)
        return bool(holder is not None and holder.decode() == self.ledger_id)
