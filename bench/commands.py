"""Wall time of two `make` steps, run as the Makefile runs them: the generator (all specs, into a
temporary directory) and the contract suite against the mocks."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from bench.timing import of

ROOT = Path(__file__).resolve().parent.parent

GENERATE = (
    "import sys; from pathlib import Path; from generator.build import build_all; "
    "build_all(Path(sys.argv[1]), quiet=True)"
)


def wall(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env={**os.environ, **(env or {})}, check=True, capture_output=True)  # noqa: S603
    return time.perf_counter() - start


def generate(rounds: int = 3) -> Figure:
    samples = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="digihuman-gen-") as tmp:
            samples.append(wall([sys.executable, "-c", GENERATE, str(Path(tmp) / "generated")]))
    return Figure(
        "`make generate` (all specs, into a temp dir)",
        "s",
        of(samples),
        {},
        None,
        60.0,
        note=f"{rounds} runs",
    )


def contract(rounds: int = 3) -> Figure:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "contract", "tests/contract"]
    samples = [wall(command, {"DIGIHUMAN_TARGET": "mock", "ALLOW_WRITES": ""}) for _ in range(rounds)]
    return Figure("`make contract` (mock)", "s", of(samples), {}, None, 300.0, note=f"{rounds} runs")
