"""The transport policy every configured client runs on: validation before sending, client-side rate
limits, signing, timeouts, retries, typed errors and response checks, for sync and async calls alike.

    from digihuman import policy
    from digihuman.openapi import api

    policy.install(client, api("metastudio"), region="cn-north-4")

`install` puts a `PolicyTransport` into the generated client's `httpx_args`, which its httpx.Client and
httpx.AsyncClient are both built from (and every copy `with_headers`/`with_timeout` makes). The client's
`auth` moves into that transport, which signs every attempt afresh, and only requests to the configured
origin.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

import attrs
import httpx

from digihuman.errors import ConfigurationError
from digihuman.openapi import Api
from digihuman.policy.call import DEFAULT_TIMEOUT, RAW, Policy
from digihuman.policy.call import credential_headers as credential_headers  # where it used to be
from digihuman.policy.clients import AsyncHttpClient, HttpClient
from digihuman.policy.network import default_async_transport, default_sync_transport
from digihuman.policy.ratelimit import RateLimiter
from digihuman.policy.retry import Retry
from digihuman.policy.transport import NoAsyncTransport, PolicyTransport

__all__ = [
    "DEFAULT_TIMEOUT",
    "RAW",
    "AsyncHttpClient",
    "HttpClient",
    "PolicyTransport",
    "RateLimiter",
    "Retry",
    "install",
]

ROUTING_ARGS = ("transport", "mounts", "proxy")  # would take requests past the policy's transport
C = TypeVar("C")


def install(
    client: C,
    api: Api,
    *,
    region: str | None = None,
    retries: Retry | int = 3,
    rate_limit: RateLimiter | bool = True,
    validate: bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    strict_responses: bool = False,
) -> C:
    """Put a generated `Client`'s (or `AuthenticatedClient`'s) requests under the policy for `api`, before its
    first request. `region` picks the rate-limit column; `retries` is a `Retry` or a number of retries;
    `rate_limit` a shared `RateLimiter`, True for a new one, or False; `validate` checks requests before
    sending and answers against the spec. `transport`/`async_transport` replace the network (a mock's
    in-process transport serves both when it can). A success answer that does not match the spec is returned
    and its drift logged once on `digihuman.drift`; `strict_responses=True` raises ResponseValidationError
    instead."""
    settings = {f.alias: getattr(client, f.name) for f in attrs.fields(cast(Any, type(client)))}
    if settings["client"] is not None or settings["async_client"] is not None:
        raise ConfigurationError("install the policy before the client's first request")
    httpx_args: dict[str, Any] = settings["httpx_args"]  # the client's own dict, shared with its copies
    routed = [name for name in ROUTING_ARGS if name in httpx_args]
    if routed:
        raise ConfigurationError(f"pass {', '.join(routed)} to the policy (transport=...), not in httpx_args")
    limiter = rate_limit if isinstance(rate_limit, RateLimiter) else RateLimiter() if rate_limit else None
    if limiter is not None and limiter.overrides:
        limiter.check(api)  # (the spec is read here only when there are overrides to check against it)
    policy = Policy(
        api=api,
        base_url=httpx.URL(settings["base_url"]),
        region=region,
        retry=retries if isinstance(retries, Retry) else Retry(attempts=retries),
        limiter=limiter,
        validate=validate,
        auth=httpx_args.pop("auth", None),
        strict_responses=strict_responses,
    )
    verify = settings["verify_ssl"]
    sync_inner = transport or default_sync_transport(verify)
    httpx_args["transport"] = PolicyTransport(policy, sync_inner, _async_inner(transport, async_transport, verify))
    return client


def _async_inner(
    transport: httpx.BaseTransport | None, async_transport: httpx.AsyncBaseTransport | None, verify: Any
) -> httpx.AsyncBaseTransport:
    """The async side's real transport: the one given, else the sync one when it also serves async calls
    (a mock's in-process transport), else the network; never the network when only a sync one was given."""
    if async_transport is not None:
        return async_transport
    if isinstance(transport, httpx.AsyncBaseTransport):
        return transport
    if transport is not None:
        return NoAsyncTransport()
    return default_async_transport(verify)
