from enum import StrEnum


class UpdateDigitalAssetRequestAssetState(StrEnum):
    ACTIVED = "ACTIVED"
    UNACTIVED = "UNACTIVED"
    WAITING_DELETE = "WAITING_DELETE"

    def __str__(self) -> str:
        return str(self.value)
