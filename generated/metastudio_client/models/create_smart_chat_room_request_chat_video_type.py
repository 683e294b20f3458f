from enum import StrEnum


class CreateSmartChatRoomRequestChatVideoType(StrEnum):
    COMPUTER = "COMPUTER"
    HUB = "HUB"
    MOBILE = "MOBILE"

    def __str__(self) -> str:
        return str(self.value)
