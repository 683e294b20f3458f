from enum import StrEnum


class UpdateSmartChatRoomRequestChatVideoType(StrEnum):
    COMPUTER = "COMPUTER"
    HUB = "HUB"
    MOBILE = "MOBILE"

    def __str__(self) -> str:
        return str(self.value)
