"""`python -m bench.requirements`: the runtime dependencies and the `bench` extra of pyproject.toml, one per
line (a requirements file), for the interpreter that measures import and construction as a user's install
would."""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def requirements() -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["bench"]]


if __name__ == "__main__":
    print("\n".join(requirements()))
