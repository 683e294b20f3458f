from enum import StrEnum


class ListTenantResourcesSubResource(StrEnum):
    MODELING_COUNT_2D_MODEL_FLEXUS = "modeling_count_2d_model_flexus"
    VIDEO_TIME_FLEXUS_2D_MODEL = "video_time_flexus_2d_model"
    VOICE_CLONE_FLEXUS = "voice_clone_flexus"

    def __str__(self) -> str:
        return str(self.value)
