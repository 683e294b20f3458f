"""Huawei Cloud token authentication (`X-Auth-Token`), the alternative to AK/SK signing.

MetaStudio accepts an IAM token instead of a signature (seed 004 §3.2), and needs one for bodies over
the 12 MB AK/SK limit. A token is valid for 24 hours, so it is fetched once and cached:
`POST {iam}/v3/auth/tokens` with a project-scoped password grant; the token is the `X-Subject-Token`
response header. Its lifetime is the body's `token.expires_at` − `token.issued_at` (or − the answer's
`Date`), both IAM's clock, counted from when it was asked for on the local one: a local clock that is off
changes nothing. A token the service refuses (401) is fetched anew, once per call.

Environment (`from_env`):
- HUAWEICLOUD_SDK_TOKEN: a token obtained elsewhere; used as is, never refreshed.
- otherwise IAM: HUAWEICLOUD_SDK_DOMAIN_NAME (account), HUAWEICLOUD_SDK_USER_NAME (IAM user),
  HUAWEICLOUD_SDK_PASSWORD, HUAWEICLOUD_SDK_PROJECT_ID (the token's scope), and
  HUAWEICLOUD_SDK_IAM_ENDPOINT or HUAWEICLOUD_SDK_REGION (endpoint `https://iam.<region>.myhuaweicloud.com`).
- HUAWEICLOUD_SDK_PROJECT_ID, when set, is also sent as `X-Project-Id`.
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Generator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, NamedTuple

import httpx

from digihuman.auth.base import Clock
from digihuman.config import check_base_url, required_secret, required_setting, setting
from digihuman.errors import TokenError
from digihuman.log import mask_library_credentials
from digihuman.secret import Secret

if TYPE_CHECKING:  # asyncio is imported when an async client first asks for a token, not with this module
    import asyncio

    from digihuman.policy.network import Network

TOKEN_HEADER = "X-Auth-Token"  # noqa: S105 - a header name
PROJECT_HEADER = "X-Project-Id"
TOKEN_LIFETIME = 24 * 3600.0  # when IAM gives no expires_at
REFRESH_MARGIN = 15 * 60.0  # refresh this long before expiry: covers clock skew and requests in flight
IAM_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
mask_library_credentials()  # IAM answers with the token in a header, which httpcore's DEBUG trace would print


def iam_endpoint(region: str) -> str:
    return f"https://iam.{region}.myhuaweicloud.com"


def password_grant(domain_name: str, user_name: str, password: str, project_id: str) -> dict[str, object]:
    """The body of `POST /v3/auth/tokens` for a project-scoped token from an IAM user's password."""
    user = {"name": user_name, "password": password, "domain": {"name": domain_name}}
    return {
        "auth": {
            "identity": {"methods": ["password"], "password": {"user": user}},
            "scope": {"project": {"id": project_id}},
        }
    }


class CachedToken(NamedTuple):
    value: Secret
    expires_at: float  # Unix seconds on the local clock: when it was asked for, plus its lifetime on IAM's


class IamTokenSource:
    """Fetches a token from IAM and caches it until `REFRESH_MARGIN` before it expires.

    One refresh however many callers: threads meet on a `threading.Lock`; tasks of one event loop on
    that loop's `asyncio.Lock`, after which one of them runs the same locked fetch in a worker thread,
    so the event loop never blocks and sync and async callers share one cache."""

    def __init__(
        self,
        endpoint: str,
        domain_name: str,
        user_name: str,
        password: Secret,
        project_id: str,
        clock: Clock | None = None,
        transport: httpx.BaseTransport | None = None,
        refresh_margin: float = REFRESH_MARGIN,
        allow_http: bool = False,
        network: Network | None = None,
    ) -> None:
        self.url = check_base_url(endpoint, allow_http).rstrip("/") + "/v3/auth/tokens"
        self.domain_name = domain_name
        self.user_name = user_name
        self.project_id = project_id
        self.refresh_margin = refresh_margin
        self._password = password
        self._clock: Clock = clock or time.time
        self._transport = transport
        self._network = network  # proxies, TLS and the answer's size cap, as the client's own requests
        self._cached: CachedToken | None = None
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()

    def __repr__(self) -> str:
        names = f"domain_name={self.domain_name!r}, user_name={self.user_name!r}"
        return f"IamTokenSource(url={self.url!r}, {names}, password=***)"

    def _fresh(self) -> Secret | None:
        cached = self._cached
        if cached is not None and self._clock() < cached.expires_at - self.refresh_margin:
            return cached.value
        return None

    def token(self) -> Secret:
        """The cached token, fetched first if it is missing or close to expiry."""
        token = self._fresh()
        if token is not None:
            return token
        with self._lock:
            token = self._fresh()  # another thread may have refreshed while this one waited
            if token is None:
                self._cached = self._fetch()
                token = self._cached.value
            return token

    async def atoken(self) -> Secret:
        token = self._fresh()
        if token is not None:
            return token
        async with self._loop_lock():
            token = self._fresh()
            if token is not None:
                return token
            import asyncio

            return await asyncio.to_thread(self.token)

    def _loop_lock(self) -> asyncio.Lock:
        # An asyncio.Lock belongs to one event loop; a source may outlive a loop or serve several.
        import asyncio

        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            return self._loop_locks.setdefault(loop, asyncio.Lock())

    def forget(self, token: str) -> None:
        """Drop the cached token if it is `token` (refused by the service), so that the next request fetches
        a fresh one; a token another caller fetched meanwhile is kept."""
        with self._lock:
            cached = self._cached
            if cached is not None and cached.value == Secret(token):
                self._cached = None

    def _fetch(self) -> CachedToken:
        body = password_grant(self.domain_name, self.user_name, self._password.reveal(), self.project_id)
        asked = self._clock()
        try:
            with httpx.Client(transport=self._transport or self._network_transport(), timeout=IAM_TIMEOUT) as client:
                response = client.post(self.url, json=body)
        except httpx.HTTPError as exc:
            raise TokenError(f"IAM token request to {self.url} failed: {type(exc).__name__}: {exc}") from None
        if not response.is_success:
            raise TokenError(
                f"IAM refused the token request for user {self.user_name!r}: HTTP {response.status_code} "
                f"from {self.url}: {self._scrub(response.text)}"
            )
        value = response.headers.get("X-Subject-Token")
        if not value:
            raise TokenError(f"IAM answered HTTP {response.status_code} without an X-Subject-Token header")
        return CachedToken(Secret(value), asked + self._lifetime(response))

    def _network_transport(self) -> httpx.BaseTransport:
        from digihuman.policy.network import Network, default_sync_transport

        return default_sync_transport(self._network or Network())

    def _lifetime(self, response: httpx.Response) -> float:
        """Seconds the token lives, on IAM's clock alone: `expires_at` − `issued_at` (else − the answer's Date);
        the documented 24 hours when IAM gives no `expires_at`."""
        try:
            token = response.json()["token"]
            expires_at = token["expires_at"]
        except (ValueError, KeyError, TypeError):
            return TOKEN_LIFETIME
        issued_at = token.get("issued_at") if isinstance(token, dict) else None
        if issued_at is not None:
            issued = _iso_time(issued_at, "issued_at")
        else:
            try:
                issued = parsedate_to_datetime(response.headers["date"]).timestamp()
            except (KeyError, TypeError, ValueError):
                raise TokenError(
                    "IAM's answer has neither token.issued_at nor a Date header to time the token by"
                ) from None
        return max(0.0, _iso_time(expires_at, "expires_at") - issued)

    def _scrub(self, text: str) -> str:
        """IAM's error text, short, and without the password should it ever be echoed."""
        password = self._password.reveal()
        for shown in (password, json.dumps(password)[1:-1]):  # as sent, and as a JSON string would escape it
            text = text.replace(shown, "***")
        return text[:300]


