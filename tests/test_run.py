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
    assert result.states == STATES[vendor][-len(result.states) :] and result.state == STATES[vendor][-1]
