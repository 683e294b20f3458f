from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.show_digital_asset_response import ShowDigitalAssetResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-assets/{asset_id}".format(
            project_id=quote(str(project_id), safe=""),
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ShowDigitalAssetResponse | None:
    if response.status_code == 200:
        response_200 = ShowDigitalAssetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ShowDigitalAssetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ShowDigitalAssetResponse]:
    """Show a digital asset

     该接口用于查询资产库中指定媒体资产的详情。

    Args:
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShowDigitalAssetResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        asset_id=asset_id,
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
) -> ErrorResponse | ShowDigitalAssetResponse | None:
    """Show a digital asset

     该接口用于查询资产库中指定媒体资产的详情。

    Args:
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShowDigitalAssetResponse
    """

    return sync_detailed(
        project_id=project_id,
        asset_id=asset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ShowDigitalAssetResponse]:
    """Show a digital asset

     该接口用于查询资产库中指定媒体资产的详情。

    Args:
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShowDigitalAssetResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ShowDigitalAssetResponse | None:
    """Show a digital asset

     该接口用于查询资产库中指定媒体资产的详情。

    Args:
        project_id (str):
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShowDigitalAssetResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            asset_id=asset_id,
            client=client,
        )
    ).parsed
