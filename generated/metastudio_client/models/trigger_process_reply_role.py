from enum import StrEnum


class TriggerProcessReplyRole(StrEnum):
    CO_STREAMER = "CO_STREAMER"
    STREAMER = "STREAMER"

    def __str__(self) -> str:
        return str(self.value)
