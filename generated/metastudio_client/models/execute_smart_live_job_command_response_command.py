from enum import StrEnum
from typing import Self


class ExecuteSmartLiveJobCommandResponseCommand(StrEnum):
    CLEAN_UP_INSERT_COMMAND = "CLEAN_UP_INSERT_COMMAND"
    GET_CURRENT_PLAYING_SCRIPTS = "GET_CURRENT_PLAYING_SCRIPTS"
    GET_LIVE_JOB_CONFIG_INFO = "GET_LIVE_JOB_CONFIG_INFO"
    INSERT_PLAY_AUDIO = "INSERT_PLAY_AUDIO"
    INSERT_PLAY_SCRIPT = "INSERT_PLAY_SCRIPT"
    REFRESH_OUTPUT_URL = "REFRESH_OUTPUT_URL"
    REWRITE_INTERACTION_RULES = "REWRITE_INTERACTION_RULES"
    REWRITE_PLAY_SCRIPT = "REWRITE_PLAY_SCRIPT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """A value the spec does not list (the service has moved on): an answer carrying it still parses, as a
        member made for it. Requests are checked against the spec before they are sent, so none goes out."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
