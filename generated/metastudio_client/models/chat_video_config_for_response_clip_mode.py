from enum import StrEnum


class ChatVideoConfigForResponseClipMode(StrEnum):
    CROP = "CROP"
    RESIZE = "RESIZE"

    def __str__(self) -> str:
        return str(self.value)
