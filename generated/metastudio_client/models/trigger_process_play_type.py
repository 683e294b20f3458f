from enum import StrEnum
from typing import Self


class TriggerProcessPlayType(StrEnum):
    APPEND = "APPEND"
    INSERT = "INSERT"
    PLAY_NOW = "PLAY_NOW"

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
