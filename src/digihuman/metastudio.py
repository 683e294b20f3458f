"""Configured Huawei Cloud MetaStudio client: `digihuman.metastudio.client()` -> `metastudio_client.Client`, and
the client objects `MetaStudio` / `AsyncMetaStudio` built on it (docs/clients.md).

Authentication, in order: AK/SK (`HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK`) signs every request with
SDK-HMAC-SHA256; otherwise `HUAWEICLOUD_SDK_TOKEN`, or a token fetched from IAM with the password
variables of `digihuman.auth.token`. The endpoint is `METASTUDIO_ENDPOINT`, else
`https://metastudio.<HUAWEICLOUD_SDK_REGION>.myhuaweicloud.com`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, ClassVar

import httpx
from metastudio_client import Client
from metastudio_client.resources import AsyncResources, Resources

from digihuman import policy
from digihuman.auth import Clock, sdk_hmac
from digihuman.client_objects import AsyncClientObject, SyncClientObject, configured
from digihuman.config import check_base_url, required_setting, setting
from digihuman.errors import ConfigurationError
from digihuman.openapi import api
from digihuman.policy.redis_limits import fleet_rate_limit
from digihuman.secret import Secret

REGION_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")  # one label of the endpoint's host name (cn-north-4)


def endpoint(region: str) -> str:
    """The regional endpoint (004 §3.1; reference note: metastudio.ap-southeast-3.myhuaweicloud.com)."""
    return f"https://metastudio.{checked_region(region)}.myhuaweicloud.com"


def checked_region(region: str) -> str:
    """`region` if it is shaped like a region name (it becomes part of the endpoint's host)."""
    if not REGION_NAME.fullmatch(region):
        raise ConfigurationError(f"{region!r} is not a region name: one of {', '.join(regions())}")
    return region


@cache
def regions() -> list[str]:
    """The regions the spec names: the columns of its rate limits (table 1-2) and its server's host."""
    spec = api("metastudio").spec
    found = {str(host).split(".")[1] for host in (s["url"].split("//")[1] for s in spec["servers"])}
    for operation in api("metastudio").operations:
        found |= set(operation.extension("x-rate-limit", {}).get("per_second", {}))
    return sorted(found - {"*"})


def project_id(given: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The `{project_id}` every operation's path needs, from the argument or HUAWEICLOUD_SDK_PROJECT_ID."""
    return required_setting("HUAWEICLOUD_SDK_PROJECT_ID", given, "the project id in every MetaStudio path", env)


def auth(
    ak: str | None = None,
    sk: str | Secret | None = None,
    project: str | None = None,
    clock: Clock | None = None,
    env: Mapping[str, str] | None = None,
    iam_transport: httpx.BaseTransport | None = None,
    allow_http: bool = False,
    network: policy.Network | None = None,
) -> httpx.Auth:
    """AK/SK when an access key is given or set, token auth otherwise (its IAM request through `network`)."""
    if setting("HUAWEICLOUD_SDK_AK", ak, env) is not None:
        return sdk_hmac.from_env(ak, sk, project, clock, env)
    from digihuman.auth import token

    return token.from_env(clock=clock, transport=iam_transport, allow_http=allow_http, env=env, network=network)


def client(
    base_url: str | None = None,
    region: str | None = None,
    ak: str | None = None,
    sk: str | Secret | None = None,
    project: str | None = None,
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
    """A generated client whose requests carry our auth and run under `digihuman.policy` (validation, the
    documented per-tenant rate limits of the region, retries, typed errors). `transport`/`async_transport`
    let tests and the mocks run it in-process; the sync one also serves the IAM token request. `proxy`,
    `trust_env`, `verify` (the IAM token request goes the same way), `max_response_bytes` and `deadline`
    (seconds for a call, retries included): docs/going-live.md.
    `strict_responses=True` raises ResponseValidationError for a success answer that does not match the spec,
    instead of returning it and logging its drift once (docs/going-live.md).
    `redis_url` (else DIGIHUMAN_REDIS_URL) shares the rate limits with a fleet of workers, `fleet_size` of
    them (else DIGIHUMAN_FLEET_SIZE): docs/fleet.md.
    """
    region = setting("HUAWEICLOUD_SDK_REGION", region, env)
    url = setting("METASTUDIO_ENDPOINT", base_url, env) or endpoint(
        required_setting(
            "HUAWEICLOUD_SDK_REGION", region, "the region names the endpoint (or set METASTUDIO_ENDPOINT)", env
        )
    )
    network = policy.Network(
        proxy=proxy, trust_env=trust_env, verify=verify, max_response_bytes=max_response_bytes, env=env
    )
    generated = Client(
        base_url=check_base_url(url, allow_http),
        timeout=timeout,
        follow_redirects=False,
        httpx_args={"auth": auth(ak, sk, project, clock, env, transport, allow_http, network)},
        httpx_client_class=policy.HttpClient,
        async_httpx_client_class=policy.AsyncHttpClient,
    )
    return policy.install(
        generated,
        api("metastudio"),
        region=region,
        retries=retries,
        rate_limit=fleet_rate_limit(
            rate_limit,
            redis_url,
            fleet_size,
            setting("HUAWEICLOUD_SDK_PROJECT_ID", project, env) or setting("HUAWEICLOUD_SDK_AK", ak, env),
            env,
        ),
        validate=validate,
        transport=transport,
        async_transport=async_transport,
        strict_responses=strict_responses,
        network=network,
        deadline=deadline,
    )


class _MetaStudioObject:
    vendor: ClassVar[str] = "metastudio"
    client: Client
    project_id: str

    def _setup(self, ready: Client | None, factory_kwargs: dict[str, Any]) -> None:
        self.project_id = project_id(factory_kwargs.get("project"), env=factory_kwargs.get("env"))
        self.client = configured(ready, client, factory_kwargs, kept=("project", "env"))


class MetaStudio(_MetaStudioObject, SyncClientObject[Client], Resources):
    """Huawei Cloud MetaStudio as one object: `ms.<tag>.<operation_id>(...)`, the project id filled in.

        ms = MetaStudio()                      # arguments of `client()`, or the environment
        ms.video.show_2d_digital_human_video(job_id)

    `client=` wraps an already configured `metastudio_client.Client` (the project id then comes from
    `project=` or HUAWEICLOUD_SDK_PROJECT_ID); otherwise the keyword arguments go to `client(...)`.
    `reconcile=True`: a paid create whose answer is lost is looked up before anything is raised (docs/fleet.md,
    "Paid jobs exactly once"); `reconcile_settle_seconds` is how long after sending "no job listed" proves it."""


class AsyncMetaStudio(_MetaStudioObject, AsyncClientObject[Client], AsyncResources):
    """`MetaStudio` for asyncio: `await ams.<tag>.<operation_id>(...)`, `async with AsyncMetaStudio() as ams`."""
