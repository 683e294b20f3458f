from enum import StrEnum


class VoiceModelAssetMetaForUpdateResponseModelType(StrEnum):
    CLONE = "CLONE"
    COMMON = "COMMON"

    def __str__(self) -> str:
        return str(self.value)
