from enum import StrEnum


class UpdateSmartLiveRoomResponseRoomType(StrEnum):
    NORMAL = "NORMAL"
    TEMP = "TEMP"
    TEMPLATE = "TEMPLATE"

    def __str__(self) -> str:
        return str(self.value)
