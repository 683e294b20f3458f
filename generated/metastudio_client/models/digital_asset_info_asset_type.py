from enum import StrEnum
from typing import Self


class DigitalAssetInfoAssetType(StrEnum):
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

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """A value the spec does not list (the service has moved on): an answer carrying it still parses, as a
        member made for it. Requests are checked against the spec before they are sent, so none goes out."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
