from enum import StrEnum


class TriggerProcessPlayType(StrEnum):
    APPEND = "APPEND"
    INSERT = "INSERT"
    PLAY_NOW = "PLAY_NOW"

    def __str__(self) -> str:
        return str(self.value)
