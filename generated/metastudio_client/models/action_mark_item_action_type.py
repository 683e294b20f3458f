from enum import StrEnum


class ActionMarkItemActionType(StrEnum):
    ACTION = "ACTION"
    SILENCE = "SILENCE"

    def __str__(self) -> str:
        return str(self.value)
