from enum import StrEnum


class FileExtraMetaVideoTranscodingStatus(StrEnum):
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    TRANSCODING = "TRANSCODING"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
