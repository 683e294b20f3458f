"""`digihuman chat`: talk to a MetaStudio interactive digital human from a terminal (or a pipe).

Each line read from stdin is said (TEXT_DRIVE); `/interrupt` interrupts the avatar, `/stop` ends the chat,
end of input waits until every line has been spoken and then stops. Events go to stdout, one per line
(`--json`: each frame as a JSON object). `--mock` serves the MetaStudio mock on loopback (demo
credentials), opens a room and starts a chat job there. Otherwise the credentials and endpoint come from
the environment and the job is `--job-id` in `--room-id`, or a new one started for `--robot-id` (in
`--room-id`, or in a new room).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from contextlib import ExitStack
from typing import Any, TextIO

from digihuman import chat
from digihuman.errors import ConfigurationError

SPEECH_WAIT_SECONDS = 120.0  # end of input: the longest wait for the lines still being spoken


def register(commands: argparse._SubParsersAction[Any]) -> None:
    p = commands.add_parser("chat", help="chat with a MetaStudio interactive digital human (lines from stdin)")
    p.add_argument("--mock", action="store_true", help="against the embedded MetaStudio mock (demo credentials)")
    p.add_argument("--room-id", help="the smart chat room (default with --robot-id: a new room)")
    p.add_argument("--job-id", help="a running smart chat job of the room to connect to (live)")
    p.add_argument("--robot-id", help="start a new chat job for this application (robot) in the room")
    p.add_argument("--json", action="store_true", help="print every frame received as a JSON line")
    p.add_argument("--allow-http", action="store_true", help="let METASTUDIO_ENDPOINT be plain http (a mock)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.mock and not ((args.room_id and args.job_id) or args.robot_id):
        raise ConfigurationError("digihuman chat needs --mock, --robot-id, or --room-id with --job-id")
    with ExitStack() as stack:
        env: dict[str, str] | None = None
        if args.mock:
            from digihuman.mock.demo import serve_demo

            env = stack.enter_context(serve_demo("metastudio", chat_seconds_per_char=0.05))
        try:
            return asyncio.run(converse(args, env, sys.stdin, sys.stdout))
        except KeyboardInterrupt:  # Ctrl-C: the link closes with the event loop
            return 130


async def converse(args: argparse.Namespace, env: dict[str, str] | None, lines: TextIO, out: TextIO) -> int:
    from digihuman import metastudio

    client = metastudio.client(env=env, allow_http=bool(env) or args.allow_http)
    project = metastudio.project_id(env=env)
    room_id, job = args.room_id, None
    if room_id is None:
        room_id = await _new_room(client, project)
    if args.job_id is None:
        job = await chat.start_job(client, room_id=room_id, robot_id=args.robot_id or "mock-robot", project_id=project)
    async with chat.connect(
        client, job=job, job_id=args.job_id, room_id=room_id, project_id=project, robot_id=args.robot_id
    ) as session:
        spoken = asyncio.Event()
        printer = asyncio.create_task(_print_events(session, out, args.json, spoken))
        said = 0
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, lines.readline)
            if not line:  # end of input: let the avatar finish
                await _wait_spoken(session, spoken, said)
                break
            text = line.strip()
            if text == "/stop":
                break
            if text == "/interrupt":
                await session.interrupt()
                said = session.stopped_speaking  # what was cut off will not be spoken
            elif text:
                await session.say(text)
                said += 1
        await session.stop()
        await printer
    return 0


async def _new_room(client: Any, project: str) -> str:
    from metastudio_client.api.smart_chat_rooms import create_smart_chat_room
    from metastudio_client.models import CreateSmartChatRoomRequest

    room = await create_smart_chat_room.asyncio(
        project, client=client, body=CreateSmartChatRoomRequest(room_name="digihuman chat")
    )
    return str(getattr(room, "room_id", ""))


async def _wait_spoken(session: chat.ChatSession, spoken: asyncio.Event, said: int) -> None:
    async with asyncio.timeout(SPEECH_WAIT_SECONDS):
        while session.stopped_speaking < said and not session.finished:
            spoken.clear()
            await spoken.wait()


async def _print_events(session: chat.ChatSession, out: TextIO, as_json: bool, spoken: asyncio.Event) -> None:
    async for event in session.events():
        if as_json:
            line = json.dumps(_frame(event), ensure_ascii=False)
        elif isinstance(event, chat.ErrorEvent):
            line = f"! {event.command or 'error'} {event.code}: {event.meaning or event.message}"
        elif isinstance(event, chat.Reconnected):
            line = f"~ reconnected (attempt {event.attempt}); not acknowledged: {list(event.unacknowledged)}"
        else:
            line = f"< {chat.command(event) or 'CONNECTED'}"
        print(line, file=out, flush=True)
        spoken.set()


def _frame(event: chat.Event) -> dict[str, Any]:
    if isinstance(event, chat.ErrorEvent):
        return event.frame.model_dump(mode="json", exclude_none=True)
    if isinstance(event, chat.Reconnected):
        return {"reconnected": event.attempt, "unacknowledged": list(event.unacknowledged)}
    return event.model_dump(mode="json", exclude_none=True)
