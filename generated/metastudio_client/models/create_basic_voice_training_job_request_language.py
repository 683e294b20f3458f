from enum import StrEnum


class CreateBasicVoiceTrainingJobRequestLanguage(StrEnum):
    CN = "CN"
    EN = "EN"

    def __str__(self) -> str:
        return str(self.value)
