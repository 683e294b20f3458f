from enum import StrEnum


class ListSmartLiveRoomsRoomType(StrEnum):
    NORMAL = "NORMAL"
    TEMP = "TEMP"
    TEMPLATE = "TEMPLATE"

    def __str__(self) -> str:
        return str(self.value)
