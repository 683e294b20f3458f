from enum import StrEnum


class SystemPropertyAction(StrEnum):
    ADD = "ADD"
    DELETE = "DELETE"

    def __str__(self) -> str:
        return str(self.value)
