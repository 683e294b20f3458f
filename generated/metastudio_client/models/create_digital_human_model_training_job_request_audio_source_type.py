from enum import StrEnum


class CreateDigitalHumanModelTrainingJobRequestAudioSourceType(StrEnum):
    AUDIO = "AUDIO"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
