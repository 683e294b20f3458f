"""`DIGIHUMAN_LOG`: our logging without code. Set to debug, info, warning or error, it gives the `digihuman`
logger (and so `digihuman.drift` and every other child) that level and a handler writing to stderr.

Records name requests by method, URL without query and request id; secrets never reach them."""

from __future__ import annotations

import logging
import os
import re
import sys

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_from_env(value: str | None = None) -> logging.Logger:
    """Apply `DIGIHUMAN_LOG` (or `value`) to the `digihuman` logger; an unknown value is reported and ignored."""
    logger = logging.getLogger("digihuman")
    wanted = (value if value is not None else os.environ.get("DIGIHUMAN_LOG", "")).strip().lower()
    if not wanted:
        return logger
    level = LEVELS.get(wanted)
    if level is None:
        print(f"digihuman: DIGIHUMAN_LOG={wanted!r} is not one of {', '.join(LEVELS)}; ignored", file=sys.stderr)
        return logger
    logger.setLevel(level)
    if not any(getattr(h, "digihuman_log", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.digihuman_log = True  # type: ignore[attr-defined]  # (marks ours: configuring twice adds one)
        logger.addHandler(handler)
    return logger


# httpcore's DEBUG trace prints each answer's headers whole: IAM's X-Subject-Token is a token.
_CREDENTIAL_HEADER = re.compile(
    r"(\(b'(?:x-subject-token|x-auth-token|x-security-token|authorization|x-token|set-cookie)', )b'[^']*'",
    re.IGNORECASE,
)
HTTPCORE_LOGGERS = ("httpcore.http11", "httpcore.http2")


class MaskCredentialHeaders(logging.Filter):
    """Masks credential header values in httpcore's trace records (preformatted messages, no arguments)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "(b'" in record.msg:
            record.msg = _CREDENTIAL_HEADER.sub(r"\1b'***'", record.msg)
        return True


def mask_library_credentials() -> None:
    """Install `MaskCredentialHeaders` on httpcore's loggers, once."""
    for name in HTTPCORE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, MaskCredentialHeaders) for f in logger.filters):
            logger.addFilter(MaskCredentialHeaders())
