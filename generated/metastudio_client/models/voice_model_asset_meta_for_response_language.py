from enum import StrEnum


class VoiceModelAssetMetaForResponseLanguage(StrEnum):
    ARABIC = "Arabic"
    CN = "CN"
    DBH = "DBH"
    DUTCH = "Dutch"
    EN = "EN"
    ESP = "ESP"
    FILIPINO = "Filipino"
    FINNISH = "Finnish"
    FR = "fr"
    GER = "GER"
    GT = "GT"
    GXH = "GXH"
    HBH = "HBH"
    INDONESIAN = "Indonesian"
    ITA = "Ita"
    JPN = "JPN"
    KR = "Kr"
    MALAY = "Malay"
    POR = "por"
    RUSSIAN = "Russian"
    SCH = "SCH"
    SXH = "SXH"
    THAI = "Thai"
    TURKISH = "Turkish"
    UNKNOW = "UNKNOW"
    VIETNAMESE = "Vietnamese"
    YY = "YY"

    def __str__(self) -> str:
        return str(self.value)
