from enum import StrEnum


class BackgroundConfigInfoForResponseBackgroundType(StrEnum):
    COLOR = "COLOR"
    IMAGE = "IMAGE"

    def __str__(self) -> str:
        return str(self.value)
