from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_agency_response import ShowAgencyResponse
from ...models.show_agency_role_type import ShowAgencyRoleType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    role_type: ShowAgencyRoleType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role_type: str | Unset = UNSET
    if not isinstance(role_type, Unset):
        json_role_type = role_type.value

    params["role_type"] = json_role_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-chat/agency".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ShowAgencyResponse | None:
    if response.status_code == 200:
        response_200 = ShowAgencyResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ShowAgencyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowAgencyResponse]) -> ShowAgencyResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    role_type: ShowAgencyRoleType | Unset = UNSET,
) -> Response[ShowAgencyResponse]:
    """Show the agency of the project

     查询委托。该接口用于查询项目下委托

    Args:
        project_id (str):
        role_type (ShowAgencyRoleType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowAgencyResponse]
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
    *,
    client: AuthenticatedClient | Client,
    role_type: ShowAgencyRoleType | Unset = UNSET,
) -> ShowAgencyResponse:
    """Show the agency of the project

     查询委托。该接口用于查询项目下委托

    Args:
        project_id (str):
        role_type (ShowAgencyRoleType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowAgencyResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            role_type=role_type,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    role_type: ShowAgencyRoleType | Unset = UNSET,
) -> Response[ShowAgencyResponse]:
    """Show the agency of the project

     查询委托。该接口用于查询项目下委托

    Args:
        project_id (str):
        role_type (ShowAgencyRoleType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowAgencyResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        role_type=role_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    role_type: ShowAgencyRoleType | Unset = UNSET,
) -> ShowAgencyResponse:
    """Show the agency of the project

     查询委托。该接口用于查询项目下委托

    Args:
        project_id (str):
        role_type (ShowAgencyRoleType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowAgencyResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            role_type=role_type,
        )
    )