def _iso_time(value: object, name: str) -> float:
    try:
        moment = datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        raise TokenError(f"IAM token.{name} {value!r} is not an ISO 8601 time") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


class TokenAuth(httpx.Auth):
    """Adds `X-Auth-Token` (and `X-Project-Id` when configured): a fixed token or one from IAM."""

    def __init__(self, token: Secret | IamTokenSource, project_id: str | None = None) -> None:
        self.source = token
        self.project_id = project_id

    def __repr__(self) -> str:
        source = "token=***" if isinstance(self.source, Secret) else f"source={self.source!r}"
        return f"TokenAuth({source}, project_id={self.project_id!r})"

    def forget_token(self, sent: httpx.Request) -> bool:
        """The service refused the token `sent` carried: whether a fresh one will be used (one from IAM;
        a fixed token cannot be renewed)."""
        if isinstance(self.source, Secret):
            return False
        token = sent.headers.get(TOKEN_HEADER)
        if token:
            self.source.forget(token)
        return True

    def _apply(self, request: httpx.Request, token: Secret) -> httpx.Request:
        request.headers[TOKEN_HEADER] = token.reveal()
        if self.project_id:
            request.headers[PROJECT_HEADER] = self.project_id
        return request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.source if isinstance(self.source, Secret) else self.source.token()
        yield self._apply(request, token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self.source if isinstance(self.source, Secret) else await self.source.atoken()
        yield self._apply(request, token)


def from_env(
    clock: Clock | None = None,
    transport: httpx.BaseTransport | None = None,
    allow_http: bool = False,
    env: Mapping[str, str] | None = None,
    network: Network | None = None,
) -> TokenAuth:
    """HUAWEICLOUD_SDK_TOKEN if set, else a token from IAM with the password variables (see the module), its
    request going through `network` (proxies, TLS) as the client's own do."""
    project_id = setting("HUAWEICLOUD_SDK_PROJECT_ID", None, env)
    fixed = setting("HUAWEICLOUD_SDK_TOKEN", None, env)
    if fixed is not None:
        return TokenAuth(Secret(fixed), project_id)
    purpose = "a token is fetched from IAM when HUAWEICLOUD_SDK_TOKEN is not set"
    endpoint = setting("HUAWEICLOUD_SDK_IAM_ENDPOINT", None, env) or iam_endpoint(
        required_setting("HUAWEICLOUD_SDK_REGION", None, f"{purpose}; the region names the IAM endpoint", env)
    )
    source = IamTokenSource(
        endpoint,
        required_setting("HUAWEICLOUD_SDK_DOMAIN_NAME", None, f"{purpose}: the account (domain) name", env),
        required_setting("HUAWEICLOUD_SDK_USER_NAME", None, f"{purpose}: the IAM user name", env),
        required_secret("HUAWEICLOUD_SDK_PASSWORD", None, f"{purpose}: the IAM user's password", env, strip=False),
        required_setting("HUAWEICLOUD_SDK_PROJECT_ID", None, f"{purpose}: the project the token is scoped to", env),
        clock=clock,
        transport=transport,
        allow_http=allow_http,
        network=network,
    )
    return TokenAuth(source, project_id)
