from enum import StrEnum


class UpdateVideoScriptRequestViewMode(StrEnum):
    LANDSCAPE = "LANDSCAPE"
    VERTICAL = "VERTICAL"

    def __str__(self) -> str:
        return str(self.value)
