"""The errors digihuman raises. Messages never contain credentials."""

from __future__ import annotations


class DigihumanError(Exception):
    """Base of every error raised by digihuman itself."""


class ConfigurationError(DigihumanError):
    """A credential, endpoint or option is missing or unusable; raised before any network I/O."""


class SigningError(DigihumanError):
    """A request cannot be signed as the vendor requires (for example an unsupported body)."""


class SignatureRejected(DigihumanError):
    """A server-side check of a signed request failed; `reason` names the check (for the error to answer with)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class TokenError(DigihumanError):
    """IAM did not issue a token (wrong credentials, unreachable endpoint, unexpected answer)."""
