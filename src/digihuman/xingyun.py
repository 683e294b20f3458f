"""Configured Xmov 魔珐星云 client: `digihuman.xingyun.client()` -> `xingyun_client.Client` with X-TOKEN auth, and
the client objects `Xingyun` / `AsyncXingyun` built on it (docs/clients.md)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
from xingyun_client import Client
from xingyun_client.resources import AsyncResources, Resources

from digihuman import policy
from digihuman.auth import Clock, XTokenAuth
from digihuman.client_objects import AsyncClientObject, SyncClientObject, configured
from digihuman.config import check_base_url, required_secret, required_setting, setting
from digihuman.openapi import api
from digihuman.policy.redis_limits import fleet_rate_limit
from digihuman.secret import Secret

DEFAULT_BASE_URL = "https://nebula-agent.xingyun3d.com"  # seed 002 §2.1


def auth(
    app_id: str | None = None,
    app_secret: str | Secret | None = None,
    clock: Clock | None = None,
    env: Mapping[str, str] | None = None,
) -> XTokenAuth:
    """The X-TOKEN hook, credentials from the arguments or XINGYUN_APP_ID / XINGYUN_APP_SECRET."""
    return XTokenAuth(
        required_setting("XINGYUN_APP_ID", app_id, "the Xmov app id (X-APP-ID)", env),
        required_secret("XINGYUN_APP_SECRET", app_secret, "the Xmov app secret that signs X-TOKEN", env),
        clock=clock,
    )


def client(
    base_url: str | None = None,
    app_id: str | None = None,
    app_secret: str | Secret | None = None,
    clock: Clock | None = None,
    allow_http: bool = False,
    timeout: httpx.Timeout = policy.DEFAULT_TIMEOUT,
    env: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    retries: policy.Retry | int = 3,
    rate_limit: policy.RateLimiter | bool = True,
    validate: bool = True,
    *,
    strict_responses: bool = False,
    redis_url: str | None = None,
    fleet_size: int | None = None,
    proxy: policy.ProxyTypes | None = None,
    trust_env: bool = True,
    verify: policy.VerifyTypes = True,
    max_response_bytes: int = policy.DEFAULT_MAX_RESPONSE_BYTES,
    deadline: float | None = None,
) -> Client:
    """A generated client whose requests are signed and run under `digihuman.policy` (validation, rate limits,
    retries, typed errors); base URL from the argument, XINGYUN_BASE_URL or the documented host.
    `transport`/`async_transport` let tests and the mocks run it in-process. `proxy`, `trust_env`, `verify`,
    `max_response_bytes` and `deadline` (seconds for a call, retries included): docs/going-live.md.
    `strict_responses=True` raises ResponseValidationError for a success answer that does not match the spec,
    instead of returning it and logging its drift once (docs/going-live.md).
    `redis_url` (else DIGIHUMAN_REDIS_URL) shares the rate limits with a fleet of workers, `fleet_size` of
    them (else DIGIHUMAN_FLEET_SIZE): docs/fleet.md.
    """
    url = check_base_url(setting("XINGYUN_BASE_URL", base_url, env) or DEFAULT_BASE_URL, allow_http)
    network = policy.Network(
        proxy=proxy, trust_env=trust_env, verify=verify, max_response_bytes=max_response_bytes, env=env
    )
    generated = Client(
        base_url=url,
        timeout=timeout,
        follow_redirects=False,
        httpx_args={"auth": auth(app_id, app_secret, clock, env)},
        httpx_client_class=policy.HttpClient,
        async_httpx_client_class=policy.AsyncHttpClient,
    )
    return policy.install(
        generated,
        api("xingyun"),
        retries=retries,
        rate_limit=fleet_rate_limit(rate_limit, redis_url, fleet_size, setting("XINGYUN_APP_ID", app_id, env), env),
        validate=validate,
        transport=transport,
        async_transport=async_transport,
        strict_responses=strict_responses,
        network=network,
        deadline=deadline,
    )


class _XingyunObject:
    vendor: ClassVar[str] = "xingyun"
    client: Client

    def _setup(self, ready: Client | None, factory_kwargs: dict[str, Any]) -> None:
        self.client = configured(ready, client, factory_kwargs)


class Xingyun(_XingyunObject, SyncClientObject[Client], Resources):
    """Xmov 魔珐星云 as one object: `xy.<tag>.<operation_id>(...)`.

    `client=` wraps an already configured `xingyun_client.Client`; otherwise the keyword arguments go to
    `client(...)` (arguments or the environment)."""


class AsyncXingyun(_XingyunObject, AsyncClientObject[Client], AsyncResources):
    """`Xingyun` for asyncio: `await ...`, `async with AsyncXingyun() as ...`."""
