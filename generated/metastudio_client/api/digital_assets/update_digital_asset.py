from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_digital_asset_request import UpdateDigitalAssetRequest
from ...models.update_digital_asset_response import UpdateDigitalAssetResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    asset_id: str,
    *,
    body: UpdateDigitalAssetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/digital-assets/{asset_id}".format(
            project_id=quote(str(project_id), safe=""),
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateDigitalAssetResponse | None:
    if response.status_code == 200:
        response_200 = UpdateDigitalAssetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateDigitalAssetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[UpdateDigitalAssetResponse]) -> UpdateDigitalAssetResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDigitalAssetRequest,
) -> Response[UpdateDigitalAssetResponse]:
    """Update a digital asset

     该接口用于更新资产库中的媒体资产信息。

    Args:
        project_id (str):
        asset_id (str):
        body (UpdateDigitalAssetRequest): 表 4-61 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDigitalAssetResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        asset_id=asset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDigitalAssetRequest,
) -> UpdateDigitalAssetResponse:
    """Update a digital asset

     该接口用于更新资产库中的媒体资产信息。

    Args:
        project_id (str):
        asset_id (str):
        body (UpdateDigitalAssetRequest): 表 4-61 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDigitalAssetResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            asset_id=asset_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDigitalAssetRequest,
) -> Response[UpdateDigitalAssetResponse]:
    """Update a digital asset

     该接口用于更新资产库中的媒体资产信息。

    Args:
        project_id (str):
        asset_id (str):
        body (UpdateDigitalAssetRequest): 表 4-61 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDigitalAssetResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        asset_id=asset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDigitalAssetRequest,
) -> UpdateDigitalAssetResponse:
    """Update a digital asset

     该接口用于更新资产库中的媒体资产信息。

    Args:
        project_id (str):
        asset_id (str):
        body (UpdateDigitalAssetRequest): 表 4-61 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDigitalAssetResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            asset_id=asset_id,
            client=client,
            body=body,
        )
    )
