from enum import StrEnum


class UpdateSisHotWordsLanguage(StrEnum):
    EN_US = "en_US"
    ZH_CN = "zh_CN"

    def __str__(self) -> str:
        return str(self.value)
