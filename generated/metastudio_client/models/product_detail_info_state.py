from enum import StrEnum


class ProductDetailInfoState(StrEnum):
    ACTIVED = "ACTIVED"
    BLOCK = "BLOCK"
    DELETED = "DELETED"
    UNACTIVED = "UNACTIVED"

    def __str__(self) -> str:
        return str(self.value)
