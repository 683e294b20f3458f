from enum import StrEnum


class HumanModelAssetMetaModelingType(StrEnum):
    CHARACTER_CUSTOMIZATION_MODELING = "CHARACTER_CUSTOMIZATION_MODELING"
    PICTURE_MODELING = "PICTURE_MODELING"
    UPLOADED = "UPLOADED"

    def __str__(self) -> str:
        return str(self.value)
