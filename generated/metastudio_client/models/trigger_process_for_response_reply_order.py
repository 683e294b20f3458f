from enum import StrEnum


class TriggerProcessForResponseReplyOrder(StrEnum):
    ORDER = "ORDER"
    RANDOM = "RANDOM"

    def __str__(self) -> str:
        return str(self.value)
