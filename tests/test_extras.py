"""The optional parts: pyproject.toml's extras install what `digihuman.extras` checks for, and a command that
needs a missing one says which extra to install instead of failing on an import."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from digihuman.cli import main
from digihuman.extras import EXTRAS

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
PROJECT = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]


def distribution(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert name is not None, requirement
    return name.group(0).lower().replace("-", "_")


def test_each_extra_installs_the_modules_checked_for_it() -> None:
    extras = PROJECT["optional-dependencies"]
    for extra, modules in EXTRAS.items():
        assert sorted(distribution(r) for r in extras[extra]) == sorted(modules), extra
    assert f"digihuman[{','.join(EXTRAS)}]" in extras["dev"]  # `make setup` installs them all


def test_the_clients_install_none_of_them() -> None:
    runtime = {distribution(r) for r in PROJECT["dependencies"]}
    assert runtime.isdisjoint(module for modules in EXTRAS.values() for module in modules)


@pytest.mark.parametrize(
    ("argv", "missing", "dependent", "extra"),
    [
        (["mock", "--vendor", "xingyun", "--port", "1"], "uvicorn", "digihuman.mock.server", "mock"),
        ("video create --mock --vendor xingyun --text x".split(), "uvicorn", "digihuman.mock.server", "mock"),
        (["contract", "--vendor", "xingyun", "--mock"], "schemathesis", "digihuman.contract", "contract"),
        (["run"], "hypothesis", "digihuman.contract", "contract"),
    ],
)
def test_a_command_names_the_extra_it_needs(
    argv: list[str],
    missing: str,
    dependent: str,
    extra: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # as if not installed: `find_spec` and `import` find nothing
    for name in [dependent, "digihuman.run"]:
        monkeypatch.delitem(sys.modules, name, raising=False)  # imported afresh, without it
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"needs {missing}" in err
    assert f"pip install 'digihuman[{extra}]'" in err
    assert "Traceback" not in err
