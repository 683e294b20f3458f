"""Metaworks 黑镜 `AW` signature: `Authorization: AW {app_key}:{base64(ts + ":" + HMAC-SHA256)}`.

From shared/reference/metaworks-aw-signing.md: the HMAC key is the app secret, the message is
`{ts}:{app_key}:{app_name}`, and the digest is the raw 32 bytes (the vendor's worked example proves
it); `hex_digest=True` selects the hex variant the page's PHP call would give. The signature covers
neither method, path nor body.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

import httpx

from digihuman.auth.base import Clock, SigningAuth
from digihuman.secret import Secret


def hmac_message(timestamp: int, app_key: str, app_name: str) -> str:
    return f"{timestamp}:{app_key}:{app_name}"


def aw_sign(secret: str, timestamp: int, app_key: str, app_name: str, hex_digest: bool = False) -> str:
    mac = hmac.new(secret.encode(), hmac_message(timestamp, app_key, app_name).encode(), hashlib.sha256)
    digest = mac.hexdigest().encode() if hex_digest else mac.digest()
    return base64.b64encode(f"{timestamp}:".encode() + digest).decode("ascii")


class AWAuth(SigningAuth):
    """Adds `Authorization: AW …` to each request."""

    def __init__(
        self,
        app_key: str,
        app_secret: Secret,
        app_name: str,
        clock: Clock | None = None,
        hex_digest: bool = False,
    ) -> None:
        super().__init__(clock)
        self.app_key = app_key
        self.app_name = app_name
        self.hex_digest = hex_digest
        self._secret = app_secret
        self._last: tuple[int, str, str, bool, Secret, str, str] | None = None  # the current second's signature

    def __repr__(self) -> str:
        return f"AWAuth(app_key={self.app_key!r}, app_name={self.app_name!r}, app_secret=***)"

    def sign(self, request: httpx.Request) -> str:
        ts = self.now()
        # The signature covers only the second, the key and the name: computed once per second.
        last = self._last
        if (
            last is None
            or last[0] != ts
            or last[1] != self.app_key
            or last[2] != self.app_name
            or last[3] != self.hex_digest
            or last[4] is not self._secret
        ):
            sign = aw_sign(self._secret.reveal(), ts, self.app_key, self.app_name, self.hex_digest)
            message = hmac_message(ts, self.app_key, self.app_name)
            last = (
                ts,
                self.app_key,
                self.app_name,
                self.hex_digest,
                self._secret,
                f"AW {self.app_key}:{sign}",
                message,
            )
            self._last = last
        request.headers["Authorization"] = last[5]
        return last[6]
