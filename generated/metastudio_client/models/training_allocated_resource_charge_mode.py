from enum import StrEnum


class TrainingAllocatedResourceChargeMode(StrEnum):
    ONE_TIME = "ONE_TIME"
    PERIODIC = "PERIODIC"

    def __str__(self) -> str:
        return str(self.value)
