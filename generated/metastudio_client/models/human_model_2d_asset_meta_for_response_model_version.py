from enum import StrEnum


class HumanModel2DAssetMetaForResponseModelVersion(StrEnum):
    V2 = "V2"
    V3 = "V3"
    V3_2 = "V3_2"

    def __str__(self) -> str:
        return str(self.value)
