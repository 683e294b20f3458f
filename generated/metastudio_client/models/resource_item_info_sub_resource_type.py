from enum import StrEnum
from typing import Self


class ResourceItemInfoSubResourceType(StrEnum):
    MODELING_COUNT_2D_MODEL_FLEXUS = "modeling_count_2d_model_flexus"
    VIDEO_TIME_FLEXUS_2D_MODEL = "video_time_flexus_2d_model"
    VOICE_CLONE_FLEXUS = "voice_clone_flexus"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """A value the spec does not list (the service has moved on): an answer carrying it still parses, as a
        member made for it. Requests are checked against the spec before they are sent, so none goes out."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
