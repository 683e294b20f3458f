"""Credentials and endpoints from arguments or the environment, with errors that say what is missing."""

from __future__ import annotations

import os
from collections.abc import Mapping

from digihuman.errors import ConfigurationError
from digihuman.secret import Secret


def setting(name: str, given: str | None = None, env: Mapping[str, str] | None = None) -> str | None:
    """`given` if set, else the environment variable `name`, else None. Empty counts as unset."""
    if given:
        return given
    value = (os.environ if env is None else env).get(name, "")
    return value or None


def required_setting(name: str, given: str | None, purpose: str, env: Mapping[str, str] | None = None) -> str:
    value = setting(name, given, env)
    if value is None:
        raise ConfigurationError(f"{name} is not set: {purpose}. Set the variable, or pass the value to the factory.")
    return value


def required_secret(
    name: str, given: str | Secret | None, purpose: str, env: Mapping[str, str] | None = None
) -> Secret:
    if isinstance(given, Secret):
        return given
    return Secret(required_setting(name, given, purpose, env))


def check_base_url(url: str, allow_http: bool) -> str:
    """Live endpoints are HTTPS; plain HTTP only to loopback or when explicitly allowed."""
    import httpx

    parsed = httpx.URL(url)
    if parsed.scheme == "https":
        return url
    loopback = parsed.host in {"127.0.0.1", "localhost", "::1"}
    if parsed.scheme == "http" and (allow_http or loopback):
        return url
    raise ConfigurationError(
        f"base URL {url!r} is not HTTPS; pass allow_http=True to use plain HTTP with a non-loopback host"
    )
