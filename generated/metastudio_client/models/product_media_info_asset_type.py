from enum import StrEnum


class ProductMediaInfoAssetType(StrEnum):
    AUDIO = "AUDIO"
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
