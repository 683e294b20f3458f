from enum import StrEnum


class VideoConfigFor2DVideoClipMode(StrEnum):
    CROP = "CROP"
    RESIZE = "RESIZE"

    def __str__(self) -> str:
        return str(self.value)
