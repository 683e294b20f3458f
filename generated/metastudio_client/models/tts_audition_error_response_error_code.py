from enum import StrEnum


class TtsAuditionErrorResponseErrorCode(StrEnum):
    MSS_000000001 = "MSS.000000001"
    MSS_000000002 = "MSS.000000002"
    MSS_000000003 = "MSS.000000003"
    MSS_000000004 = "MSS.000000004"

    def __str__(self) -> str:
        return str(self.value)
