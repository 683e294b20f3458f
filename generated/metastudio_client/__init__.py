"""A client library for accessing Huawei Cloud MetaStudio (数字内容生产线) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
