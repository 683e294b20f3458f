from enum import StrEnum


class ShowDigitalHumanModelTrainingJobResponseAudioSourceType(StrEnum):
    AUDIO = "AUDIO"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
