from enum import StrEnum


class CreateDigitalHumanModelTrainingJobRequestModelVersion(StrEnum):
    V3_2 = "V3.2"

    def __str__(self) -> str:
        return str(self.value)
