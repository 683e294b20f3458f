from enum import StrEnum


class HitConditionTagMatch(StrEnum):
    EQUAL = "EQUAL"
    MATH_EQ = "MATH_EQ"
    MATH_GE = "MATH_GE"
    MATH_GT = "MATH_GT"
    MATH_LE = "MATH_LE"
    MATH_LT = "MATH_LT"
    REGEX = "REGEX"

    def __str__(self) -> str:
        return str(self.value)
