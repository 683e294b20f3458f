from enum import StrEnum


class ResourcesCountChargingMode(StrEnum):
    ONE_TIME = "ONE_TIME"
    ON_DEMAND = "ON_DEMAND"
    PERIODIC = "PERIODIC"

    def __str__(self) -> str:
        return str(self.value)
