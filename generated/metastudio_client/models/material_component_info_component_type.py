from enum import StrEnum


class MaterialComponentInfoComponentType(StrEnum):
    CLOTHES = "CLOTHES"
    EYEBROW = "EYEBROW"
    EYELASH = "EYELASH"
    HAIR = "HAIR"
    PANTS = "PANTS"
    SHOES = "SHOES"

    def __str__(self) -> str:
        return str(self.value)
