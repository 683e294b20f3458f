from enum import StrEnum


class UpdateDigitalHumanModelTrainingJobRequestAudioSourceType(StrEnum):
    AUDIO = "AUDIO"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
