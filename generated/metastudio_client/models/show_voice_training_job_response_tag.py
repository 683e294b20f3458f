from enum import StrEnum


class ShowVoiceTrainingJobResponseTag(StrEnum):
    ECOMMERCE = "ECOMMERCE"
    MARKETING = "MARKETING"
    NEWS = "NEWS"

    def __str__(self) -> str:
        return str(self.value)
