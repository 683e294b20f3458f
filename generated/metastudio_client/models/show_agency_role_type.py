from enum import StrEnum


class ShowAgencyRoleType(StrEnum):
    CBS = "CBS"
    SIS = "SIS"

    def __str__(self) -> str:
        return str(self.value)
