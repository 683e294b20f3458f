from enum import StrEnum


class ListSmartLiveRoomsTemplateOwnType(StrEnum):
    OWNED = "OWNED"
    PUBLIC = "PUBLIC"
    SHARED_FROM_OHTERS = "SHARED_FROM_OHTERS"
    SHARED_TO_OHTERS = "SHARED_TO_OHTERS"

    def __str__(self) -> str:
        return str(self.value)
