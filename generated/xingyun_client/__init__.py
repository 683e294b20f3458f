"""A client library for accessing Xmov 魔珐星云 数字人视频生成 API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
