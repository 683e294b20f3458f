from enum import StrEnum


class ListDigitalAssetsAssetSource(StrEnum):
    ALL = "ALL"
    CUSTOMIZATION = "CUSTOMIZATION"
    SYSTEM = "SYSTEM"

    def __str__(self) -> str:
        return str(self.value)
