"""Serving a mock on loopback with uvicorn, in a background thread (tests, `digihuman run`, `digihuman mock`)."""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from digihuman.errors import ConfigurationError
from digihuman.extras import require

require("mock", "serving a mock on loopback")  # names the extra to install, before the import below fails

import uvicorn  # noqa: E402

HOST = "127.0.0.1"


@contextmanager
def serve_in_thread(app: Any, port: int = 0, access_log: bool = False) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 (a free port unless given) and yield its base URL; a port already taken is a
    ConfigurationError before anything is served."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this. Without it each answer (headers and body written separately) waits
    # for the client's delayed ACK: about 40 ms per request on loopback instead of well under 1 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        raise ConfigurationError(
            f"cannot listen on {HOST}:{port} ({error.strerror}): stop what listens there, or choose another port"
        ) from None
    level = "info" if access_log else "warning"
    server = uvicorn.Server(
        uvicorn.Config(app, log_level=level, lifespan="off", access_log=access_log, date_header=False)
    )
    for name in ("uvicorn.access", "uvicorn.error"):  # HTTP requests; WebSocket handshakes (after Config's setup)
        logger = logging.getLogger(name)
        if not any(isinstance(f, MaskQueryCredentials) for f in logger.filters):
            logger.addFilter(MaskQueryCredentials())
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the mock server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{HOST}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


# The chat link's one-time code travels in the query (`?token=`), which uvicorn's request lines show whole.
_QUERY_CREDENTIAL = re.compile(r"([?&](?:token|secret)=)[^&\s\"]*", re.IGNORECASE)


class MaskQueryCredentials(logging.Filter):
    """Masks credentials in the request targets that uvicorn's log records carry as arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_QUERY_CREDENTIAL.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args)
        return True
