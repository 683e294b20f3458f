"""Configured Metaworks 黑镜 client: `digihuman.metaworks.client()` -> `metaworks_client.Client` with AW auth, and
the client objects `Metaworks` / `AsyncMetaworks` built on it (docs/clients.md)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
from metaworks_client import Client
from metaworks_client.resources import AsyncResources, Resources

from digihuman import policy
from digihuman.auth import AWAuth, Clock
from digihuman.client_objects import AsyncClientObject, SyncClientObject, configured
from digihuman.config import check_base_url, required_secret, required_setting, setting
from digihuman.openapi import api
from digihuman.policy.redis_limits import fleet_rate_limit
from digihuman.secret import Secret


def auth(
    app_key: str | None = None,
    app_secret: str | Secret | None = None,
    app_name: str | None = None,
    clock: Clock | None = None,
    hex_digest: bool = False,
    env: Mapping[str, str] | None = None,
) -> AWAuth:
    """The AW hook, credentials from the arguments or METAWORKS_APP_KEY / _APP_SECRET / _APP_NAME."""
    return AWAuth(
        required_setting("METAWORKS_APP_KEY", app_key, "the Metaworks app_key", env),
        required_secret("METAWORKS_APP_SECRET", app_secret, "the Metaworks app_secret that keys the AW HMAC", env),
        required_setting("METAWORKS_APP_NAME", app_name, "the Metaworks application name, part of the AW HMAC", env),
        clock=clock,
        hex_digest=hex_digest,
    )


def client(
    base_url: str | None = None,
    app_key: str | None = None,
    app_secret: str | Secret | None = None,
    app_name: str | None = None,
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
    """A generated client whose requests carry the AW signature and run under `digihuman.policy`. Metaworks
    publishes no host, so the base URL must come from the argument or METAWORKS_BASE_URL. `proxy`, `trust_env`,
    `verify`, `max_response_bytes` and `deadline` (seconds for a call, retries included): docs/going-live.md.
    `strict_responses=True` raises ResponseValidationError for a success answer that does not match the spec,
    instead of returning it and logging its drift once (docs/going-live.md).
    `redis_url` (else DIGIHUMAN_REDIS_URL) shares the rate limits with a fleet of workers, `fleet_size` of
    them (else DIGIHUMAN_FLEET_SIZE): docs/fleet.md.
    """
    url = required_setting(
        "METAWORKS_BASE_URL", base_url, "Metaworks publishes no API host; give the base URL of your account", env
    )
    network = policy.Network(
        proxy=proxy, trust_env=trust_env, verify=verify, max_response_bytes=max_response_bytes, env=env
    )
    generated = Client(
        base_url=check_base_url(url, allow_http),
        timeout=timeout,
        follow_redirects=False,
        httpx_args={"auth": auth(app_key, app_secret, app_name, clock, env=env)},
        httpx_client_class=policy.HttpClient,
        async_httpx_client_class=policy.AsyncHttpClient,
    )
    return policy.install(
        generated,
        api("metaworks"),
        retries=retries,
        rate_limit=fleet_rate_limit(rate_limit, redis_url, fleet_size, setting("METAWORKS_APP_KEY", app_key, env), env),
        validate=validate,
        transport=transport,
        async_transport=async_transport,
        strict_responses=strict_responses,
        network=network,
        deadline=deadline,
    )


class _MetaworksObject:
    vendor: ClassVar[str] = "metaworks"
    client: Client

    def _setup(self, ready: Client | None, factory_kwargs: dict[str, Any]) -> None:
        self.client = configured(ready, client, factory_kwargs)


class Metaworks(_MetaworksObject, SyncClientObject[Client], Resources):
    """Metaworks 黑镜 as one object: `mw.<tag>.<operation_id>(...)`.

    `client=` wraps an already configured `metaworks_client.Client`; otherwise the keyword arguments go to
    `client(...)` (arguments or the environment)."""


class AsyncMetaworks(_MetaworksObject, AsyncClientObject[Client], AsyncResources):
    """`Metaworks` for asyncio: `await ...`, `async with AsyncMetaworks() as ...`."""
