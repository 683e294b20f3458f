from enum import StrEnum


class CreateVideoScriptRequestModelAssetType(StrEnum):
    HUMAN_MODEL_2D = "HUMAN_MODEL_2D"
    HUMAN_MODEL_3D = "HUMAN_MODEL_3D"

    def __str__(self) -> str:
        return str(self.value)
