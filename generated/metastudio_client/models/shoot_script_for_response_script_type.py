from enum import StrEnum


class ShootScriptForResponseScriptType(StrEnum):
    AUDIO = "AUDIO"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)
