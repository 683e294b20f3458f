from enum import StrEnum


class CommentLogInfoCommentType(StrEnum):
    ADMIN_COMMENT = "ADMIN_COMMENT"
    USER_COMMENT = "USER_COMMENT"
    USER_REJECT = "USER_REJECT"

    def __str__(self) -> str:
        return str(self.value)
