from enum import StrEnum


class LayerConfigLayerType(StrEnum):
    HUMAN = "HUMAN"
    IMAGE = "IMAGE"
    TEXT = "TEXT"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
