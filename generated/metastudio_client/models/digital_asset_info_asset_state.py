from enum import StrEnum


class DigitalAssetInfoAssetState(StrEnum):
    ACTIVED = "ACTIVED"
    BLOCK = "BLOCK"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    FAILED = "FAILED"
    UNACTIVED = "UNACTIVED"
    WAITING_DELETE = "WAITING_DELETE"

    def __str__(self) -> str:
        return str(self.value)
