from enum import StrEnum


class ShowDigitalHumanModelTrainingJobResponseModelVersion(StrEnum):
    V2 = "V2"
    V3 = "V3"
    V3_2 = "V3.2"

    def __str__(self) -> str:
        return str(self.value)
