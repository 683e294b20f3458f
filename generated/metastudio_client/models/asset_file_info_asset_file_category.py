from enum import StrEnum


class AssetFileInfoAssetFileCategory(StrEnum):
    COVER = "COVER"
    MAIN = "MAIN"
    OTHER = "OTHER"
    PAGE = "PAGE"
    SAMPLE = "SAMPLE"
    TEMPORARY = "TEMPORARY"
    USER_MODIFIED_MODEL = "USER_MODIFIED_MODEL"
    WHOLE_MODEL = "WHOLE_MODEL"

    def __str__(self) -> str:
        return str(self.value)
