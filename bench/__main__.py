"""`make bench`: every figure of the benchmark, ours next to references measured in the same run.

    python -m bench [--quick] [--only TEXT] [--burst-seconds S] [--runtime-python PATH]

Prints one table and writes `bench/results.json` (a list, one object per row: figure, ours, reference,
ratio, target, met, and the minima, maxima and other references behind them). Numbers are medians of
repeated runs; ratios are of medians taken in this run."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import burst, chat, commands, figures, fleet, loopback, startup
from bench.figures import Figure

RESULTS = Path(__file__).resolve().parent / "results.json"


def plan(quick: bool, burst_seconds: float, runtime: str | None) -> list[tuple[str, Callable[[], list[Figure]]]]:
    rounds = 3 if quick else 7
    return [
        ("signing", lambda: [figures.aksk_signing(), figures.xtoken_signing(), figures.aw_signing()]),
        ("client cpu", lambda: [loopback.client_cpu(rounds=rounds if quick else 11, n=200 if quick else 300)]),
        ("async", lambda: [loopback.async_throughput(rounds=3 if quick else 5, n=1000 if quick else 2000)]),
        ("startup", lambda: startup.startup(rounds=3 if quick else 7, python=runtime)),
        ("generate", lambda: [commands.generate(rounds=1 if quick else 3)]),
        ("contract", lambda: [commands.contract(rounds=1 if quick else 3)]),
        ("burst", lambda: burst.burst(seconds=burst_seconds)),
        ("chat", lambda: chat.chat_rows(sessions=50 if quick else 200, trips=100 if quick else 300)),
        ("fleet", lambda: fleet.fleet(seconds=burst_seconds)),
    ]


def table(rows: list[Figure]) -> str:
    head = ("figure", "unit", "ours median (min–max)", "reference median (min–max)", "ratio", "target", "met")
    lines = []
    for row in rows:
        reference = row.references[row.reference] if row.reference else None
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}×"
        sense = "≤" if row.at_most else "≥"
        target = f"{sense} {row.target:g}×" if row.reference else f"{sense} {row.target:g}"
        lines.append(
            (
                row.figure,
                row.unit,
                str(row.ours),
                f"{reference} {row.reference}" if reference else "—",
                ratio,
                target,
                "yes" if row.met else "NO",
            )
        )
    widths = [max(len(str(line[i])) for line in [head, *lines]) for i in range(len(head))]
    out = [" | ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(line)) for line in [head, *lines]]
    out.insert(1, "-+-".join("-" * w for w in widths))
    notes = []
    for row in rows:
        others = {name: stats for name, stats in row.references.items() if name != row.reference}
        extra = "; ".join(f"{name}: {stats}" for name, stats in others.items())
        text = "; ".join(part for part in (row.note, extra) if part)
        if text:
            notes.append(f"- {row.figure}: {text}")
    return "\n".join(out + ["", *notes])


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (for trying things out)")
    parser.add_argument("--only", default="", help="run only the steps whose name contains this text")
    parser.add_argument("--burst-seconds", type=float, default=20.0, help="length of the rate-limited burst")
    parser.add_argument("--runtime-python", help="interpreter with the runtime dependencies only, for import figures")
    args = parser.parse_args()
    rows: list[Figure] = []
    started = time.perf_counter()
    for name, step in plan(args.quick, args.burst_seconds, args.runtime_python):
        if args.only and args.only not in name:
            continue
        print(f"[bench] {name} …", file=sys.stderr, flush=True)
        rows.extend(step())
    machine = f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.machine()} {platform.system()}"
    print(f"digihuman benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine}")
    print(table(rows))
    print(f"\n{sum(r.met for r in rows)} of {len(rows)} targets met; {time.perf_counter() - started:.0f} s")
    RESULTS.write_text(
        json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
