from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_product_response import ShowProductResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    product_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/products/{product_id}".format(
            project_id=quote(str(project_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ShowProductResponse | None:
    if response.status_code == 200:
        response_200 = ShowProductResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ShowProductResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowProductResponse]) -> ShowProductResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowProductResponse]:
    """Show a product

     查询商品详情。Show product

    Args:
        project_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowProductResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowProductResponse:
    """Show a product

     查询商品详情。Show product

    Args:
        project_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowProductResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            product_id=product_id,
            client=client,
        )
    )


async def asyncio_detailed(
    project_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowProductResponse]:
    """Show a product

     查询商品详情。Show product

    Args:
        project_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowProductResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowProductResponse:
    """Show a product

     查询商品详情。Show product

    Args:
        project_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowProductResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            product_id=product_id,
            client=client,
        )
    )
