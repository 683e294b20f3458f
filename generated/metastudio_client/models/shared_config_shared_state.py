from enum import StrEnum


class SharedConfigSharedState(StrEnum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    REVIEW = "REVIEW"

    def __str__(self) -> str:
        return str(self.value)
