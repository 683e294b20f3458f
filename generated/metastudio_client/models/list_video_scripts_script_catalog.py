from enum import StrEnum


class ListVideoScriptsScriptCatalog(StrEnum):
    SYSTEM_VIDEO_TEMPLAT = "SYSTEM_VIDEO_TEMPLAT"
    VIDEO_DRAFT = "VIDEO_DRAFT"

    def __str__(self) -> str:
        return str(self.value)
