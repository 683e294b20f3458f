from enum import StrEnum


class RTCLiveEventCallBackConfigRtcCallbackEventTypeItem(StrEnum):
    LIVE_PROGRESS = "LIVE_PROGRESS"
    REPLY_COMMAND_FINISH = "REPLY_COMMAND_FINISH"

    def __str__(self) -> str:
        return str(self.value)
