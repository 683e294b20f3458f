from enum import StrEnum


class ExternalVoiceAssetMetaProvider(StrEnum):
    AISPEECH = "AISPEECH"
    AUDIOX = "AUDIOX"
    DATABAKER = "DATABAKER"
    HUAWEL_EI = "HUAWEL_EI"
    MOBVOI = "MOBVOI"
    SINOVOICE = "SINOVOICE"
    XIMALAYA = "XIMALAYA"

    def __str__(self) -> str:
        return str(self.value)
