"""`digihuman batch run` killed with SIGKILL at random points and resumed until done, against a served
MetaStudio mock that drops some create answers and delays others (so that kills land between sending a
create and recording its answer): every line ends done with its URL, and the mock holds exactly one video
job per line. Once with one process at a time, once with two processes sharing the ledger."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from digihuman.batch.ledger import DONE, Ledger
from digihuman.mock.demo import BASE_URL_NAMES, ENV, VIDEO_SETTINGS, demo_mock
from digihuman.mock.faults import Fault, FaultyMock
from digihuman.mock.metastudio import VIDEO_JOBS
from digihuman.mock.server import serve_in_thread

LINES = 60
CREATE = frozenset({"create_2d_digital_human_video"})
PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]
ROUND_LIMIT = 40  # kills and restarts before giving up (each round is a few seconds)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Any, dict[str, str]]]:
    mock = demo_mock("metastudio", step_seconds=0.05)  # jobs end within a few tenths of a second
    faulty = FaultyMock(
        mock,
        Fault("drop", probability=0.15, operations=CREATE),  # the job is made, its answer lost
        Fault("slow", probability=0.3, delay=0.5, operations=CREATE),  # a window for kills after sending
        seed=15,
    )
    with serve_in_thread(faulty) as base_url:
        env = {**os.environ, **ENV["metastudio"], **VIDEO_SETTINGS["metastudio"]}
        env |= {BASE_URL_NAMES["metastudio"]: base_url, "HUAWEICLOUD_SDK_REGION": "cn-north-4"}
        env.pop("DIGIHUMAN_REDIS_URL", None)
        yield mock, env


def batch_file(tmp_path: Path) -> Path:
    path = tmp_path / "videos.jsonl"
    path.write_text("".join(json.dumps({"text": f"第 {n} 条"}) + "\n" for n in range(1, LINES + 1)))
    return path


def start(path: Path, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "digihuman.cli", "batch", "run", str(path), "--vendor", "metastudio"]
    args += ["--workers", "3", "--json", "--poll", "0.1", "--settle", "1"]
    with log.open("ab") as out:
        return subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)


def run_with_kills(path: Path, env: dict[str, str], processes: int, tmp_path: Path) -> tuple[int, list[str]]:
    """Start `processes` runs on one ledger, SIGKILL one at a random moment, start it again, ...; after the
    last kill let them finish. Returns the number of kills and every JSON line the runs printed."""
    chance = random.Random()  # noqa: S311 - random kill points, printed on failure
    logs = [tmp_path / f"run-{n}.log" for n in range(processes)]
    running = [start(path, env, log) for log in logs]
    kills = 0
    finished = False
    for _ in range(ROUND_LIMIT):
        time.sleep(chance.uniform(0.8, 2.5))
        if all(p.poll() is not None for p in running):
            finished = True
            break
        victim = chance.randrange(processes)
        if running[victim].poll() is None:
            running[victim].send_signal(signal.SIGKILL)
            running[victim].wait()  # reaped: its pid no longer counts as alive
            kills += 1
        running[victim] = start(path, env, logs[victim])
        if kills >= 6:
            break
    for p in running:
        p.wait(timeout=120)
    if not finished:  # a last run to finish whatever the killed ones left (a no-op when all is done)
        last = start(path, env, logs[0])
        assert last.wait(timeout=120) == 0, logs[0].read_text()[-3000:]
    output = [line for log in logs for line in log.read_text().splitlines()]
    return kills, output


def check_exactly_once(mock: Any, path: Path) -> None:
    ledger = Ledger(path.with_name(path.name + ".ledger"))
    lines = ledger.lines()
    assert len(lines) == LINES
    assert [ln.state for ln in lines] == [DONE] * LINES, [
        (ln.line, ln.state, ln.reason) for ln in lines if ln.state != DONE
    ]
    assert all(ln.url and ln.url.endswith(".mp4") for ln in lines)
    with mock.lock:
        jobs = list(mock.records(PROJECT, VIDEO_JOBS).items())
    names = Counter(record.fields["output_asset_config"]["asset_name"] for _, record in jobs)
    assert names == Counter({f"videos-{n}": 1 for n in range(1, LINES + 1)})  # 60 jobs, none created twice
    by_name = {record.fields["output_asset_config"]["asset_name"]: key for key, record in jobs}
    assert {ln.job_id for ln in lines} == set(by_name.values())
    assert all(by_name[f"videos-{ln.line}"] == ln.job_id for ln in lines)


def test_killed_runs_resume_and_create_each_video_once(served: tuple[Any, dict[str, str]], tmp_path: Path) -> None:
    mock, env = served
    path = batch_file(tmp_path)
    kills, output = run_with_kills(path, env, 1, tmp_path)
    check_exactly_once(mock, path)
    events = [json.loads(line) for line in output if line.startswith("{")]
    assert kills >= 1
    assert any(e.get("state") == "reconciling" for e in events)  # a lost answer or a kill after sending


def test_two_processes_share_one_ledger(served: tuple[Any, dict[str, str]], tmp_path: Path) -> None:
    mock, env = served
    path = batch_file(tmp_path)
    kills, _ = run_with_kills(path, env, 2, tmp_path)
    check_exactly_once(mock, path)
    assert kills >= 1
