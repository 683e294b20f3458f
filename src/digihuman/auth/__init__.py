"""httpx.Auth hooks, one per signing scheme, plus Huawei Cloud token auth. Each signer is a generator in
httpx's auth-flow style that sees the final request bytes (`requires_request_body = True`) and adds the
vendor's headers. Each is imported when first named, so that a client loads only its own."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from digihuman.auth.base import Clock, SigningAuth

if TYPE_CHECKING:
    from digihuman.auth.aw import AWAuth
    from digihuman.auth.sdk_hmac import SdkHmacAuth
    from digihuman.auth.token import IamTokenSource, TokenAuth
    from digihuman.auth.xtoken import XTokenAuth

__all__ = ["AWAuth", "Clock", "IamTokenSource", "SdkHmacAuth", "SigningAuth", "TokenAuth", "XTokenAuth"]

_HOMES = {
    "AWAuth": "digihuman.auth.aw",
    "SdkHmacAuth": "digihuman.auth.sdk_hmac",
    "IamTokenSource": "digihuman.auth.token",
    "TokenAuth": "digihuman.auth.token",
    "XTokenAuth": "digihuman.auth.xtoken",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
