from enum import StrEnum


class ProductMediaDetailInfoAssetType(StrEnum):
    AUDIO = "AUDIO"
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
