from enum import StrEnum


class ShowSmartChatJobResponseState(StrEnum):
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    HEARTBEAT = "HEARTBEAT"
    PROCESSING = "PROCESSING"
    SUCCEED = "SUCCEED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
