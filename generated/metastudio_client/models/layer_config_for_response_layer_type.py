from enum import StrEnum


class LayerConfigForResponseLayerType(StrEnum):
    HUMAN = "HUMAN"
    IMAGE = "IMAGE"
    TEXT = "TEXT"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
