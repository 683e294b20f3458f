from enum import StrEnum


class ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult(StrEnum):
    EXCUTE_FAILED = "EXCUTE_FAILED"
    EXCUTE_SUCCESS = "EXCUTE_SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
