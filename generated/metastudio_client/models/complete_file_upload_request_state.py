from enum import StrEnum


class CompleteFileUploadRequestState(StrEnum):
    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
