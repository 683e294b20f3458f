from enum import StrEnum


class HitConditionTagOperation(StrEnum):
    AVG = "AVG"
    COUNT = "COUNT"
    NONE = "NONE"
    SUM = "SUM"

    def __str__(self) -> str:
        return str(self.value)
