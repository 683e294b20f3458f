from enum import StrEnum


class HitConditionRelation(StrEnum):
    AND = "AND"
    OR = "OR"
    RESERVED = "RESERVED"

    def __str__(self) -> str:
        return str(self.value)
