from enum import StrEnum


class ChatVideoConfigForUpdateResponseClipMode(StrEnum):
    CROP = "CROP"
    RESIZE = "RESIZE"

    def __str__(self) -> str:
        return str(self.value)
