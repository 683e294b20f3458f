from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tenant_resource_usage_response import ListTenantResourceUsageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    resource: str | Unset = UNSET,
    business: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resource"] = resource

    params["business"] = business

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/tenants/resources-usage".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTenantResourceUsageResponse | None:
    if response.status_code == 200:
        response_200 = ListTenantResourceUsageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTenantResourceUsageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListTenantResourceUsageResponse]) -> ListTenantResourceUsageResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource: str | Unset = UNSET,
    business: str | Unset = UNSET,
) -> Response[ListTenantResourceUsageResponse]:
    """List the resource usage of the tenant

     查询租户一次性和包周期（包年/包月）资源用量信息。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        resource (str | Unset):
        business (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTenantResourceUsageResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        resource=resource,
        business=business,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource: str | Unset = UNSET,
    business: str | Unset = UNSET,
) -> ListTenantResourceUsageResponse:
    """List the resource usage of the tenant

     查询租户一次性和包周期（包年/包月）资源用量信息。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        resource (str | Unset):
        business (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTenantResourceUsageResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            resource=resource,
            business=business,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource: str | Unset = UNSET,
    business: str | Unset = UNSET,
) -> Response[ListTenantResourceUsageResponse]:
    """List the resource usage of the tenant

     查询租户一次性和包周期（包年/包月）资源用量信息。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        resource (str | Unset):
        business (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTenantResourceUsageResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        resource=resource,
        business=business,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource: str | Unset = UNSET,
    business: str | Unset = UNSET,
) -> ListTenantResourceUsageResponse:
    """List the resource usage of the tenant

     查询租户一次性和包周期（包年/包月）资源用量信息。
    各种资源的计费方式请参考计费说明。

    Args:
        project_id (str):
        resource (str | Unset):
        business (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTenantResourceUsageResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            resource=resource,
            business=business,
        )
    )
