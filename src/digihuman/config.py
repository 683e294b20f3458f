"""Credentials and endpoints from arguments or the environment, with errors that say what is missing.

Every value is checked as it is read, and an error names the variable, never the value. Surrounding
whitespace (a newline left by `echo` or a file read whole, a space pasted along) is stripped: no
credential, identifier or endpoint of these vendors begins or ends with it, and HTTP drops it around a
header value anyway, so it could only break a signature or a header. A control character left inside is
refused. Passwords are the exception: a password may begin or end with a space, so it is taken as
given, and refused if it holds a control character (a trailing newline included).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from digihuman.errors import ConfigurationError
from digihuman.secret import Secret, has_control_characters


def setting(
    name: str, given: str | None = None, env: Mapping[str, str] | None = None, strip: bool = True
) -> str | None:
    """`given` if set, else the environment variable `name`, else None. Empty (or only whitespace) counts as
    unset; surrounding whitespace is stripped unless `strip` is False; control characters are refused."""
    value = given or (os.environ if env is None else env).get(name, "")
    if strip:
        value = value.strip()
    if has_control_characters(value):
        shown = "the value given for" if given else "the variable"
        raise ConfigurationError(f"{shown} {name} holds a control character (value not shown); set it without one")
    return value or None


def required_setting(
    name: str, given: str | None, purpose: str, env: Mapping[str, str] | None = None, strip: bool = True
) -> str:
    value = setting(name, given, env, strip)
    if value is None:
        raise ConfigurationError(f"{name} is not set: {purpose}. Set the variable, or pass the value to the factory.")
    return value


def required_secret(
    name: str, given: str | Secret | None, purpose: str, env: Mapping[str, str] | None = None, strip: bool = True
) -> Secret:
    if isinstance(given, Secret):
        return given
    return Secret(required_setting(name, given, purpose, env, strip))


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
