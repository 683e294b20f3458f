from enum import StrEnum


class SmartLiveRoomBaseInfoLastJobStatuses(StrEnum):
    BLOCKED = "BLOCKED"
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
    SUCCEED = "SUCCEED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
