from enum import StrEnum


class SceneComponentInfoForResponseComponentType(StrEnum):
    CAMERA = "CAMERA"
    LIGHT = "LIGHT"
    PANEL = "PANEL"

    def __str__(self) -> str:
        return str(self.value)
