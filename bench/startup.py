"""Import and client construction, each in a fresh interpreter: wall time from before the first import to a
built client, and the process's peak resident memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.figures import Figure
from bench.timing import of

ROOT = Path(__file__).resolve().parent.parent

# Peak RSS from /proc (VmHWM): getrusage's ru_maxrss keeps the high-water mark of the process that started
# this one (the benchmark, ~100 MB) across exec on Linux; VmHWM belongs to this program image only.
PROBE = """
import json, resource, time
start = time.perf_counter()
{code}
elapsed = time.perf_counter() - start
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "peak_rss_mb": peak}}))
"""

OURS = """
from digihuman import metastudio
client = metastudio.client(
    region="cn-north-4", ak="HPUABENCHMARKKEY0001", sk="bench-secret", project="0d697589d98091f12f92c0073501cd79"
)
"""

OFFICIAL = """
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import *
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials("HPUABENCHMARKKEY0001", "bench-secret", "0d697589d98091f12f92c0073501cd79"))
    .with_region(MetaStudioRegion.value_of("cn-north-4"))
    .build()
)
"""


def probe(code: str, python: str) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUAWEICLOUD_", "METASTUDIO_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # both sides import from byte-compiled caches, as installed code does
    if python != sys.executable:  # the runtime-only interpreter: our code from the working tree
        env["PYTHONPATH"] = os.pathsep.join(str(ROOT / part) for part in ("src", "generated"))
    done = subprocess.run(  # noqa: S603 - an interpreter of ours on our own probe
        [python, "-c", PROBE.format(code=code)], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def startup(rounds: int = 7, python: str | None = None) -> list[Figure]:
    """`python`: the interpreter to measure in (one with the runtime dependencies and the official SDK only,
    as `make bench` prepares); by default the running one."""
    python = python or sys.executable
    for code in (OURS, OFFICIAL):
        probe(code, python)  # writes byte-code caches where missing; not measured
    ours: list[dict[str, float]] = []
    official: list[dict[str, float]] = []
    for _ in range(rounds):
        ours.append(probe(OURS, python))
        official.append(probe(OFFICIAL, python))
    where = "runtime dependencies only" if python != sys.executable else "the development environment"
    note = f"a fresh interpreter per run ({where}), {rounds} runs each"
    reference = "official SDK (import *, BasicCredentials, region)"
    return [
        Figure(
            "import + client construction, wall time",
            "s",
            of([r["seconds"] for r in ours]),
            {reference: of([r["seconds"] for r in official])},
            reference,
            0.33,
            note=note,
        ),
        Figure(
            "import + client construction, peak RSS",
            "MB",
            of([r["peak_rss_mb"] for r in ours]),
            {reference: of([r["peak_rss_mb"] for r in official])},
            reference,
            0.6,
            note=note + "; the whole process's peak, interpreter included",
        ),
    ]
