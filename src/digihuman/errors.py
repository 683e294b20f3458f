"""The errors digihuman raises. Messages never contain credentials."""

from __future__ import annotations


class DigihumanError(Exception):
    """Base of every error raised by digihuman itself."""


class ConfigurationError(DigihumanError):
    """A credential, endpoint or option is missing or unusable; raised before any network I/O."""


class SigningError(DigihumanError):
    """A request cannot be signed as the vendor requires (for example an unsupported body)."""
