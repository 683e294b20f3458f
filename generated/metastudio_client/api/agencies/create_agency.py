from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agency_response import CreateAgencyResponse
from ...models.create_agency_role_type import CreateAgencyRoleType
from ...types import Response


def _get_kwargs(
    project_id: str,
    role_type: CreateAgencyRoleType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/digital-human-chat/agency/{role_type}".format(
            project_id=quote(str(project_id), safe=""),
            role_type=quote(str(role_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateAgencyResponse | None:
    if response.status_code == 200:
        response_200 = CreateAgencyResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgencyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateAgencyResponse]) -> CreateAgencyResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    role_type: CreateAgencyRoleType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreateAgencyResponse]:
    """Create an agency

     创建委托。该接口用于创建委托。

    Args:
        project_id (str):
        role_type (CreateAgencyRoleType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgencyResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        role_type=role_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    role_type: CreateAgencyRoleType,
    *,
    client: AuthenticatedClient | Client,
) -> CreateAgencyResponse:
    """Create an agency

     创建委托。该接口用于创建委托。

    Args:
        project_id (str):
        role_type (CreateAgencyRoleType):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgencyResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            role_type=role_type,
            client=client,
        )
    )


async def asyncio_detailed(
    project_id: str,
    role_type: CreateAgencyRoleType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreateAgencyResponse]:
    """Create an agency

     创建委托。该接口用于创建委托。

    Args:
        project_id (str):
        role_type (CreateAgencyRoleType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgencyResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        role_type=role_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    role_type: CreateAgencyRoleType,
    *,
    client: AuthenticatedClient | Client,
) -> CreateAgencyResponse:
    """Create an agency

     创建委托。该接口用于创建委托。

    Args:
        project_id (str):
        role_type (CreateAgencyRoleType):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgencyResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            role_type=role_type,
            client=client,
        )
    )
