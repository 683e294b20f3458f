from enum import StrEnum


class CreateLargeFileRequestAssetFileCategory(StrEnum):
    MAIN = "MAIN"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)
