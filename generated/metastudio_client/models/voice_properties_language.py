from enum import StrEnum


class VoicePropertiesLanguage(StrEnum):
    CN = "CN"
    EN = "EN"

    def __str__(self) -> str:
        return str(self.value)
