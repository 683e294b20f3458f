from enum import StrEnum


class ListDigitalAssetsRenderEngine(StrEnum):
    METAENGINE = "MetaEngine"
    UE = "UE"

    def __str__(self) -> str:
        return str(self.value)
