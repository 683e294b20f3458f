from enum import StrEnum


class UpdateProductRequestState(StrEnum):
    ACTIVED = "ACTIVED"
    UNACTIVED = "UNACTIVED"

    def __str__(self) -> str:
        return str(self.value)
