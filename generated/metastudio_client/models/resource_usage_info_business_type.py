from enum import StrEnum
from typing import Self


class ResourceUsageInfoBusinessType(StrEnum):
    ASSET_MANAGER = "ASSET_MANAGER"
    BUSINESS_CARD_2D = "BUSINESS_CARD_2D"
    CHAT_2D = "CHAT_2D"
    FLEXUS_2D = "FLEXUS_2D"
    LIVE_2D = "LIVE_2D"
    MODELING_2D = "MODELING_2D"
    MODELING_3D = "MODELING_3D"
    PICTURE_2D = "PICTURE_2D"
    SYNTHETICS_SOUND = "SYNTHETICS_SOUND"
    TTSA_3D = "TTSA_3D"
    VDS_3D = "VDS_3D"
    VIDEO_2D = "VIDEO_2D"
    VOICE_CLONE = "VOICE_CLONE"

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
