from enum import StrEnum


class VoiceModelAssetMetaSex(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNKNOW = "UNKNOW"

    def __str__(self) -> str:
        return str(self.value)
