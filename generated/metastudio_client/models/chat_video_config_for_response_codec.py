from enum import StrEnum


class ChatVideoConfigForResponseCodec(StrEnum):
    H264 = "H264"
    VP8 = "VP8"

    def __str__(self) -> str:
        return str(self.value)
