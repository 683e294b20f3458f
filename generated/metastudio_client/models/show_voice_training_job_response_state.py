from enum import StrEnum


class ShowVoiceTrainingJobResponseState(StrEnum):
    ANNOTATING = "ANNOTATING"
    AUDITING = "AUDITING"
    AUDIT_FAILED = "AUDIT_FAILED"
    CREATING = "CREATING"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
    RESULT_REVIEW = "RESULT_REVIEW"
    SPLITTING = "SPLITTING"
    SPLIT_FAILED = "SPLIT_FAILED"
    SUCCEED = "SUCCEED"
    SYSTEM_AUDITING = "SYSTEM_AUDITING"
    WAITING = "WAITING"
    WAITING_SPLIT = "WAITING_SPLIT"

    def __str__(self) -> str:
        return str(self.value)
