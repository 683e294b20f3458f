"""Operations of tag `tenants`: `Tenants` (sync), `AsyncTenants` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.tenants import count_tenant_resources as _count_tenant_resources
from ..api.tenants import list_tenant_resource_usage as _list_tenant_resource_usage
from ..api.tenants import list_tenant_resources as _list_tenant_resources
from ..models.count_tenant_resources_response import CountTenantResourcesResponse
from ..models.list_tenant_resource_usage_response import ListTenantResourceUsageResponse
from ..models.list_tenant_resources_charging_mode import ListTenantResourcesChargingMode
from ..models.list_tenant_resources_response import ListTenantResourcesResponse
from ..models.list_tenant_resources_sub_resource import ListTenantResourcesSubResource
from ..models.resource_item_info import ResourceItemInfo
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncTenants", "AsyncTenantsWithRawResponse", "Tenants", "TenantsWithRawResponse"]


class Tenants:
    """Operations of tag `tenants`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "TenantsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return TenantsWithRawResponse(self._owner)

    def list_tenant_resource_usage(
        self,
        *,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTenantResourceUsageResponse:
        """List the resource usage of the tenant

        查询租户一次性和包周期（包年/包月）资源用量信息。 各种资源的计费方式请参考计费说明。

        Args:
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_tenant_resource_usage.sync(
                self._owner.project_id, resource=resource, business=business, client=self._owner.client
            )

    def list_tenant_resources(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        resource_source: str,
        resource_id: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        charging_mode: ListTenantResourcesChargingMode | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        sub_resource: ListTenantResourcesSubResource | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTenantResourcesResponse:
        """List the resources of the tenant

        查看租户资源列表。 各种资源的计费方式请参考计费说明。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_source: 资源来源,可填多个 例 如:PURCHASED,ADMIN_ALLOCATED,将返回商用资源与管理员分配资源。 • PURCHASED: 用户购买的资源 • SP_ALLOCATED: SP分配的资源 •
                ADMIN_ALLOCATED: 系统管理员分配的资源
            resource_id: 资源id。
            order_id: 订单id。
            charging_mode: 计费类型。 • PERIODIC: 包周期 • ONE_TIME: 一次性 • ON_DEMAND: 按需 计费模式。
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            sub_resource: 子资源类型。当前只有flexus套餐包存在该字段 • voice_clone_flexus: 语音克隆Flexus版 • modeling_count_2d_model_flexus: 分身数字人形象制作Flexus版
                • video_time_flexus_2d_model: 分身数字人Flexus版本视频制作
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_tenant_resources.sync(
                self._owner.project_id,
                limit=limit,
                offset=offset,
                resource=resource,
                business=business,
                resource_source=resource_source,
                resource_id=resource_id,
                order_id=order_id,
                charging_mode=charging_mode,
                resource_expire_start_time=resource_expire_start_time,
                resource_expire_end_time=resource_expire_end_time,
                sub_resource=sub_resource,
                client=self._owner.client,
            )

    def iter_list_tenant_resources(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        resource_source: str,
        resource_id: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        charging_mode: ListTenantResourcesChargingMode | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        sub_resource: ListTenantResourcesSubResource | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[ResourceItemInfo]:
        """Every item of `list_tenant_resources` (`resources`), page after page from `offset`, until `count` is reached
        or a page comes back short.

        查看租户资源列表。 各种资源的计费方式请参考计费说明。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_source: 资源来源,可填多个 例 如:PURCHASED,ADMIN_ALLOCATED,将返回商用资源与管理员分配资源。 • PURCHASED: 用户购买的资源 • SP_ALLOCATED: SP分配的资源 •
                ADMIN_ALLOCATED: 系统管理员分配的资源
            resource_id: 资源id。
            order_id: 订单id。
            charging_mode: 计费类型。 • PERIODIC: 包周期 • ONE_TIME: 一次性 • ON_DEMAND: 按需 计费模式。
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            sub_resource: 子资源类型。当前只有flexus套餐包存在该字段 • voice_clone_flexus: 语音克隆Flexus版 • modeling_count_2d_model_flexus: 分身数字人形象制作Flexus版
                • video_time_flexus_2d_model: 分身数字人Flexus版本视频制作
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_tenant_resources(
                limit=limit,
                offset=_offset,
                resource=resource,
                business=business,
                resource_source=resource_source,
                resource_id=resource_id,
                order_id=order_id,
                charging_mode=charging_mode,
                resource_expire_start_time=resource_expire_start_time,
                resource_expire_end_time=resource_expire_end_time,
                sub_resource=sub_resource,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "resources", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def count_tenant_resources(
        self,
        *,
        business: str | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountTenantResourcesResponse:
        """Count the tenant resources expiring in a time range

        统计指定时间段内即将过期的包周期与一次性资源数量。

        Args:
            business: 业务类型。可填多个用","分隔 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _count_tenant_resources.sync(
                self._owner.project_id,
                business=business,
                resource_expire_start_time=resource_expire_start_time,
                resource_expire_end_time=resource_expire_end_time,
                client=self._owner.client,
            )


class TenantsWithRawResponse:
    """Operations of tag `tenants` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_tenant_resource_usage(
        self,
        *,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the resource usage of the tenant

        查询租户一次性和包周期（包年/包月）资源用量信息。 各种资源的计费方式请参考计费说明。

        Args:
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_tenant_resource_usage._get_kwargs(self._owner.project_id, resource=resource, business=business)
            )

    def list_tenant_resources(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        resource_source: str,
        resource_id: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        charging_mode: ListTenantResourcesChargingMode | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        sub_resource: ListTenantResourcesSubResource | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the resources of the tenant

        查看租户资源列表。 各种资源的计费方式请参考计费说明。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_source: 资源来源,可填多个 例 如:PURCHASED,ADMIN_ALLOCATED,将返回商用资源与管理员分配资源。 • PURCHASED: 用户购买的资源 • SP_ALLOCATED: SP分配的资源 •
                ADMIN_ALLOCATED: 系统管理员分配的资源
            resource_id: 资源id。
            order_id: 订单id。
            charging_mode: 计费类型。 • PERIODIC: 包周期 • ONE_TIME: 一次性 • ON_DEMAND: 按需 计费模式。
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            sub_resource: 子资源类型。当前只有flexus套餐包存在该字段 • voice_clone_flexus: 语音克隆Flexus版 • modeling_count_2d_model_flexus: 分身数字人形象制作Flexus版
                • video_time_flexus_2d_model: 分身数字人Flexus版本视频制作
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_tenant_resources._get_kwargs(
                    self._owner.project_id,
                    limit=limit,
                    offset=offset,
                    resource=resource,
                    business=business,
                    resource_source=resource_source,
                    resource_id=resource_id,
                    order_id=order_id,
                    charging_mode=charging_mode,
                    resource_expire_start_time=resource_expire_start_time,
                    resource_expire_end_time=resource_expire_end_time,
                    sub_resource=sub_resource,
                )
            )

    def count_tenant_resources(
        self,
        *,
        business: str | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Count the tenant resources expiring in a time range

        统计指定时间段内即将过期的包周期与一次性资源数量。

        Args:
            business: 业务类型。可填多个用","分隔 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_count_tenant_resources._get_kwargs(
                    self._owner.project_id,
                    business=business,
                    resource_expire_start_time=resource_expire_start_time,
                    resource_expire_end_time=resource_expire_end_time,
                )
            )


class AsyncTenants:
    """Operations of tag `tenants` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncTenantsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncTenantsWithRawResponse(self._owner)

    async def list_tenant_resource_usage(
        self,
        *,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTenantResourceUsageResponse:
        """List the resource usage of the tenant

        查询租户一次性和包周期（包年/包月）资源用量信息。 各种资源的计费方式请参考计费说明。

        Args:
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_tenant_resource_usage.asyncio(
                self._owner.project_id, resource=resource, business=business, client=self._owner.client
            )

    async def list_tenant_resources(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        resource_source: str,
        resource_id: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        charging_mode: ListTenantResourcesChargingMode | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        sub_resource: ListTenantResourcesSubResource | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTenantResourcesResponse:
        """List the resources of the tenant

        查看租户资源列表。 各种资源的计费方式请参考计费说明。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_source: 资源来源,可填多个 例 如:PURCHASED,ADMIN_ALLOCATED,将返回商用资源与管理员分配资源。 • PURCHASED: 用户购买的资源 • SP_ALLOCATED: SP分配的资源 •
                ADMIN_ALLOCATED: 系统管理员分配的资源
            resource_id: 资源id。
            order_id: 订单id。
            charging_mode: 计费类型。 • PERIODIC: 包周期 • ONE_TIME: 一次性 • ON_DEMAND: 按需 计费模式。
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            sub_resource: 子资源类型。当前只有flexus套餐包存在该字段 • voice_clone_flexus: 语音克隆Flexus版 • modeling_count_2d_model_flexus: 分身数字人形象制作Flexus版
                • video_time_flexus_2d_model: 分身数字人Flexus版本视频制作
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_tenant_resources.asyncio(
                self._owner.project_id,
                limit=limit,
                offset=offset,
                resource=resource,
                business=business,
                resource_source=resource_source,
                resource_id=resource_id,
                order_id=order_id,
                charging_mode=charging_mode,
                resource_expire_start_time=resource_expire_start_time,
                resource_expire_end_time=resource_expire_end_time,
                sub_resource=sub_resource,
                client=self._owner.client,
            )

    async def iter_list_tenant_resources(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        resource_source: str,
        resource_id: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        charging_mode: ListTenantResourcesChargingMode | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        sub_resource: ListTenantResourcesSubResource | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[ResourceItemInfo]:
        """Every item of `list_tenant_resources` (`resources`), page after page from `offset`, until `count` is reached
        or a page comes back short.

        查看租户资源列表。 各种资源的计费方式请参考计费说明。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_source: 资源来源,可填多个 例 如:PURCHASED,ADMIN_ALLOCATED,将返回商用资源与管理员分配资源。 • PURCHASED: 用户购买的资源 • SP_ALLOCATED: SP分配的资源 •
                ADMIN_ALLOCATED: 系统管理员分配的资源
            resource_id: 资源id。
            order_id: 订单id。
            charging_mode: 计费类型。 • PERIODIC: 包周期 • ONE_TIME: 一次性 • ON_DEMAND: 按需 计费模式。
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            sub_resource: 子资源类型。当前只有flexus套餐包存在该字段 • voice_clone_flexus: 语音克隆Flexus版 • modeling_count_2d_model_flexus: 分身数字人形象制作Flexus版
                • video_time_flexus_2d_model: 分身数字人Flexus版本视频制作
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_tenant_resources(
                limit=limit,
                offset=_offset,
                resource=resource,
                business=business,
                resource_source=resource_source,
                resource_id=resource_id,
                order_id=order_id,
                charging_mode=charging_mode,
                resource_expire_start_time=resource_expire_start_time,
                resource_expire_end_time=resource_expire_end_time,
                sub_resource=sub_resource,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "resources", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def count_tenant_resources(
        self,
        *,
        business: str | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountTenantResourcesResponse:
        """Count the tenant resources expiring in a time range

        统计指定时间段内即将过期的包周期与一次性资源数量。

        Args:
            business: 业务类型。可填多个用","分隔 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _count_tenant_resources.asyncio(
                self._owner.project_id,
                business=business,
                resource_expire_start_time=resource_expire_start_time,
                resource_expire_end_time=resource_expire_end_time,
                client=self._owner.client,
            )


class AsyncTenantsWithRawResponse:
    """Operations of tag `tenants` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_tenant_resource_usage(
        self,
        *,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the resource usage of the tenant

        查询租户一次性和包周期（包年/包月）资源用量信息。 各种资源的计费方式请参考计费说明。

        Args:
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_tenant_resource_usage._get_kwargs(self._owner.project_id, resource=resource, business=business)
            )

    async def list_tenant_resources(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        resource: str | Unset = UNSET,
        business: str | Unset = UNSET,
        resource_source: str,
        resource_id: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        charging_mode: ListTenantResourcesChargingMode | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        sub_resource: ListTenantResourcesSubResource | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the resources of the tenant

        查看租户资源列表。 各种资源的计费方式请参考计费说明。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            resource: 资源类型。可填多个，用","分隔。详见 资源类型 。
            business: 业务类型。可填多个，用","分隔。 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_source: 资源来源,可填多个 例 如:PURCHASED,ADMIN_ALLOCATED,将返回商用资源与管理员分配资源。 • PURCHASED: 用户购买的资源 • SP_ALLOCATED: SP分配的资源 •
                ADMIN_ALLOCATED: 系统管理员分配的资源
            resource_id: 资源id。
            order_id: 订单id。
            charging_mode: 计费类型。 • PERIODIC: 包周期 • ONE_TIME: 一次性 • ON_DEMAND: 按需 计费模式。
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            sub_resource: 子资源类型。当前只有flexus套餐包存在该字段 • voice_clone_flexus: 语音克隆Flexus版 • modeling_count_2d_model_flexus: 分身数字人形象制作Flexus版
                • video_time_flexus_2d_model: 分身数字人Flexus版本视频制作
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_tenant_resources._get_kwargs(
                    self._owner.project_id,
                    limit=limit,
                    offset=offset,
                    resource=resource,
                    business=business,
                    resource_source=resource_source,
                    resource_id=resource_id,
                    order_id=order_id,
                    charging_mode=charging_mode,
                    resource_expire_start_time=resource_expire_start_time,
                    resource_expire_end_time=resource_expire_end_time,
                    sub_resource=sub_resource,
                )
            )

    async def count_tenant_resources(
        self,
        *,
        business: str | Unset = UNSET,
        resource_expire_start_time: datetime.datetime | Unset = UNSET,
        resource_expire_end_time: datetime.datetime | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Count the tenant resources expiring in a time range

        统计指定时间段内即将过期的包周期与一次性资源数量。

        Args:
            business: 业务类型。可填多个用","分隔 • VOICE_CLONE: 声音制作 • SYNTHETICS_SOUND: 声音合成 • ASSET_MANAGER: 资产管理 • MODELING_2D: 形象制作 •
                LIVE_2D: 分身数字人视频直播 • VIDEO_2D: 分身数字人视频制作 • CHAT_2D: 分身数字人智能交互 • BUSINESS_CARD_2D: 分身数字人名片 •
                PICTURE_2D: 照片数字人视频 • MODELING_3D: 3D照片建模 • VDS_3D: 3D视觉驱动 • TTSA_3D: 3D语音驱动 • FLEXUS_2D:
                FLEXUS版本资源
            resource_expire_start_time: 资源过期时间段 开始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            resource_expire_end_time: 资源过期时间段 结束时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_count_tenant_resources._get_kwargs(
                    self._owner.project_id,
                    business=business,
                    resource_expire_start_time=resource_expire_start_time,
                    resource_expire_end_time=resource_expire_end_time,
                )
            )
