from enum import StrEnum


class TrainingJobBasicInfoModelResolution(StrEnum):
    VALUE_0 = "1080P"
    VALUE_1 = "4K"

    def __str__(self) -> str:
        return str(self.value)
