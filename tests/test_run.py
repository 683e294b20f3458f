"""`make run`'s jobs: one video job per vendor over loopback, through the configured clients, to its end."""

from __future__ import annotations

import pytest

from digihuman.mock.demo import demo_mock
from digihuman.mock.server import serve_in_thread
from digihuman.run import JOBS

STATES = {
    "xingyun": ["not_send", "waiting", "processing", "finished"],
    "metaworks": ["生成中", "生成成功"],  # 000 视频生成状态查询: 5, 6
    "metastudio": ["WAITING", "PROCESSING", "SUCCEED"],
}


@pytest.mark.parametrize("vendor", sorted(JOBS))
def test_the_video_job_runs_to_its_end(vendor: str) -> None:
    with serve_in_thread(demo_mock(vendor, seed=1, step_seconds=0.1)) as base_url:
        result = JOBS[vendor](base_url)
    assert result.vendor == vendor and result.job_id
    # in the documented order; a poll under load may miss a short state
    assert result.states == [s for s in STATES[vendor] if s in result.states] and result.state == STATES[vendor][-1]


def test_the_summary_is_a_line_per_job_with_its_url_and_a_contract_total_per_vendor(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from digihuman import run
    from digihuman.contract import OperationReport

    def contract(vendor: str, http: object, **options: object) -> list[OperationReport]:  # the suite has tests
        return [OperationReport("op", "GET", "/", planned=("positive",), positive=3, accepted=3)]

    monkeypatch.setattr(run, "run_contract", contract)
    assert run.main() == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 * len(JOBS) + 3  # a job and a contract line per vendor, the chat, the summary
    for vendor, job, total in zip(JOBS, lines[0::2], lines[1::2], strict=False):
        assert job.startswith(f"[{vendor}] job ") and " in " in job and ", http://127.0.0.1:" in job
        assert total == f"[{vendor}] contract: 1 of 1 operations, 3 cases, all passed"
    assert lines[-3].startswith("[metastudio] chat: said 1 line") and "STOP_SPEAKING" in lines[-3]
    assert lines[-2].startswith("summary: all jobs finished")


def test_the_chat_says_a_line_and_sees_it_spoken() -> None:
    from digihuman.run import CHAT_SEQUENCE, metastudio_chat

    with serve_in_thread(demo_mock("metastudio", seed=3, chat_seconds_per_char=0.01)) as base_url:
        assert metastudio_chat(base_url) == CHAT_SEQUENCE
