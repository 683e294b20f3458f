from enum import StrEnum


class ShowSmartLiveRoomResponseRoomType(StrEnum):
    NORMAL = "NORMAL"
    TEMP = "TEMP"
    TEMPLATE = "TEMPLATE"

    def __str__(self) -> str:
        return str(self.value)
