from enum import StrEnum


class StartSmartChatJobResponseRegion(StrEnum):
    CN_NORTH_4 = "cn-north-4"
    CN_SOUTHWEST_2 = "cn-southwest-2"

    def __str__(self) -> str:
        return str(self.value)
