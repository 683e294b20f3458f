from enum import StrEnum


class PlayPolicyRandomPlayMode(StrEnum):
    NONE = "NONE"
    SCENE = "SCENE"
    SCENE_AND_SCRIPT_ITEM = "SCENE_AND_SCRIPT_ITEM"
    SCRIPT_ITEM = "SCRIPT_ITEM"

    def __str__(self) -> str:
        return str(self.value)
