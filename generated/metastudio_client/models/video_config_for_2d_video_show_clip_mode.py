from enum import StrEnum


class VideoConfigFor2DVideoShowClipMode(StrEnum):
    CROP = "CROP"
    RESIZE = "RESIZE"

    def __str__(self) -> str:
        return str(self.value)
