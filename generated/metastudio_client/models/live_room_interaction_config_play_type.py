from enum import StrEnum


class LiveRoomInteractionConfigPlayType(StrEnum):
    APPEND = "APPEND"
    INSERT = "INSERT"
    PLAY_NOW = "PLAY_NOW"

    def __str__(self) -> str:
        return str(self.value)
