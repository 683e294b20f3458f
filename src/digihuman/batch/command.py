"""`digihuman batch run|status|export`: the command line of `digihuman.batch` (docs/batch.md)."""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import threading
from pathlib import Path
from typing import Any, NoReturn, TextIO

from digihuman.batch.ledger import DONE, ELSEWHERE, FAILED, STATES, Ledger
from digihuman.errors import ConfigurationError

VENDORS = ("metastudio", "xingyun", "metaworks")


def register(sub: Any) -> None:
    batch = sub.add_parser("batch", help="make one video per line of a JSONL file, each exactly once (docs/batch.md)")
    _one_line_errors(batch)
    commands = batch.add_subparsers(dest="batch_command", required=True)

    p = commands.add_parser("run", help="create, wait for and record every line's video; run again to resume")
    p.add_argument("file", type=Path, metavar="FILE.jsonl")
    p.add_argument("--vendor", choices=VENDORS, required=True)
    p.add_argument("--workers", type=_positive_int, default=4, help="videos in progress at once (default 4)")
    p.add_argument("--ledger", type=Path, help="the SQLite ledger (default FILE.jsonl.ledger)")
    p.add_argument("--redis", metavar="URL", help="share the rate limits through Redis (else DIGIHUMAN_REDIS_URL)")
    p.add_argument(
        "--fleet-size", type=_positive_int, help="processes sharing the limits; each takes 1/N without Redis"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per step on stdout")
    p.add_argument("--no-reconcile", action="store_true", help="fail lines whose create ended uncertain")
    p.add_argument(
        "--settle",
        type=_seconds,
        default=60.0,
        help="seconds after an uncertain create before a job missing from the vendor's list counts as not created",
    )
    p.add_argument("--poll", type=_seconds, help="seconds between polls of a job (default: the job type's backoff)")
    p.add_argument("--timeout", type=_seconds, default=3600.0, help="how long to wait for each job")
    p.set_defaults(func=run)
    _one_line_errors(p)

    for name, helper, func in (
        ("status", "the count of lines in each state", status),
        ("export", "each line's state, job id, URL or reason", export),
    ):
        p = commands.add_parser(name, help=helper)
        p.add_argument("file", type=Path, metavar="FILE.jsonl")
        p.add_argument("--ledger", type=Path, help="the SQLite ledger (default FILE.jsonl.ledger)")
        if name == "export":
            p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
            p.add_argument("--output", "-o", type=Path, help="a file to write (default stdout)")
        else:
            p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)
        _one_line_errors(p)


def ledger_path(args: argparse.Namespace) -> Path:
    given: Path | None = args.ledger
    file: Path = args.file
    return given if given is not None else file.with_name(file.name + ".ledger")


def run(args: argparse.Namespace) -> int:
    from digihuman import jobs
    from digihuman.batch.claims import RedisClaims
    from digihuman.batch.run import Batch, read_lines
    from digihuman.config import setting

    requests = read_lines(args.file, args.vendor)  # every line checked before anything is sent
    ledger = Ledger(ledger_path(args))
    digest = hashlib.sha256(args.file.read_bytes()).hexdigest()
    ledger.describe({"vendor": args.vendor, "file_sha256": digest})
    ledger.plan(requests)
    client = _client(args.vendor, args.redis, args.fleet_size)
    redis_url = setting("DIGIHUMAN_REDIS_URL", args.redis)
    claims = RedisClaims(redis_url, digest, ledger.ledger_id) if redis_url else None
    options = jobs.WaitOptions(timeout=args.timeout)
    if args.poll is not None:
        options["backoff"] = jobs.Backoff(initial=args.poll, factor=1.0, max_delay=args.poll)
    report = Report(len(requests), ledger, sys.stdout if args.json else None)
    batch = Batch(
        args.vendor,
        client,
        ledger,
        reconcile_uncertain=not args.no_reconcile,
        settle_seconds=args.settle,
        wait_options=options,
        on_event=report.event,
        claims=claims,
    )
    try:
        batch.run(args.workers)
    except KeyboardInterrupt:
        report.finish()
        print(f"stopped; `digihuman batch run {args.file} --vendor {args.vendor}` resumes", file=sys.stderr)
        return 130
    report.finish()
    counts = ledger.counts()
    return 0 if counts[DONE] + counts[ELSEWHERE] == len(requests) else 1


def _client(vendor: str, redis_url: str | None, fleet_size: int | None) -> Any:
    if vendor == "metastudio":
        from digihuman import metastudio

        return metastudio.client(redis_url=redis_url, fleet_size=fleet_size)
    if vendor == "xingyun":
        from digihuman import xingyun

        return xingyun.client(redis_url=redis_url, fleet_size=fleet_size)
    from digihuman import metaworks

    return metaworks.client(redis_url=redis_url, fleet_size=fleet_size)


class Report:
    """A progress bar on a terminal (stderr), JSON lines with --json, nothing otherwise but the summary."""

    def __init__(self, total: int, ledger: Ledger, json_out: TextIO | None) -> None:
        self.total = total
        self.ledger = ledger
        self.json_out = json_out
        self.bar = json_out is None and sys.stderr.isatty()
        self.lock = threading.Lock()

    def event(self, event: dict[str, Any]) -> None:
        with self.lock:
            if self.json_out is not None:
                print(json.dumps(event, ensure_ascii=False), file=self.json_out, flush=True)
            elif self.bar and event["state"] in (DONE, FAILED):
                self._draw()

    def _draw(self) -> None:
        counts = self.ledger.counts()
        finished = counts[DONE] + counts[FAILED]
        width = 30
        filled = width * finished // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {finished}/{self.total}  done {counts[DONE]}  failed {counts[FAILED]}")
        sys.stderr.flush()

    def finish(self) -> None:
        counts = self.ledger.counts()
        summary = {"total": self.total, **counts}
        if self.json_out is not None:
            print(json.dumps({"summary": summary}), file=self.json_out, flush=True)
            return
        if self.bar:
            sys.stderr.write("\n")
        print(", ".join(f"{state} {n}" for state, n in counts.items() if n) or "nothing to do", file=sys.stderr)


def status(args: argparse.Namespace) -> int:
    counts = _existing(args).counts()
    if args.json:
        print(json.dumps(counts))
    else:
        for state in STATES:
            print(f"{state:10} {counts[state]}")
    return 0


def export(args: argparse.Namespace) -> int:
    lines = _existing(args).lines()
    rows = [
        {"line": ln.line, "state": ln.state, "job_id": ln.job_id, "url": ln.url, "reason": ln.reason} for ln in lines
    ]
    try:
        out: TextIO = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as exc:
        raise ConfigurationError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    try:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(out, fieldnames=["line", "state", "job_id", "url", "reason"])
            writer.writeheader()
            writer.writerows(rows)
    finally:
        if args.output:
            out.close()
    return 0


def _existing(args: argparse.Namespace) -> Ledger:
    path = ledger_path(args)
    if not path.exists():
        raise ConfigurationError(f"no ledger at {path}: run `digihuman batch run {args.file}` first")
    return Ledger(path)


def _one_line_errors(parser: argparse.ArgumentParser) -> None:
    """Bad arguments: one line on stderr and exit status 2 (argparse would print the usage first)."""

    def error(message: str) -> NoReturn:
        parser.exit(2, f"{parser.prog}: {message}\n")

    parser.error = error  # type: ignore[method-assign]


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {text!r}")
    return value
