from enum import StrEnum


class ShowVoiceTrainingJobResponseSex(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"

    def __str__(self) -> str:
        return str(self.value)
