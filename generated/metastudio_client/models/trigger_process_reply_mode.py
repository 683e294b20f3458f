from enum import StrEnum
from typing import Self


class TriggerProcessReplyMode(StrEnum):
    CALLBACK = "CALLBACK"
    INTELLIGENT_REPLY = "INTELLIGENT_REPLY"
    SHOW_LAYER = "SHOW_LAYER"
    SYSTEM_REPLY = "SYSTEM_REPLY"

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
