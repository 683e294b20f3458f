"""A pytest plugin for testing your own application against the mocks (docs/testing.md):

    # conftest.py
    pytest_plugins = ["digihuman.testing"]

    # test_my_app.py
    def test_my_video(digihuman_mocks):      # every client now reaches a mock (the variables are set)
        assert my_app.make_video("你好").url

Without pytest, `digihuman.mock.demo.serve_mocks()` serves the same. Serving needs the `mock` extra (uvicorn).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from digihuman.mock.demo import serve_mocks


@pytest.fixture
def digihuman_mocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The three mocks, fresh for the test, with the environment set so that `metastudio.MetaStudio()`,
    `xingyun.Xingyun()`, `metaworks.Metaworks()` and `digihuman.video` reach them; yields that environment."""
    with serve_mocks() as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        yield env
