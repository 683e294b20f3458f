from enum import StrEnum


class ListDigitalAssetsRole(StrEnum):
    SHAREE = "SHAREE"
    SHARER = "SHARER"

    def __str__(self) -> str:
        return str(self.value)
