from enum import StrEnum


class VideoAssetMetaMode(StrEnum):
    HORIZONTAL = "Horizontal"
    VERTICAL = "Vertical"

    def __str__(self) -> str:
        return str(self.value)
