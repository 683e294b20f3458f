from enum import StrEnum


class UpdateSmartLiveRoomRequestViewMode(StrEnum):
    LANDSCAPE = "LANDSCAPE"
    VERTICAL = "VERTICAL"

    def __str__(self) -> str:
        return str(self.value)
