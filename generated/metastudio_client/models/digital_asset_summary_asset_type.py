from enum import StrEnum


class DigitalAssetSummaryAssetType(StrEnum):
    ANIMATION = "ANIMATION"
    AUDIO = "AUDIO"
    BUSINESS_CARD_TEMPLAT = "BUSINESS_CARD_TEMPLAT"
    COMMON_FILE = "COMMON_FILE"
    HUMAN_MODEL = "HUMAN_MODEL"
    HUMAN_MODEL_2D = "HUMAN_MODEL_2D"
    IMAGE = "IMAGE"
    MATERIAL = "MATERIAL"
    MUSIC = "MUSIC"
    NORMAL_MODEL = "NORMAL_MODEL"
    PPT = "PPT"
    SCENE = "SCENE"
    VIDEO = "VIDEO"
    VOICE_MODEL = "VOICE_MODEL"

    def __str__(self) -> str:
        return str(self.value)
