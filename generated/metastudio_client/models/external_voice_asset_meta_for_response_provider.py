from enum import StrEnum


class ExternalVoiceAssetMetaForResponseProvider(StrEnum):
    AISPEECH = "AISPEECH"
    AUDIOX = "AUDIOX"
    DATABAKER = "DATABAKER"
    HUAWEI_EI = "HUAWEI_EI"
    MOBVOI = "MOBVOI"
    SINOVOICE = "SINOVOICE"
    XIMALAYA = "XIMALAYA"

    def __str__(self) -> str:
        return str(self.value)
