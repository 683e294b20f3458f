"""`digihuman video create|status|cancel|list`: `digihuman.video` from a terminal.

Against the embedded mock (served on loopback in a thread, demo credentials and settings) with `--mock`
or when no credentials for the vendor are set (each command starts a fresh mock, so `status`, `cancel` and
`list` see nothing there); against the live endpoint otherwise. Results go to
stdout (`--json` for scripts); notes and the wait's progress go to stderr: on a terminal one redrawn
line, otherwise one line per state change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict
from typing import TextIO

from digihuman import jobs, video
from digihuman.errors import JobError

MOCK_BACKOFF = jobs.Backoff(initial=0.1, factor=1.5, max_delay=0.5)  # the mock moves a state every 0.25 s
BAR_WIDTH = 12


class Progress:
    """The wait shown on `stream`: a redrawn line with a moving bar on a terminal, else a line per new state."""

    def __init__(self, label: str, stream: TextIO) -> None:
        self.label = label
        self.stream = stream
        self.live = stream.isatty()
        self.polls = 0
        self.last: str | None = None

    def __call__(self, state: str, elapsed: float) -> None:
        if self.live:
            position = self.polls % (2 * BAR_WIDTH - 2)
            at = position if position < BAR_WIDTH else 2 * BAR_WIDTH - 2 - position
            bar = " " * at + "=" + " " * (BAR_WIDTH - 1 - at)
            self.stream.write(f"\r{self.label} [{bar}] {state} {elapsed:5.1f} s\033[K")
        elif state != self.last:
            self.stream.write(f"{self.label}: {state} ({elapsed:.1f} s)\n")
        self.stream.flush()
        self.polls += 1
        self.last = state

    def close(self) -> None:
        if self.live and self.polls:
            self.stream.write("\n")
            self.stream.flush()


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = commands.add_parser("video", help="make, watch, cancel and list talking-head videos")
    actions = top.add_subparsers(dest="action", required=True)

    def action(name: str, help: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help)
        p.add_argument("--vendor", choices=video.VENDORS, required=True)
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        p.add_argument("--mock", action="store_true", help="use the embedded mock, whatever is configured")
        return p

    p = action("create", "start a video of the text being spoken")
    p.add_argument("--text", required=True)
    p.add_argument("--wait", action="store_true", help="wait until the video is done and print its URL")
    p.add_argument("--timeout", type=float, default=jobs.DEFAULT_TIMEOUT, help="seconds to wait at most")
    p.set_defaults(func=create)
    for name, func, help in (("status", status, "show a job's state and URL"), ("cancel", cancel, "cancel a job")):
        p = action(name, help)
        p.add_argument("job_id")
        p.set_defaults(func=func)
    action("list", "list the vendor's video jobs").set_defaults(func=list_jobs)


@contextmanager
def environment(args: argparse.Namespace) -> Iterator[Mapping[str, str] | None]:
    """None (the process environment, the live endpoint), or the environment of a demo mock."""
    if not args.mock and video.has_credentials(args.vendor):
        yield None
        return
    from digihuman.mock.demo import serve_demo

    reason = "--mock" if args.mock else "no credentials are set"
    print(f"using the embedded {args.vendor} mock ({reason})", file=sys.stderr)
    with serve_demo(args.vendor) as env:
        yield env


def show(args: argparse.Namespace, results: list[video.VideoResult]) -> None:
    if args.json:
        found = [asdict(r) for r in results]
        print(json.dumps(found if args.action == "list" else found[0], ensure_ascii=False))
        return
    for r in results:
        print(f"{r.vendor} {r.job_id}: {r.state}" + (f" {r.url}" if r.url else ""))


def create(args: argparse.Namespace) -> int:
    with environment(args) as env:
        started = video.create_video(args.vendor, args.text, wait=False, env=env)
        print(f"{args.vendor} job {started.job_id} created: {started.state}", file=sys.stderr)
        if not args.wait:
            show(args, [started])
            return 0
        progress = Progress(f"{args.vendor} {started.job_id}", sys.stderr)
        backoff = MOCK_BACKOFF if env is not None else jobs.Backoff()
        try:
            done = video.wait_for_video(
                args.vendor, started.job_id, env=env, timeout=args.timeout, backoff=backoff, progress=progress
            )
        except JobError as error:
            progress.close()
            print(f"digihuman: {error}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            progress.close()
            print(f"stopped waiting; job {started.job_id} goes on", file=sys.stderr)
            return 130
        progress.close()
        show(args, [done])
    return 0


def status(args: argparse.Namespace) -> int:
    with environment(args) as env:
        show(args, [video.video_status(args.vendor, args.job_id, env=env)])
    return 0


def cancel(args: argparse.Namespace) -> int:
    with environment(args) as env:
        show(args, [video.cancel_video(args.vendor, args.job_id, env=env)])
    return 0


def list_jobs(args: argparse.Namespace) -> int:
    with environment(args) as env:
        show(args, video.list_videos(args.vendor, env=env))
    return 0
