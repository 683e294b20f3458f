"""`digihuman chat`: lines from a pipe are said and their events printed; `/interrupt`, `/stop`; bad use."""

from __future__ import annotations

import io
import json

import pytest

from digihuman.cli import main


def chat(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, *argv: str) -> list[str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["chat", "--mock", *argv]) == 0
    return capsys.readouterr().out.splitlines()


def test_piped_lines_are_each_spoken_then_the_chat_stops(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = chat(monkeypatch, capsys, "您好，我是您的分身数字人\n\n请介绍一下你自己吧\n")
    assert out[:2] == ["< CONNECTED", "< START_CHAT"]
    assert out.count("< TEXT_DRIVE_RSP") == 2 and out.count("< START_SPEAKING") == out.count("< STOP_SPEAKING") == 2
    assert out[-1] == "< STOP_CHAT_RSP"


def test_json_prints_frames_and_interrupt_starts_a_new_chat(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = chat(monkeypatch, capsys, "您好，我是您的分身数字人\n/interrupt\n/stop\nnever said\n", "--json")
    frames = [json.loads(line) for line in out]
    commands = [f.get("payload", {}).get("command") for f in frames]
    assert commands[0] is None and frames[0]["error_code"] == "MSS.00000000"
    assert "INTERRUPT_CHAT_RSP" in commands and commands.count("START_CHAT") == 2
    assert commands[-1] == "STOP_CHAT_RSP" and commands.count("TEXT_DRIVE_RSP") == 1


def test_live_without_a_job_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chat", "--room-id", "r"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--job-id" in err
