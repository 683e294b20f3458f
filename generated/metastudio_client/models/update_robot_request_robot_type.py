from enum import StrEnum


class UpdateRobotRequestRobotType(StrEnum):
    CHAT = "CHAT"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)
