import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_tenant_resources_response import CountTenantResourcesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    business: str | Unset = UNSET,
    resource_expire_start_time: datetime.datetime | Unset = UNSET,
    resource_expire_end_time: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["business"] = business

    json_resource_expire_start_time: str | Unset = UNSET
    if not isinstance(resource_expire_start_time, Unset):
        json_resource_expire_start_time = resource_expire_start_time.isoformat()
    params["resource_expire_start_time"] = json_resource_expire_start_time

    json_resource_expire_end_time: str | Unset = UNSET
    if not isinstance(resource_expire_end_time, Unset):
        json_resource_expire_end_time = resource_expire_end_time.isoformat()
    params["resource_expire_end_time"] = json_resource_expire_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/tenants/resources-count".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountTenantResourcesResponse | None:
    if response.status_code == 200:
        response_200 = CountTenantResourcesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CountTenantResourcesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CountTenantResourcesResponse]) -> CountTenantResourcesResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    business: str | Unset = UNSET,
    resource_expire_start_time: datetime.datetime | Unset = UNSET,
    resource_expire_end_time: datetime.datetime | Unset = UNSET,
) -> Response[CountTenantResourcesResponse]:
    """Count the tenant resources expiring in a time range

     统计指定时间段内即将过期的包周期与一次性资源数量。

    Args:
        project_id (str):
        business (str | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountTenantResourcesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        business=business,
        resource_expire_start_time=resource_expire_start_time,
        resource_expire_end_time=resource_expire_end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    business: str | Unset = UNSET,
    resource_expire_start_time: datetime.datetime | Unset = UNSET,
    resource_expire_end_time: datetime.datetime | Unset = UNSET,
) -> CountTenantResourcesResponse:
    """Count the tenant resources expiring in a time range

     统计指定时间段内即将过期的包周期与一次性资源数量。

    Args:
        project_id (str):
        business (str | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountTenantResourcesResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            business=business,
            resource_expire_start_time=resource_expire_start_time,
            resource_expire_end_time=resource_expire_end_time,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    business: str | Unset = UNSET,
    resource_expire_start_time: datetime.datetime | Unset = UNSET,
    resource_expire_end_time: datetime.datetime | Unset = UNSET,
) -> Response[CountTenantResourcesResponse]:
    """Count the tenant resources expiring in a time range

     统计指定时间段内即将过期的包周期与一次性资源数量。

    Args:
        project_id (str):
        business (str | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountTenantResourcesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        business=business,
        resource_expire_start_time=resource_expire_start_time,
        resource_expire_end_time=resource_expire_end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    business: str | Unset = UNSET,
    resource_expire_start_time: datetime.datetime | Unset = UNSET,
    resource_expire_end_time: datetime.datetime | Unset = UNSET,
) -> CountTenantResourcesResponse:
    """Count the tenant resources expiring in a time range

     统计指定时间段内即将过期的包周期与一次性资源数量。

    Args:
        project_id (str):
        business (str | Unset):
        resource_expire_start_time (datetime.datetime | Unset):
        resource_expire_end_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountTenantResourcesResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            business=business,
            resource_expire_start_time=resource_expire_start_time,
            resource_expire_end_time=resource_expire_end_time,
        )
    )
