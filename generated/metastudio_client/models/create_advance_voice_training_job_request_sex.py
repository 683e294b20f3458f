from enum import StrEnum


class CreateAdvanceVoiceTrainingJobRequestSex(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"

    def __str__(self) -> str:
        return str(self.value)
