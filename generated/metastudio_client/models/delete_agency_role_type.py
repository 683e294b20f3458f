from enum import StrEnum


class DeleteAgencyRoleType(StrEnum):
    CBS = "CBS"
    SIS = "SIS"

    def __str__(self) -> str:
        return str(self.value)
