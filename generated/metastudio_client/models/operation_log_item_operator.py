from enum import StrEnum


class OperationLogItemOperator(StrEnum):
    ADMIN = "ADMIN"
    SYSTEM = "SYSTEM"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
