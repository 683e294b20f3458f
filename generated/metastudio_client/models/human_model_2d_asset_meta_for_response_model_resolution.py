from enum import StrEnum


class HumanModel2DAssetMetaForResponseModelResolution(StrEnum):
    VALUE_0 = "1080P"
    VALUE_1 = "4K"

    def __str__(self) -> str:
        return str(self.value)
