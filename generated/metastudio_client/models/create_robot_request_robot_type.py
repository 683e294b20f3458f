from enum import StrEnum


class CreateRobotRequestRobotType(StrEnum):
    CHAT = "CHAT"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)
