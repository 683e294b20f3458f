from enum import StrEnum


class SmartLiveJobState(StrEnum):
    BLOCKED = "BLOCKED"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
    SUCCEED = "SUCCEED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
