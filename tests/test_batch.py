"""`digihuman batch run|status|export` against served mocks: every line done with its URL, a second run
touching nothing, bad arguments and bad lines refused before anything is sent, and an uncertain create on
a vendor that offers no way to look left failed, never sent again."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from digihuman.batch.ledger import DONE, ELSEWHERE, FAILED, Ledger
from digihuman.cli import main
from digihuman.mock.demo import BASE_URL_NAMES, ENV, VIDEO_SETTINGS, demo_mock
from digihuman.mock.faults import Fault, FaultyMock
from digihuman.mock.server import serve_in_thread

FAST = ["--poll", "0.05", "--settle", "0.5", "--workers", "2"]
PROJECT = ENV["metastudio"]["HUAWEICLOUD_SDK_PROJECT_ID"]


def serve(vendor: str, monkeypatch: pytest.MonkeyPatch, *faults: Fault) -> Iterator[Any]:
    mock = demo_mock(vendor, step_seconds=0.05)
    with serve_in_thread(FaultyMock(mock, *faults) if faults else mock) as base_url:
        env = {**ENV[vendor], **VIDEO_SETTINGS[vendor], BASE_URL_NAMES[vendor]: base_url}
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("DIGIHUMAN_REDIS_URL", raising=False)
        yield mock


@pytest.fixture
def metastudio_mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    yield from serve("metastudio", monkeypatch)


def write(tmp_path: Path, *lines: dict[str, Any] | str) -> Path:
    path = tmp_path / "videos.jsonl"
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines)
    )
    return path


def video_jobs(mock: Any) -> int:
    with mock.lock:
        return len(mock.records(PROJECT, "2d-digital-human-videos"))


def test_run_status_export_and_a_second_run(
    metastudio_mock: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {
        "model_asset_id": "m",
        "voice_config": {"voice_asset_id": "v"},
        "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"text_config": {"text": "整个请求"}}}],
        "output_asset_config": {"asset_name": "whole-body"},
    }
    path = write(tmp_path, {"text": "你好"}, {"text": "再见", "name": "farewell"}, "", {"body": body})
    assert main(["batch", "run", str(path), "--vendor", "metastudio", "--json", *FAST]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events[-1]["summary"]["done"] == 3
    done = {e["line"]: e["url"] for e in events if e.get("state") == DONE}
    assert sorted(done) == [1, 2, 4] and all(url.endswith(".mp4") for url in done.values())
    assert video_jobs(metastudio_mock) == 3

    assert main(["batch", "status", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["done"] == 3

    assert main(["batch", "export", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["line"], r["state"], r["url"]) for r in rows] == [(str(n), DONE, done[n]) for n in (1, 2, 4)]

    out = tmp_path / "results.jsonl"
    assert main(["batch", "export", str(path), "--format", "jsonl", "-o", str(out)]) == 0
    assert [json.loads(line)["job_id"] for line in out.read_text().splitlines()] == [r["job_id"] for r in rows]

    assert main(["batch", "run", str(path), "--vendor", "metastudio", *FAST]) == 0  # done lines untouched
    assert video_jobs(metastudio_mock) == 3
    with metastudio_mock.lock:
        names = sorted(
            r.fields["output_asset_config"]["asset_name"]
            for r in metastudio_mock.records(PROJECT, "2d-digital-human-videos").values()
        )
    assert names == ["farewell", "videos-1", "whole-body"]


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "run", "x.jsonl"],  # no --vendor
        ["batch", "run", "x.jsonl", "--vendor", "metastudio", "--workers", "0"],
        ["batch", "run", "x.jsonl", "--vendor", "nobody"],
        ["batch", "export", "x.jsonl", "--format", "xml"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("digihuman batch")


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (["{not json"], "videos.jsonl:1: not a JSON object"),
        (
            [{"text": "a"}, {"text": "b", "name": "videos-1"}],
            "videos.jsonl:2: output asset name 'videos-1' is also line 1's",
        ),
        ([{"words": "a"}], 'videos.jsonl:1: needs "text"'),
        (
            [{"body": {"shoot_scripts": "no"}}],
            "videos.jsonl:1: the request is not valid for create_2d_digital_human_video",
        ),
        ([{"text": "a", "colour": "red"}], "videos.jsonl:1: metastudio has no video setting colour"),
        ([{"text": "a", "model_asset_id": None}], "videos.jsonl:1: model_asset_id must be a string or a whole number"),
        ([{"text": "a", "name": {"x": 1}}], 'videos.jsonl:1: "name" must be a non-empty string'),
    ],
)
def test_a_bad_line_is_refused_before_anything_is_sent(
    metastudio_mock: Any, tmp_path: Path, lines: list[Any], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, *lines)
    assert main(["batch", "run", str(path), "--vendor", "metastudio", *FAST]) == 2
    err = capsys.readouterr().err
    assert problem in err and len(err.strip().splitlines()) == 1
    assert video_jobs(metastudio_mock) == 0


def test_status_without_a_ledger_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "status", str(tmp_path / "none.jsonl")]) == 2
    assert "no ledger at" in capsys.readouterr().err


def test_export_to_a_file_that_cannot_be_written_exits_2(
    metastudio_mock: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"text": "一"})
    assert main(["batch", "run", str(path), "--vendor", "metastudio", *FAST]) == 0
    capsys.readouterr()
    assert main(["batch", "export", str(path), "-o", str(tmp_path / "missing" / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and len(err.strip().splitlines()) == 1


def test_a_ledger_that_is_no_database_exits_2(
    metastudio_mock: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"text": "一"})
    ledger = tmp_path / "not-a-ledger"
    ledger.write_text("these are notes, not a database\n")
    for args in (["run", str(path), "--vendor", "metastudio"], ["status", str(path)]):
        assert main(["batch", *args, "--ledger", str(ledger)]) == 2
        err = capsys.readouterr().err
        assert "cannot open the ledger" in err and len(err.strip().splitlines()) == 1


def test_a_ledger_of_another_file_is_refused(
    metastudio_mock: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"text": "一"})
    assert main(["batch", "run", str(path), "--vendor", "metastudio", *FAST]) == 0
    path.write_text(json.dumps({"text": "二"}) + "\n")
    assert main(["batch", "run", str(path), "--vendor", "metastudio", *FAST]) == 2
    assert "belongs to another batch" in capsys.readouterr().err


def test_an_uncertain_create_without_a_way_to_look_fails_and_is_never_resent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = Fault("drop", first=1, operations=frozenset({"create_render_task"}))
    for _ in serve("xingyun", monkeypatch, lost):
        path = write(tmp_path, {"text": "一"}, {"text": "二"})
        args = ["batch", "run", str(path), "--vendor", "xingyun", "--workers", "1", "--poll", "0.05"]
        assert main(args) == 1
        assert main(args) == 1  # a second run sends nothing again
        lines = Ledger(path.with_name(path.name + ".ledger")).lines()
        assert [ln.state for ln in lines] == [FAILED, DONE]
        assert "nothing is guessed" in str(lines[0].reason)
        assert lines[0].creates == 1  # sent once, in the first run only


def test_two_machines_with_their_own_ledgers_share_the_lines_through_redis(
    metastudio_mock: Any, tmp_path: Path
) -> None:
    """Two runs of one file, each with its own ledger (as on two machines), and one Redis: every line is sent
    by exactly one of them; each ledger has the other's lines as `elsewhere`."""
    from tests.redis_server import redis_server

    path = write(tmp_path, *({"text": f"第 {n} 条"} for n in range(1, 13)))
    env = {**os.environ, "HUAWEICLOUD_SDK_REGION": "cn-north-4"}
    with redis_server(tmp_path) as redis:
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "digihuman.cli", "batch", "run", str(path), "--vendor", "metastudio"]
                + ["--ledger", str(tmp_path / f"machine-{n}.ledger"), "--redis", redis.url, *FAST],
                env=env,
            )
            for n in (1, 2)
        ]
        assert [run.wait(timeout=120) for run in runs] == [0, 0]
    ledgers = [Ledger(tmp_path / f"machine-{n}.ledger").lines() for n in (1, 2)]
    done = [{ln.line for ln in lines if ln.state == DONE} for lines in ledgers]
    elsewhere = [{ln.line for ln in lines if ln.state == ELSEWHERE} for lines in ledgers]
    assert done[0] | done[1] == set(range(1, 13)) and not done[0] & done[1]
    assert elsewhere == [done[1], done[0]]
    assert video_jobs(metastudio_mock) == 12


def test_ctrl_c_stops_cleanly_and_a_second_run_finishes(metastudio_mock: Any, tmp_path: Path) -> None:
    path = write(tmp_path, *({"text": f"第 {n} 条"} for n in range(1, 21)))
    args = [sys.executable, "-m", "digihuman.cli", "batch", "run", str(path), "--vendor", "metastudio", *FAST]
    env = {**os.environ, "HUAWEICLOUD_SDK_REGION": "cn-north-4"}
    first = subprocess.Popen(args, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while (
        not path.with_name(path.name + ".ledger").exists()
        or not Ledger(path.with_name(path.name + ".ledger")).counts()[DONE]
    ):
        assert first.poll() is None, first.communicate()[1]  # it ended before doing anything: say why
        assert time.monotonic() < deadline, "no line was done in 120 s"
        time.sleep(0.05)
    first.send_signal(signal.SIGINT)
    _, err = first.communicate(timeout=60)
    assert first.returncode in (0, 130), err  # 0 only if it had just finished
    assert "Traceback" not in err
    assert subprocess.run(args, env=env, timeout=120).returncode == 0
    assert video_jobs(metastudio_mock) == 20
