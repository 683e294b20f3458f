from enum import StrEnum


class CoStreamerConfigForResponseStreamerAction(StrEnum):
    SILENCE = "SILENCE"
    VOLUME_DOWN = "VOLUME_DOWN"

    def __str__(self) -> str:
        return str(self.value)
