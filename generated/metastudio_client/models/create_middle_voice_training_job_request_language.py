from enum import StrEnum


class CreateMiddleVoiceTrainingJobRequestLanguage(StrEnum):
    CN = "CN"
    EN = "EN"

    def __str__(self) -> str:
        return str(self.value)
