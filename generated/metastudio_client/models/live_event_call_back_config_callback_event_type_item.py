from enum import StrEnum


class LiveEventCallBackConfigCallbackEventTypeItem(StrEnum):
    REPLY_COMMAND_FINISH = "REPLY_COMMAND_FINISH"
    RTMP_STREAM_STATE_CHANGE = "RTMP_STREAM_STATE_CHANGE"
    SHOOT_SCRIPT_SWITCH = "SHOOT_SCRIPT_SWITCH"

    def __str__(self) -> str:
        return str(self.value)
