from enum import StrEnum


class UpdateSmartLiveRoomResponseRoomState(StrEnum):
    BLOCKED = "BLOCKED"
    DISABLE = "DISABLE"
    ENABLE = "ENABLE"

    def __str__(self) -> str:
        return str(self.value)
