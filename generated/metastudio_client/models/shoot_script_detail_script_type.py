from enum import StrEnum


class ShootScriptDetailScriptType(StrEnum):
    AUDIO = "AUDIO"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)
