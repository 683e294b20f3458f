from enum import StrEnum


class ListRobotsRobotType(StrEnum):
    CHAT = "CHAT"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)
