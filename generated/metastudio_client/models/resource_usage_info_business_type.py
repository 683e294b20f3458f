from enum import StrEnum


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
