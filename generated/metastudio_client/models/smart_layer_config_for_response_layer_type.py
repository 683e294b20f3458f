from enum import StrEnum


class SmartLayerConfigForResponseLayerType(StrEnum):
    IMAGE = "IMAGE"
    TEXT = "TEXT"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
