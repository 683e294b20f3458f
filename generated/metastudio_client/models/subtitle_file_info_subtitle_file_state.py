from enum import StrEnum


class SubtitleFileInfoSubtitleFileState(StrEnum):
    GENERATE_FAILED = "GENERATE_FAILED"
    GENERATE_SUCCEED = "GENERATE_SUCCEED"
    GENERATING = "GENERATING"

    def __str__(self) -> str:
        return str(self.value)
