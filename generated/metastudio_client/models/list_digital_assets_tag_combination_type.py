from enum import StrEnum


class ListDigitalAssetsTagCombinationType(StrEnum):
    INTERSECTION = "INTERSECTION"
    UNION_SET = "UNION_SET"

    def __str__(self) -> str:
        return str(self.value)
