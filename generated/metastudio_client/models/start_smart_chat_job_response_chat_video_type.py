from enum import StrEnum


class StartSmartChatJobResponseChatVideoType(StrEnum):
    COMPUTER = "COMPUTER"
    HUB = "HUB"
    MOBILE = "MOBILE"

    def __str__(self) -> str:
        return str(self.value)
