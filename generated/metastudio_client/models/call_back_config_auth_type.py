from enum import StrEnum


class CallBackConfigAuthType(StrEnum):
    MSS_A = "MSS_A"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
