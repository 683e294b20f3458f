from enum import StrEnum


class Show2DDigitalHumanVideoResponseVideoMakingType(StrEnum):
    MODEL = "MODEL"
    PICTURE = "PICTURE"

    def __str__(self) -> str:
        return str(self.value)
