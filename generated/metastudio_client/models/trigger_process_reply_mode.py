from enum import StrEnum


class TriggerProcessReplyMode(StrEnum):
    CALLBACK = "CALLBACK"
    INTELLIGENT_REPLY = "INTELLIGENT_REPLY"
    SHOW_LAYER = "SHOW_LAYER"
    SYSTEM_REPLY = "SYSTEM_REPLY"

    def __str__(self) -> str:
        return str(self.value)
