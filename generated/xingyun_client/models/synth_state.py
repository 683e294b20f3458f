from enum import StrEnum


class SynthState(StrEnum):
    CANCEL = "cancel"
    ERROR = "error"
    FINISHED = "finished"
    NOT_SEND = "not_send"
    PROCESSING = "processing"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
