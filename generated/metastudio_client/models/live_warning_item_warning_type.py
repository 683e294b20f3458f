from enum import StrEnum


class LiveWarningItemWarningType(StrEnum):
    RANDOM_PLAY_CLOSED = "RANDOM_PLAY_CLOSED"
    ROTATION_MODEL_CLOSED = "ROTATION_MODEL_CLOSED"
    TOO_LESS_DANMAKU_RULES = "TOO_LESS_DANMAKU_RULES"
    TOO_LESS_SCRIPT_ITEMS = "TOO_LESS_SCRIPT_ITEMS"
    TOO_SHORT_SCRIPT_TIME = "TOO_SHORT_SCRIPT_TIME"

    def __str__(self) -> str:
        return str(self.value)
