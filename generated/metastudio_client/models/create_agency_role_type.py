from enum import StrEnum


class CreateAgencyRoleType(StrEnum):
    CBS = "CBS"
    SIS = "SIS"

    def __str__(self) -> str:
        return str(self.value)
