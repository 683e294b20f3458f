from enum import StrEnum


class VerifyVideoMattingInfoMethod(StrEnum):
    DELETE = "DELETE"
    NO_DEGREEN = "NO_DEGREEN"
    RESERVED = "RESERVED"

    def __str__(self) -> str:
        return str(self.value)
