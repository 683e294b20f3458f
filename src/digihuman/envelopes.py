"""Where each vendor's response body carries an error, and which HTTP status each envelope code stands for.

The specs name the code field only in prose, and their catalogues (`x-error-codes`) give Xmov's and
Metaworks' codes a text but no class. Until the specs carry both as extensions, this table is the one
place they are written down; the code texts (`meaning`) always come from the spec. `tests/test_errors.py`
checks that every code here is in its vendor's catalogue.

Classification (status each code stands for; codes not listed are plain `ApiError`):

    Xmov       20001 应用不存在或无法使用 -> 401 AuthError
               30002 PPT文件不存在, 30004 视频任务未找到 -> 404 NotFoundError
               30003, 30005, 30006 (parse/create/cancel failed) -> ApiError
    Metaworks  -10001 app_secret 有误, -10003 签名已过期, -10004 签名错误 -> 401 AuthError
               -10002 参数有误或缺少 -> 400 ValidationError
               -10000 服务地址不存在, -10007 文件不存在, -10008 资源配置不存在, -20002 导出任务不存在 -> 404
               -10005 请求配额不足 -> 429 RateLimitedError
               -10009 动画生成错误, -20001 系统出错 -> 500 ServerError
               -10006 人脸重建失败, -10010 检测到敏感图片 -> ApiError
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ErrorShape:
    code_field: str
    message_field: str | None
    in_envelope: bool  # True: errors come inside HTTP 200 answers, and `success` is the code that means none
    success: Any = None
    statuses: Mapping[Any, int] = field(default_factory=dict)  # envelope code -> the HTTP status it stands for

    def codes_with(self, *statuses: int) -> frozenset[Any]:
        return frozenset(code for code, status in self.statuses.items() if status in statuses)


ERROR_SHAPES = {
    "xingyun": ErrorShape(
        "error_code", "error_reason", in_envelope=True, success=0, statuses={20001: 401, 30002: 404, 30004: 404}
    ),
    "metaworks": ErrorShape(
        "err_code",
        None,
        in_envelope=True,
        success=0,
        statuses={
            -10000: 404,
            -10001: 401,
            -10002: 400,
            -10003: 401,
            -10004: 401,
            -10005: 429,
            -10007: 404,
            -10008: 404,
            -10009: 500,
            -20001: 500,
            -20002: 404,
        },
    ),
    "metastudio": ErrorShape("error_code", "error_msg", in_envelope=False),
}

NO_SHAPE = ErrorShape("error_code", None, in_envelope=False)


def error_shape(vendor: str) -> ErrorShape:
    return ERROR_SHAPES.get(vendor, NO_SHAPE)
