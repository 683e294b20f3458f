"""The mock's chat link (`digihuman.mock.chat.ChatLink`) under random interleavings of what a client and the
job can do — say (in packets), interrupt, ping, stop, silence, malformed frames, the job's end — on a
clock the test moves. Invariants of 004 §7.2.2: every TEXT_DRIVE is answered exactly once, speech starts
and stops in turn, nothing is said after STOP_CHAT, nothing at all is sent after JOB_FINISHED, and a link
silent (no TEXT_DRIVE, no PING) for the idle time is closed."""

from __future__ import annotations

import itertools
import json
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from metastudio_models import chat_websocket as models

from digihuman.chat import INCOMING
from digihuman.mock.chat import ChatLink

IDLE = 5.0
PER_CHAR = 0.1


class ChatProtocol(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        counter = itertools.count()
        self.now = 1000.0
        self.link = ChatLink("job-1", lambda: f"id{next(counter)}", lambda code: code, IDLE, PER_CHAR)
        self.frames: list[dict[str, Any]] = []
        self.drives: list[str] = []  # request ids of the TEXT_DRIVE frames sent while the link was open
        self.stop_sent = False
        self.heard = self.now
        self.take(self.link.opened(self.now))
        self.seq = 1

    def take(self, frames: list[dict[str, Any]]) -> None:
        for frame in frames:
            command = frame.get("payload", {}).get("command")
            if command in INCOMING:  # every frame the link sends fits its schema
                INCOMING[command].model_validate(frame)
            else:
                models.ConnectResponse.model_validate(frame)
        self.frames += frames

    def send(self, message: dict[str, Any] | str) -> None:
        text = message if isinstance(message, str) else json.dumps(message, ensure_ascii=False)
        self.take(self.link.receive(text, self.now))

    def payload(self, command: str, **data: Any) -> dict[str, Any]:
        return {"job_id": "job-1", "chat_id": self.link.chat_id, "command": command, "data": data}

    @rule(text=st.text(min_size=1, max_size=12), last=st.booleans())
    def say(self, text: str, last: bool) -> None:
        request_id = f"drive{len(self.drives)}"
        if not self.link.closed:
            self.drives.append(request_id)
            self.heard = self.now
        self.send(
            {"request_id": request_id, "payload": self.payload("TEXT_DRIVE", text=text, seq=self.seq, is_last=last)}
        )
        self.seq = 1 if last else self.seq + 1

    @rule()
    def interrupt(self) -> None:
        self.send({"request_id": "interrupt", "payload": self.payload("INTERRUPT_CHAT", text="")})

    @rule()
    def stop(self) -> None:
        self.stop_sent = self.stop_sent or not self.link.closed
        self.send({"request_id": "stop", "payload": self.payload("STOP_CHAT", text="")})

    @rule()
    def ping(self) -> None:
        if not self.link.closed:
            self.heard = self.now
        self.send({"request_id": "ping", "payload": {"job_id": "job-1", "command": "PING"}})

    @rule(junk=st.sampled_from(["", "{", "[]", '{"payload": {}}', '{"payload": {"command": "X"}}']))
    def malformed(self, junk: str) -> None:
        self.send(junk)

    @rule(seconds=st.floats(min_value=0.0, max_value=3.0))
    def wait(self, seconds: float) -> None:
        self.now += seconds
        self.take(self.link.tick(self.now))

    @precondition(lambda self: not self.link.closed)
    @rule()
    def job_ends(self) -> None:
        self.take(self.link.finish())

    def commands(self) -> list[str | None]:
        return [f.get("payload", {}).get("command") for f in self.frames]

    @invariant()
    def every_text_drive_is_answered_once(self) -> None:
        answers = [f["request_id"] for f in self.frames if f.get("payload", {}).get("command") == "TEXT_DRIVE_RSP"]
        assert sorted(answers) == sorted(self.drives)

    @invariant()
    def speech_starts_and_stops_in_turn(self) -> None:
        speaking = False
        for command in self.commands():
            if command == "START_SPEAKING":
                assert not speaking
                speaking = True
            elif command == "STOP_SPEAKING":
                assert speaking
                speaking = False

    @invariant()
    def nothing_is_said_or_started_after_stop_chat(self) -> None:
        commands = self.commands()
        if "STOP_CHAT_RSP" in commands:
            after = commands[commands.index("STOP_CHAT_RSP") + 1 :]
            assert "START_SPEAKING" not in after and "START_CHAT" not in after

    @invariant()
    def nothing_after_job_finished(self) -> None:
        commands = self.commands()
        if "JOB_FINISHED" in commands:
            assert commands[-1] == "JOB_FINISHED" and self.link.closed

    @invariant()
    def a_silent_link_is_closed(self) -> None:
        if self.now >= self.heard + IDLE:
            assert self.link.closed
        elif "JOB_FINISHED" not in self.commands():
            assert not self.link.closed


ChatProtocol.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
TestChatProtocol = ChatProtocol.TestCase
