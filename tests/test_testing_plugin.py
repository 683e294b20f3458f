"""`digihuman.testing`, the pytest plugin users name in their conftest.py: the fixture serves the three mocks
and points every client at them, as docs/testing.md shows."""

from __future__ import annotations

from digihuman import metastudio, metaworks, video, xingyun


def test_every_client_reaches_a_mock_through_the_fixture(digihuman_mocks: dict[str, str]) -> None:
    for vendor in video.VENDORS:
        result = video.create_video(vendor, "你好", timeout=60)
        assert result.url and result.url.startswith("http://127.0.0.1:")
    with metastudio.MetaStudio() as ms, xingyun.Xingyun() as xy, metaworks.Metaworks() as mw:
        assert ms.project_id == digihuman_mocks["HUAWEICLOUD_SDK_PROJECT_ID"]
        assert str(xy.client._base_url) == digihuman_mocks["XINGYUN_BASE_URL"]
        assert str(mw.client._base_url) == digihuman_mocks["METAWORKS_BASE_URL"]
        assert [job.job_id for job in ms.video_jobs.iter_list_digital_human_videos()]
