from enum import StrEnum


class AnimationAssetMetaAnimationInsertRestriction(StrEnum):
    ONLY_BEGINNING = "ONLY_BEGINNING"
    ONLY_END = "ONLY_END"

    def __str__(self) -> str:
        return str(self.value)
