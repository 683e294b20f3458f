from enum import StrEnum


class TrainingJobInfoCreateType(StrEnum):
    PACKAGE = "PACKAGE"
    SEGMENT = "SEGMENT"

    def __str__(self) -> str:
        return str(self.value)
