"""httpx.Auth hooks, one per signing scheme, plus Huawei Cloud token auth. Each signer is a generator in
httpx's auth-flow style that sees the final request bytes (`requires_request_body = True`) and adds the
vendor's headers."""

from __future__ import annotations

from digihuman.auth.aw import AWAuth
from digihuman.auth.base import Clock, SigningAuth
from digihuman.auth.sdk_hmac import SdkHmacAuth
from digihuman.auth.token import IamTokenSource, TokenAuth
from digihuman.auth.xtoken import XTokenAuth

__all__ = ["AWAuth", "Clock", "IamTokenSource", "SdkHmacAuth", "SigningAuth", "TokenAuth", "XTokenAuth"]
