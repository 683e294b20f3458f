from enum import StrEnum


class ShowDigitalAssetResponseSupportedServiceItem(StrEnum):
    CHAT_2D = "CHAT_2D"
    LIVE_2D = "LIVE_2D"
    VIDEO_2D = "VIDEO_2D"

    def __str__(self) -> str:
        return str(self.value)
