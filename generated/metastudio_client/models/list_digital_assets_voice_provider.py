from enum import StrEnum


class ListDigitalAssetsVoiceProvider(StrEnum):
    HUAWEI_METASTUDIO = "HUAWEI_METASTUDIO"
    MOBVOI = "MOBVOI"

    def __str__(self) -> str:
        return str(self.value)
