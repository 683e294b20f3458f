from enum import StrEnum


class SharedConfigSharedType(StrEnum):
    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"
    SHARED = "SHARED"

    def __str__(self) -> str:
        return str(self.value)
