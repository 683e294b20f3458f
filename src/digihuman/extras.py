"""The optional parts of digihuman and what they need beyond the clients (pyproject.toml's extras).

The clients, signers, transport policy and in-process mocks need only the runtime dependencies. Serving a
mock on loopback needs uvicorn and websockets (`mock`), the chat client websockets (`chat`), the contract
suite hypothesis and schemathesis (`contract`). They stay out of a client's install: uvicorn brings click,
and httpx imports its own command line whenever click is installed (~7 ms of a client's ~70 ms import).
"""

from __future__ import annotations

from importlib.util import find_spec

from digihuman.errors import MissingExtraError

EXTRAS = {  # extra → the modules it installs
    "mock": ("uvicorn", "websockets"),
    "chat": ("websockets",),
    "contract": ("hypothesis", "schemathesis"),
    "fleet": ("redis",),
}


def require(extra: str, feature: str) -> None:
    """Raise `MissingExtraError`, naming the extra to install, unless the modules of `extra` can be imported."""
    missing = [module for module in EXTRAS[extra] if find_spec(module) is None]
    if missing:
        raise MissingExtraError(
            f"{feature} needs {' and '.join(missing)}, which `pip install 'digihuman[{extra}]'` installs"
        )
