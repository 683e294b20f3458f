from enum import StrEnum


class VoiceModelAssetMetaModelType(StrEnum):
    CLONE = "CLONE"
    COMMON = "COMMON"

    def __str__(self) -> str:
        return str(self.value)
