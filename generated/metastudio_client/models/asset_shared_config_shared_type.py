from enum import StrEnum


class AssetSharedConfigSharedType(StrEnum):
    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"
    SHARED = "SHARED"

    def __str__(self) -> str:
        return str(self.value)
