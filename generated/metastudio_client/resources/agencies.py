"""Operations of tag `agencies`: `Agencies` (sync), `AsyncAgencies` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.agencies import create_agency as _create_agency
from ..api.agencies import delete_agency as _delete_agency
from ..api.agencies import show_agency as _show_agency
from ..models.create_agency_response import CreateAgencyResponse
from ..models.create_agency_role_type import CreateAgencyRoleType
from ..models.delete_agency_role_type import DeleteAgencyRoleType
from ..models.show_agency_response import ShowAgencyResponse
from ..models.show_agency_role_type import ShowAgencyRoleType
from ..types import UNSET, Unset
from . import Owner

__all__ = ["AsyncAgencies", "AsyncAgenciesWithRawResponse", "Agencies", "AgenciesWithRawResponse"]


class Agencies:
    """Operations of tag `agencies`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AgenciesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AgenciesWithRawResponse(self._owner)

    def show_agency(
        self,
        *,
        role_type: ShowAgencyRoleType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowAgencyResponse:
        """Show the agency of the project

        查询委托。该接口用于查询项目下委托

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_agency.sync(self._owner.project_id, role_type=role_type, client=self._owner.client)

    def create_agency(
        self,
        role_type: CreateAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateAgencyResponse:
        """Create an agency

        创建委托。该接口用于创建委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_agency.sync(self._owner.project_id, role_type, client=self._owner.client)

    def delete_agency(
        self,
        role_type: DeleteAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an agency

        删除委托。该接口用于删除项目下委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_agency.sync(self._owner.project_id, role_type, client=self._owner.client)


class AgenciesWithRawResponse:
    """Operations of tag `agencies` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def show_agency(
        self,
        *,
        role_type: ShowAgencyRoleType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the agency of the project

        查询委托。该接口用于查询项目下委托

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_agency._get_kwargs(self._owner.project_id, role_type=role_type)
            )

    def create_agency(
        self,
        role_type: CreateAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create an agency

        创建委托。该接口用于创建委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_agency._get_kwargs(self._owner.project_id, role_type)
            )

    def delete_agency(
        self,
        role_type: DeleteAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete an agency

        删除委托。该接口用于删除项目下委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_agency._get_kwargs(self._owner.project_id, role_type)
            )


class AsyncAgencies:
    """Operations of tag `agencies` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncAgenciesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncAgenciesWithRawResponse(self._owner)

    async def show_agency(
        self,
        *,
        role_type: ShowAgencyRoleType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowAgencyResponse:
        """Show the agency of the project

        查询委托。该接口用于查询项目下委托

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_agency.asyncio(self._owner.project_id, role_type=role_type, client=self._owner.client)

    async def create_agency(
        self,
        role_type: CreateAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateAgencyResponse:
        """Create an agency

        创建委托。该接口用于创建委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_agency.asyncio(self._owner.project_id, role_type, client=self._owner.client)

    async def delete_agency(
        self,
        role_type: DeleteAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an agency

        删除委托。该接口用于删除项目下委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_agency.asyncio(self._owner.project_id, role_type, client=self._owner.client)


class AsyncAgenciesWithRawResponse:
    """Operations of tag `agencies` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def show_agency(
        self,
        *,
        role_type: ShowAgencyRoleType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the agency of the project

        查询委托。该接口用于查询项目下委托

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_agency._get_kwargs(self._owner.project_id, role_type=role_type)
            )

    async def create_agency(
        self,
        role_type: CreateAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create an agency

        创建委托。该接口用于创建委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_agency._get_kwargs(self._owner.project_id, role_type)
            )

    async def delete_agency(
        self,
        role_type: DeleteAgencyRoleType,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete an agency

        删除委托。该接口用于删除项目下委托。

        Args:
            role_type: 委托授权类型 • CBS:对话机器人服务(CBS)访客 • SIS:语音交互服务(SIS)调用
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_agency._get_kwargs(self._owner.project_id, role_type)
            )
