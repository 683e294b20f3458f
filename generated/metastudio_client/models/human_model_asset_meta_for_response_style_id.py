from enum import StrEnum


class HumanModelAssetMetaForResponseStyleId(StrEnum):
    SYSTEM_FEMALE_001 = "system_female_001"
    SYSTEM_FEMALE_002 = "system_female_002"
    SYSTEM_MALE_001 = "system_male_001"
    SYSTEM_MALE_002 = "system_male_002"

    def __str__(self) -> str:
        return str(self.value)
