from enum import StrEnum


class BackgroundConfigInfoBackgroundType(StrEnum):
    COLOR = "COLOR"
    IMAGE = "IMAGE"

    def __str__(self) -> str:
        return str(self.value)
