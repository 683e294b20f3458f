from enum import StrEnum


class BatchActionDigitalAssetsRequestAction(StrEnum):
    ACTIVE = "ACTIVE"
    DELETE = "DELETE"
    DELETE_FORCE = "DELETE_FORCE"
    RESTORE = "RESTORE"
    SHARE = "SHARE"
    UNACTIVE = "UNACTIVE"
    UNSHARE = "UNSHARE"

    def __str__(self) -> str:
        return str(self.value)
