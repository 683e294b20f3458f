"""The chat WebSocket live (004 §7.2.2): start a real smart chat job, say one line, see it spoken, stop.

Runs with `DIGIHUMAN_TARGET=live` (`make contract TARGET=live`), the MetaStudio credentials, ALLOW_WRITES=1
(it starts a job) and a room and application to start it in: METASTUDIO_CHAT_ROOM_ID and
METASTUDIO_CHAT_ROBOT_ID (the 智能交互 permission must be enabled on the account, §7.2.1).
"""

from __future__ import annotations

import asyncio
import os

import pytest

from digihuman import chat, metastudio
from digihuman.contract import missing_live_settings

TARGET = os.environ.get("DIGIHUMAN_TARGET", "mock")
CHAT_SETTINGS = ("METASTUDIO_CHAT_ROOM_ID", "METASTUDIO_CHAT_ROBOT_ID")


def missing() -> list[str]:
    names = missing_live_settings("metastudio", os.environ) + [n for n in CHAT_SETTINGS if not os.environ.get(n)]
    return names if os.environ.get("ALLOW_WRITES") == "1" else [*names, "ALLOW_WRITES=1"]


@pytest.mark.live
@pytest.mark.contract
@pytest.mark.skipif(TARGET != "live", reason="live run only with TARGET=live")
async def test_live_chat_says_a_line() -> None:
    if missing():
        pytest.skip(f"live chat needs {', '.join(missing())}")
    from metastudio_client.api.smart_chat_jobs import stop_smart_chat_job

    client = metastudio.client()
    project = metastudio.project_id()
    room_id = os.environ["METASTUDIO_CHAT_ROOM_ID"]
    robot_id = os.environ["METASTUDIO_CHAT_ROBOT_ID"]
    job = await chat.start_job(client, room_id=room_id, robot_id=robot_id, project_id=project)
    seen: list[str | None] = []
    try:
        async with chat.connect(client, job=job, project_id=project, robot_id=robot_id) as session:
            await session.say("您好，我是您的分身数字人")
            async with asyncio.timeout(120):
                async for event in session.events():
                    assert not isinstance(event, chat.ErrorEvent), event
                    seen.append(chat.command(event))
                    if seen[-1] == "STOP_SPEAKING":
                        break
            await session.stop()
    finally:
        await stop_smart_chat_job.asyncio(project, room_id, job.job_id, client=client)
    assert "TEXT_DRIVE_RSP" in seen and seen.index("START_SPEAKING") < seen.index("STOP_SPEAKING")
