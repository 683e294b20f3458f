from enum import StrEnum
from typing import Self


class SystemPropertyKey(StrEnum):
    BACKGROUND_IMG = "BACKGROUND_IMG"
    BACKGROUND_SCENE = "BACKGROUND_SCENE"
    BUSINESS_CARD_VIDEO = "BUSINESS_CARD_VIDEO"
    BUSSINESS_CARD_VIDEO = "BUSSINESS_CARD_VIDEO"
    CREATED_BY_PLATFORM = "CREATED_BY_PLATFORM"
    DH_ID = "DH_ID"
    DIGITAL_HUMAN_2D_VIDEO = "DIGITAL_HUMAN_2D_VIDEO"
    DIGITAL_HUMAN_3D_VIDEO = "DIGITAL_HUMAN_3D_VIDEO"
    LAYER_CONFIG_ENABLE = "LAYER_CONFIG_ENABLE"
    MATERIAL_IMG = "MATERIAL_IMG"
    MATERIAL_VIDEO = "MATERIAL_VIDEO"
    MEITUAN_MATERIAL_APPROVED = "MEITUAN_MATERIAL_APPROVED"
    PHOTO_VIDEO = "PHOTO_VIDEO"
    PLATFORM_AVAILABLE = "PLATFORM_AVAILABLE"
    RENDER_ENGINE = "RENDER_ENGINE"
    STYLE_ID = "STYLE_ID"
    TO_BE_TRANSLATED_VIDEO = "TO_BE_TRANSLATED_VIDEO"
    TRANSLATED_VIDEO = "TRANSLATED_VIDEO"

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
