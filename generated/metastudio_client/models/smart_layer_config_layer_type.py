from enum import StrEnum


class SmartLayerConfigLayerType(StrEnum):
    IMAGE = "IMAGE"
    TEXT = "TEXT"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
