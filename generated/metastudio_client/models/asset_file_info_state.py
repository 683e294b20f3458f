from enum import StrEnum


class AssetFileInfoState(StrEnum):
    BLOCK = "BLOCK"
    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    FAILED = "FAILED"
    REVIEW = "REVIEW"
    UPLOADED = "UPLOADED"

    def __str__(self) -> str:
        return str(self.value)
