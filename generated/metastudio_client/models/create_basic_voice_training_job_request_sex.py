from enum import StrEnum


class CreateBasicVoiceTrainingJobRequestSex(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"

    def __str__(self) -> str:
        return str(self.value)
