from enum import StrEnum


class PlayPolicyPlayMode(StrEnum):
    AUDIO = "AUDIO"
    NO_PRESET = "NO_PRESET"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)
