from enum import StrEnum


class ShowRobotResponseRobotType(StrEnum):
    CHAT = "CHAT"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)
