from enum import StrEnum


class TrainingJobBasicInfoMattingType(StrEnum):
    AI = "AI"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
