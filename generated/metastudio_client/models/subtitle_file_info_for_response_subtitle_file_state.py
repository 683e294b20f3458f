from enum import StrEnum


class SubtitleFileInfoForResponseSubtitleFileState(StrEnum):
    GENERATE_FAILED = "GENERATE_FAILED"
    GENERATE_SUCCEEDED = "GENERATE_SUCCEEDED"
    GENERATING = "GENERATING"

    def __str__(self) -> str:
        return str(self.value)
