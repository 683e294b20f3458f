import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tenant_resources_charging_mode import ListTenantResourcesChargingMode
from ...models.list_tenant_resources_response import ListTenantResourcesResponse
from ...models.list_tenant_resources_sub_resource import ListTenantResourcesSubResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["resource"] = resource

    params["business"] = business

    params["resource_source"] = resource_source

    params["resource_id"] = resource_id

    params["order_id"] = order_id

    json_charging_mode: str | Unset = UNSET
    if not isinstance(charging_mode, Unset):
        json_charging_mode = charging_mode.value

    params["charging_mode"] = json_charging_mode

    json_resource_expire_start_time: str | Unset = UNSET
    if not isinstance(resource_expire_start_time, Unset):
        json_resource_expire_start_time = resource_expire_start_time.isoformat()
    params["resource_expire_start_time"] = json_resource_expire_start_time

    json_resource_expire_end_time: str | Unset = UNSET
    if not isinstance(resource_expire_end_time, Unset):
        json_resource_expire_end_time = resource_expire_end_time.isoformat()
    params["resource_expire_end_time"] = json_resource_expire_end_time

    json_sub_resource: str | Unset = UNSET
    if not isinstance(sub_resource, Unset):
        json_sub_resource = sub_resource.value

    params["sub_resource"] = json_sub_resource

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/tenants/resources".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTenantResourcesResponse | None:
    if response.status_code == 200:
        response_200 = ListTenantResourcesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTenantResourcesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListTenantResourcesResponse]) -> ListTenantResourcesResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ListTenantResourcesResponse]:
    """List the resources of the tenant

     查看租户资源列表。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        resource (str | Unset):
        business (str | Unset):
        resource_source (str):
        resource_id (str | Unset):
        order_id (str | Unset):
        charging_mode (ListTenantResourcesChargingMode | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):
        sub_resource (ListTenantResourcesSubResource | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTenantResourcesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
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
) -> ListTenantResourcesResponse:
    """List the resources of the tenant

     查看租户资源列表。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        resource (str | Unset):
        business (str | Unset):
        resource_source (str):
        resource_id (str | Unset):
        order_id (str | Unset):
        charging_mode (ListTenantResourcesChargingMode | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):
        sub_resource (ListTenantResourcesSubResource | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTenantResourcesResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
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


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ListTenantResourcesResponse]:
    """List the resources of the tenant

     查看租户资源列表。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        resource (str | Unset):
        business (str | Unset):
        resource_source (str):
        resource_id (str | Unset):
        order_id (str | Unset):
        charging_mode (ListTenantResourcesChargingMode | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):
        sub_resource (ListTenantResourcesSubResource | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTenantResourcesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
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
) -> ListTenantResourcesResponse:
    """List the resources of the tenant

     查看租户资源列表。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        resource (str | Unset):
        business (str | Unset):
        resource_source (str):
        resource_id (str | Unset):
        order_id (str | Unset):
        charging_mode (ListTenantResourcesChargingMode | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):
        sub_resource (ListTenantResourcesSubResource | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTenantResourcesResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
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
