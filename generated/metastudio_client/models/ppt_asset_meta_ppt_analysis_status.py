from enum import StrEnum


class PPTAssetMetaPptAnalysisStatus(StrEnum):
    CANCELED = "CANCELED"
    CONVERTING = "CONVERTING"
    FAILED = "FAILED"
    INITIALIZE = "INITIALIZE"
    SUCCEEDED = "SUCCEEDED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
