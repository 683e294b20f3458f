from enum import StrEnum


class ShowDigitalHumanModelTrainingJobResponseMattingType(StrEnum):
    AI = "AI"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
