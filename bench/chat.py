"""The chat rows: `digihuman.chat` against the MetaStudio mock's WebSocket, the mock in its own process.

- round trip: TEXT_DRIVE sent → its TEXT_DRIVE_RSP received, one session on loopback (median and p99);
- sessions: `sessions` chats at once against one mock process, each saying `lines` lines (one after the
  other, each to its STOP_SPEAKING) with the heartbeat on; the client's CPU time per frame sent or
  received, and every session and frame accounted for (no session lost, every TEXT_DRIVE answered).

    python -m bench.chat             # serves the demo mock, prints its base URL, until stdin closes
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

from bench.figures import Figure
from bench.timing import exactly, of
from digihuman import chat, metastudio
from digihuman.mock.demo import ENV

LINE = "您好，我是您的分身数字人，很高兴为您服务。"
SECONDS_PER_CHAR = 0.01  # ~0.2 s a line: fast enough to measure the link, slow enough that every session
HEARTBEAT = 0.5  # lasts ~2 s and so sends several PINGs (one every HEARTBEAT seconds) among its lines
SAID = ("TEXT_DRIVE_RSP", "START_SPEAKING", "STOP_SPEAKING")  # what each line must bring back, once


@contextlib.contextmanager
def mock_process() -> Iterator[str]:
    """The demo MetaStudio mock served by uvicorn in a subprocess; yields its base URL."""
    process = subprocess.Popen(  # noqa: S603 - our own module, with the interpreter running us
        [sys.executable, "-m", "bench.chat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def open_job(client: Any, project: str) -> Any:
    from metastudio_client.api.smart_chat_rooms import create_smart_chat_room
    from metastudio_client.models import CreateSmartChatRoomRequest

    body = CreateSmartChatRoomRequest(room_name="bench")
    room = await create_smart_chat_room.asyncio(project, client=client, body=body)
    return await chat.start_job(client, room_id=str(getattr(room, "room_id", "")), robot_id="bench", project_id=project)


async def until(events: Any, wanted: str, seen: Counter[str | None] | None = None) -> None:
    """Read events up to the first `wanted`, counting them by command in `seen`."""
    async for event in events:
        name = chat.command(event)
        if seen is not None:
            seen[name] += 1
        if name == wanted:
            return
    raise chat.ChatClosed(f"the events ended before {wanted}")


async def round_trips(base_url: str, n: int) -> list[float]:
    env = {**ENV["metastudio"], "METASTUDIO_ENDPOINT": base_url}
    client = metastudio.client(env=env, allow_http=True, rate_limit=False)
    project = metastudio.project_id(env=env)
    job = await open_job(client, project)
    times = []
    async with chat.connect(client, job=job, project_id=project) as session:
        events = session.events()
        for _ in range(n):
            started = time.perf_counter()
            await session.say(LINE)
            await until(events, "TEXT_DRIVE_RSP")
            times.append((time.perf_counter() - started) * 1000)
            await until(events, "STOP_SPEAKING")
    return times


async def many_sessions(base_url: str, sessions: int, lines: int, heartbeat: float) -> dict[str, int]:
    """Counts: sessions ended well, lines said, frames received in all and per command."""
    env = {**ENV["metastudio"], "METASTUDIO_ENDPOINT": base_url}
    client = metastudio.client(env=env, allow_http=True, rate_limit=False)
    project = metastudio.project_id(env=env)
    jobs = await asyncio.gather(*(open_job(client, project) for _ in range(sessions)))
    seen: Counter[str | None] = Counter()
    tally = {"sessions": 0, "lines": 0}

    async def one(job: Any) -> None:
        async with chat.connect(client, job=job, project_id=project, heartbeat_seconds=heartbeat) as session:
            events = session.events()
            for _ in range(lines):
                await session.say(LINE)
                tally["lines"] += 1
                await until(events, "STOP_SPEAKING", seen)
            await session.stop()
            async for event in events:
                seen[chat.command(event)] += 1
        tally["sessions"] += 1

    cpu_started, wall_started = time.process_time(), time.perf_counter()
    await asyncio.gather(*(one(job) for job in jobs))
    cpu_us, wall_ms = (time.process_time() - cpu_started) * 1e6, (time.perf_counter() - wall_started) * 1000
    return {
        "cpu_us": int(cpu_us),
        "wall_ms": int(wall_ms),
        **tally,
        **{str(name): count for name, count in seen.items()},
        "frames": sum(seen.values()),
    }


def chat_rows(sessions: int = 200, lines: int = 10, trips: int = 300) -> list[Figure]:
    with mock_process() as base_url:
        times = asyncio.run(round_trips(base_url, trips))
        tally = asyncio.run(many_sessions(base_url, sessions, lines, heartbeat=HEARTBEAT))
    cpu, wall = tally["cpu_us"] / 1e6, tally["wall_ms"] / 1000
    p99 = statistics.quantiles(times, n=100)[98]
    sent = tally["lines"] + sessions + tally.get("PONG", 0)  # TEXT_DRIVE per line, STOP_CHAT, each answered PING
    per_message = cpu / (sent + tally["frames"]) * 1e6
    expected = sessions * lines
    lost = sessions - tally["sessions"] + sum(expected - tally.get(name, 0) for name in SAID)
    setup = (
        f"{sessions} sessions × {lines} lines against one mock process, heartbeat every {HEARTBEAT:g} s "
        "(CPU from the first connection, jobs started before)"
    )
    return [
        Figure(
            "chat: TEXT_DRIVE → TEXT_DRIVE_RSP round trip",
            "ms",
            of(times),
            {},
            None,
            5.0,
            note=f"{trips} lines on one loopback session; p99 {p99:.2f} ms",
            extra={"p99_ms": p99},
        ),
        Figure(
            "chat: client CPU per message",
            "µs",
            exactly(per_message),
            {},
            None,
            500.0,
            condition=lost == 0,
            note=f"{setup}: {sent} frames sent, {tally['frames']} received in {wall:.1f} s; "
            f"{tally.get('PONG', 0)} PING/PONG; sessions or frames lost: {lost}",
            extra={"lost": lost, "sessions": sessions, "lines": lines, "wall_seconds": wall},
        ),
    ]


def serve() -> None:
    from digihuman.mock.demo import demo_mock
    from digihuman.mock.server import serve_in_thread

    app = demo_mock("metastudio", seed=1, chat_seconds_per_char=SECONDS_PER_CHAR)
    with serve_in_thread(app) as base_url:
        print(base_url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    serve()
