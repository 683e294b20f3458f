"""A client library for accessing Metaworks 黑镜 视频模版生成 (card) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
