"""`DIGIHUMAN_LOG`: our logging without code. Set to debug, info, warning or error, it gives the `digihuman`
logger (and so `digihuman.drift` and every other child) that level and a handler writing to stderr.

Records name requests by method, URL without query and request id; secrets never reach them."""

from __future__ import annotations

import logging
import os
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
