"""The mocks for testing your own application: the three vendors' demo mocks on loopback, and pytest fixtures.

    # conftest.py
    pytest_plugins = ["digihuman.testing"]

    # test_my_app.py
    def test_my_video(digihuman_mocks):      # every client now reaches a mock (the variables are set)
        assert my_app.make_video("你好").url

`serve_mocks()` is the same without pytest. Serving needs the `mock` extra (uvicorn).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager

import pytest

from digihuman.mock.demo import serve_demo

VENDORS = ("metastudio", "xingyun", "metaworks")


@contextmanager
def serve_mocks(vendors: Sequence[str] = VENDORS, step_seconds: float = 0.25) -> Iterator[dict[str, str]]:
    """Each vendor's demo mock on a free loopback port; yields the environment that points the clients at them
    (base URLs, demo credentials, video settings), as `digihuman mock --print-env` prints it."""
    env: dict[str, str] = {}
    with ExitStack() as stack:
        for vendor in vendors:
            env |= stack.enter_context(serve_demo(vendor, step_seconds=step_seconds))
        yield env


@pytest.fixture
def digihuman_mocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The three mocks, fresh for the test, with the environment set so that `metastudio.MetaStudio()`,
    `xingyun.Xingyun()`, `metaworks.Metaworks()` and `digihuman.video` reach them; yields that environment."""
    with serve_mocks() as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        yield env
