from enum import StrEnum


class ResourceUsageInfoUnit(StrEnum):
    CHANNEL = "CHANNEL"
    GB = "GB"
    HOUR = "HOUR"
    MILLION_WORDS = "MILLION_WORDS"
    MIN = "MIN"
    NUM = "NUM"
    TEN_THOUSAND_WORDS = "TEN_THOUSAND_WORDS"
    TIME = "TIME"

    def __str__(self) -> str:
        return str(self.value)
