from enum import StrEnum


class UpdateDigitalAssetResponseFailType(StrEnum):
    AUTOMATIC_REVIEW_REJECT = "AUTOMATIC_REVIEW_REJECT"
    MANUAL_REVIEW_REJECT = "MANUAL_REVIEW_REJECT"

    def __str__(self) -> str:
        return str(self.value)
