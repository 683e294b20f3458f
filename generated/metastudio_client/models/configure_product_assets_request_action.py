from enum import StrEnum


class ConfigureProductAssetsRequestAction(StrEnum):
    LINK = "LINK"
    UNLINK = "UNLINK"

    def __str__(self) -> str:
        return str(self.value)
