from enum import StrEnum
from typing import Self


class ExecuteDigitalHumanModelTrainingJobCommandRequestCommand(StrEnum):
    CONFIRM_ACCEPT = "CONFIRM_ACCEPT"
    CONFIRM_ACTION_VIDEO_MULTIPART_UPLOAD = "CONFIRM_ACTION_VIDEO_MULTIPART_UPLOAD"
    CONFIRM_ACTIVE = "CONFIRM_ACTIVE"
    CONFIRM_ANSWER = "CONFIRM_ANSWER"
    CONFIRM_MULTIPART_UPLOAD = "CONFIRM_MULTIPART_UPLOAD"
    CONFIRM_PENDING = "CONFIRM_PENDING"
    CONFIRM_REJECT = "CONFIRM_REJECT"
    CONFIRM_REPAIR = "CONFIRM_REPAIR"
    GET_ACTION_VIDEO_MULTIPART_UPLOAD = "GET_ACTION_VIDEO_MULTIPART_UPLOAD"
    GET_MULTIPART_UPLOAD = "GET_MULTIPART_UPLOAD"
    SUBMITVERIFYING = "SUBMITVERIFYING"

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
