from enum import StrEnum


class OperationLogItemAction(StrEnum):
    ADMIN_AUDIT_PASS = "ADMIN_AUDIT_PASS"
    AUDIT_NOT_PASS = "AUDIT_NOT_PASS"
    COMMIT_JOB = "COMMIT_JOB"
    COMPLETE_JOB = "COMPLETE_JOB"
    CREATE_JOB = "CREATE_JOB"
    SYSTEM_AUDIT_PASS = "SYSTEM_AUDIT_PASS"
    TRAINING_FINISH = "TRAINING_FINISH"
    UPLOADING_MODEL = "UPLOADING_MODEL"

    def __str__(self) -> str:
        return str(self.value)
