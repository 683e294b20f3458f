"""`digihuman video create|status|cancel|list`: `digihuman.video` from a terminal.

Against the endpoint the vendor's variables name (a `digihuman mock` too, after `--print-env`); with `--mock`
against an embedded mock (served on loopback in a thread, demo credentials and settings; each command starts
a fresh one, so `status`, `cancel` and `list` see nothing there). Without credentials and without `--mock`
it stops and names the variables to set. Results go to stdout (`--json` for scripts), states as the
vendor's documents word them; notes and the wait's progress go to stderr: on a terminal one redrawn line,
otherwise one line per state change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, TextIO

from digihuman import jobs, video
from digihuman.cli import Parser, region, region_env, seconds, text_file
from digihuman.errors import ConfigurationError, JobError

MOCK_BACKOFF = jobs.Backoff(initial=0.1, factor=1.5, max_delay=0.5)  # the mock moves a state every 0.25 s
BAR_WIDTH = 12
JOB_TYPES: dict[str, jobs.JobType[Any]] = {
    "metastudio": jobs.VIDEO_JOB,
    "xingyun": jobs.RENDER_TASK,
    "metaworks": jobs.CARD_TASK,
}
NEEDED = {  # what a live call needs, named when credentials are missing
    "metastudio": "HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID and HUAWEICLOUD_SDK_REGION",
    "xingyun": "XINGYUN_APP_ID and XINGYUN_APP_SECRET",
    "metaworks": "METAWORKS_APP_KEY, METAWORKS_APP_SECRET and METAWORKS_APP_NAME",
}


def words(vendor: str, state: str | None) -> str | None:
    """The state as the vendor's document words it (Metaworks' codes by their meanings)."""
    return JOB_TYPES[vendor].words(state)


class Progress:
    """The wait shown on `stream`: a redrawn line with a moving bar on a terminal, else a line per new state."""

    def __init__(self, label: str, stream: TextIO, words: Callable[[str], str | None] = str) -> None:
        self.label = label
        self.words = words
        self.stream = stream
        self.live = stream.isatty()
        self.polls = 0
        self.last: str | None = None

    def __call__(self, state: str, elapsed: float) -> None:
        state = self.words(state) or state
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


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    top = commands.add_parser("video", help="make, watch, cancel and list talking-head videos")
    actions = top.add_subparsers(dest="action", required=True)

    def action(name: str, help: str) -> Parser:
        p = actions.add_parser(name, help=help)
        p.add_argument("--vendor", choices=video.VENDORS, required=True)
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        p.add_argument("--mock", action="store_true", help="use an embedded mock, whatever is configured")
        p.add_argument("--region", type=region, help="MetaStudio's region (default: HUAWEICLOUD_SDK_REGION)")
        return p

    p = action("create", "start a video of the text being spoken")
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", help="the text to speak")
    text.add_argument("--text-file", type=text_file, help="a UTF-8 file with the text to speak; - for stdin")
    p.add_argument("--wait", action="store_true", help="wait until the video is done and print its URL")
    p.add_argument("--timeout", type=seconds, default=jobs.DEFAULT_TIMEOUT, help="seconds to wait at most")
    p.set_defaults(func=create)
    for name, func, help in (("status", status, "show a job's state and URL"), ("cancel", cancel, "cancel a job")):
        p = action(name, help)
        p.add_argument("job_id")
        p.set_defaults(func=func)
    action("list", "list the vendor's video jobs").set_defaults(func=list_jobs)


@contextmanager
def environment(args: argparse.Namespace) -> Iterator[Mapping[str, str] | None]:
    """The environment to call with (None: the process's), or that of an embedded demo mock with `--mock`."""
    if not args.mock:
        if not video.has_credentials(args.vendor):
            raise ConfigurationError(
                f"no {args.vendor} credentials: set {NEEDED[args.vendor]} (for a local mock: digihuman mock, then"
                f' eval "$(digihuman mock --print-env --vendor {args.vendor})"), or pass --mock'
            )
        yield region_env(args)
        return
    from digihuman.mock.demo import serve_demo

    print(f"using an embedded {args.vendor} mock (--mock)", file=sys.stderr)
    with serve_demo(args.vendor) as env:
        yield env


def show(args: argparse.Namespace, results: list[video.VideoResult]) -> None:
    if args.json:  # the state as the API sends it, and as the document words it
        found = [asdict(r) | {"state_words": words(r.vendor, r.state)} for r in results]
        print(json.dumps(found if args.action == "list" else found[0], ensure_ascii=False))
        return
    for r in results:
        print(f"{r.vendor} {r.job_id}: {words(r.vendor, r.state)}" + (f" {r.url}" if r.url else ""))


def create(args: argparse.Namespace) -> int:
    text = args.text if args.text is not None else args.text_file
    if not text.strip():
        raise ConfigurationError("the text is empty: give the words the video speaks")
    with environment(args) as env:
        started = video.create_video(args.vendor, text, wait=False, env=env)
        print(f"{args.vendor} job {started.job_id} created: {words(args.vendor, started.state)}", file=sys.stderr)
        if not args.wait:
            show(args, [started])
            return 0
        progress = Progress(f"{args.vendor} {started.job_id}", sys.stderr, lambda state: words(args.vendor, state))
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
