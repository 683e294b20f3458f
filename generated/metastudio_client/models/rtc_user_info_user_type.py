from enum import StrEnum


class RTCUserInfoUserType(StrEnum):
    ANIMATION = "ANIMATION"
    CAPTURE = "CAPTURE"
    END_USER = "END_USER"
    INFERENCE_USER = "INFERENCE_USER"
    PLAYER = "PLAYER"
    RENDER = "RENDER"

    def __str__(self) -> str:
        return str(self.value)
