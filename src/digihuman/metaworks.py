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
from digihuman.config import check_base_url, required_secret, required_setting
from digihuman.openapi import api
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
) -> Client:
    """A generated client whose requests carry the AW signature and run under `digihuman.policy`. Metaworks
    publishes no host, so the base URL must come from the argument or METAWORKS_BASE_URL.
    `strict_responses=True` raises ResponseValidationError for a success answer that does not match the spec,
    instead of returning it and logging its drift once (docs/going-live.md)."""
    url = required_setting(
        "METAWORKS_BASE_URL", base_url, "Metaworks publishes no API host; give the base URL of your account", env
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
        rate_limit=rate_limit,
        validate=validate,
        transport=transport,
        async_transport=async_transport,
        strict_responses=strict_responses,
    )


class _MetaworksObject:
    vendor: ClassVar[str] = "metaworks"
    client: Client

    def _setup(self, ready: Client | None, factory_kwargs: dict[str, Any]) -> None:
        self.client = configured(ready, client, factory_kwargs)


class Metaworks(_MetaworksObject, SyncClientObject, Resources):
    """Metaworks 黑镜 as one object: `mw.<tag>.<operation_id>(...)`.

    `client=` wraps an already configured `metaworks_client.Client`; otherwise the keyword arguments go to
    `client(...)` (arguments or the environment)."""

    def __init__(self, *, client: Client | None = None, **factory_kwargs: Any) -> None:
        self._setup(client, factory_kwargs)


class AsyncMetaworks(_MetaworksObject, AsyncClientObject, AsyncResources):
    """`Metaworks` for asyncio: `await ...`, `async with AsyncMetaworks() as ...`."""

    def __init__(self, *, client: Client | None = None, **factory_kwargs: Any) -> None:
        self._setup(client, factory_kwargs)
