from enum import StrEnum


class ResourcesCountResourceSource(StrEnum):
    ADMIN_ALLOCATED = "ADMIN_ALLOCATED"
    PURCHASED = "PURCHASED"
    SP_ALLOCATED = "SP_ALLOCATED"

    def __str__(self) -> str:
        return str(self.value)
