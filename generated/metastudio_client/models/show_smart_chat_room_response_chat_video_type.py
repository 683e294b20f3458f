from enum import StrEnum


class ShowSmartChatRoomResponseChatVideoType(StrEnum):
    COMPUTER = "COMPUTER"
    HUB = "HUB"
    MOBILE = "MOBILE"

    def __str__(self) -> str:
        return str(self.value)
