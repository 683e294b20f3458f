from enum import StrEnum


class LiveEventCallBackConfigAuthType(StrEnum):
    MEITUAN_DEFAULT = "MEITUAN_DEFAULT"
    MSS_A = "MSS_A"
    MSS_A_HEAD = "MSS_A_HEAD"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
