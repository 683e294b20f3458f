"""`digihuman video …` against the embedded mocks over loopback, at the mocks' step timing (each video takes
about a second), and its progress display."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from digihuman import video
from digihuman.cli import main
from digihuman.video_command import Progress


@pytest.mark.parametrize("vendor", video.VENDORS)
def test_create_and_wait_finishes_with_a_url(vendor: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["video", "create", "--mock", "--vendor", vendor, "--text", "你好", "--wait", "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert result["vendor"] == vendor and result["url"].startswith("http://127.0.0.1:")
    assert result["state"] == {"metastudio": "SUCCEED", "xingyun": "finished", "metaworks": "6"}[vendor]
    label = f"{vendor} {result['job_id']}: "
    states = [line.removeprefix(label).split(" (")[0] for line in err.splitlines() if line.startswith(label)]
    assert states[-1] == result["state_words"] and len(states) == len(set(states))  # one line per state change


def test_without_credentials_it_names_the_variables_instead_of_using_a_mock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in video.CREDENTIALS["metaworks"]:
        monkeypatch.delenv(name, raising=False)
    assert main(["video", "create", "--vendor", "metaworks", "--text", "你好", "--wait"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "set METAWORKS_APP_KEY, METAWORKS_APP_SECRET and METAWORKS_APP_NAME" in err and "--mock" in err


def test_states_print_as_the_documents_word_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["video", "create", "--mock", "--vendor", "metaworks", "--text", "你好", "--wait"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("metaworks ") and ": 生成成功 http://127.0.0.1:" in out  # state 6 (000 视频生成状态查询)
    assert ": 生成中 (" in err and "VALUE_" not in out + err


def test_the_text_comes_from_a_file_or_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "script.txt"
    script.write_text("很长的一段文字。\n第二行。", encoding="utf-8")
    assert main(["video", "create", "--mock", "--vendor", "xingyun", "--text-file", str(script), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "not_send"
    monkeypatch.setattr("sys.stdin", io.StringIO("你好"))
    assert main(["video", "create", "--mock", "--vendor", "metaworks", "--text-file", "-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state_words"] == "生成中"


def test_a_failed_job_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["video", "create", "--mock", "--vendor", "metastudio", "--text", "MOCK_FAIL", "--wait"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "ended FAILED (MSS.50000001" in err


def test_without_wait_the_first_state_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["video", "create", "--mock", "--vendor", "xingyun", "--text", "你好", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "not_send"


def test_operations_the_api_lacks_and_unknown_jobs_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["video", "list", "--mock", "--vendor", "xingyun"]) == 2
    assert main(["video", "cancel", "--mock", "--vendor", "metaworks", "7"]) == 2
    assert main(["video", "status", "--mock", "--vendor", "xingyun", "7"]) == 2
    err = capsys.readouterr().err
    assert "no operation that lists" in err and "no operation that cancels" in err and "30004" in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_redraws_one_line_on_a_terminal_and_logs_changes_elsewhere() -> None:
    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = Progress("xingyun 7", stream)
        for state, elapsed in (("waiting", 0.0), ("waiting", 0.5), ("finished", 1.0)):
            progress(state, elapsed)
        progress.close()
    drawn = terminal.getvalue()
    assert drawn.count("\r") == 3 and drawn.endswith("\n") and drawn.count("\n") == 1
    assert "[=           ] waiting" in drawn and "[ =          ] waiting" in drawn and "finished   1.0 s" in drawn
    assert log.getvalue() == "xingyun 7: waiting (0.0 s)\nxingyun 7: finished (1.0 s)\n"
