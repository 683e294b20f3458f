from enum import StrEnum


class SmartTextLayerConfigFontName(StrEnum):
    FZYOUH = "fzyouh"
    HARMONYOS_SANS_SC_BLACK = "HarmonyOS_Sans_SC_Black"
    HARMONYOS_SANS_SC_REGULAR = "HarmonyOS_Sans_SC_Regular"
    HARMONYOS_SANS_SC_THIN = "HarmonyOS_Sans_SC_Thin"

    def __str__(self) -> str:
        return str(self.value)
