from enum import StrEnum


class ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage(StrEnum):
    CONFIRM_ACTION_VIDEO = "CONFIRM_ACTION_VIDEO"
    GET_ACTION_VIDEO_MULTIPART = "GET_ACTION_VIDEO_MULTIPART"
    UPDATE_VIDEO = "UPDATE_VIDEO"
    UPLOAD_VIDEO = "UPLOAD_VIDEO"

    def __str__(self) -> str:
        return str(self.value)
