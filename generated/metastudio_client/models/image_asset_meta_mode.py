from enum import StrEnum


class ImageAssetMetaMode(StrEnum):
    HORIZONTAL = "Horizontal"
    VERTICAL = "Vertical"

    def __str__(self) -> str:
        return str(self.value)
