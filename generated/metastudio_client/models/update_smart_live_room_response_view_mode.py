from enum import StrEnum


class UpdateSmartLiveRoomResponseViewMode(StrEnum):
    LANDSCAPE = "LANDSCAPE"
    VERTICAL = "VERTICAL"

    def __str__(self) -> str:
        return str(self.value)
