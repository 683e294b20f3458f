from enum import StrEnum


class ShowSmartLiveRoomResponseViewMode(StrEnum):
    LANDSCAPE = "LANDSCAPE"
    VERTICAL = "VERTICAL"

    def __str__(self) -> str:
        return str(self.value)
