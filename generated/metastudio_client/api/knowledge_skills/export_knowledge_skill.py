from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response


def _get_kwargs(
    project_id: str,
    skill_id: str,
    *,
    export_type: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["export_type"] = export_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-chat/knowledge/skill/{skill_id}/export".format(
            project_id=quote(str(project_id), safe=""),
            skill_id=quote(str(skill_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: int,
) -> Response[ErrorResponse | File]:
    """Export a knowledge base skill

     导出知识库技能。该接口用于导出知识库技能。

    Args:
        project_id (str):
        skill_id (str):
        export_type (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        skill_id=skill_id,
        export_type=export_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: int,
) -> ErrorResponse | File | None:
    """Export a knowledge base skill

     导出知识库技能。该接口用于导出知识库技能。

    Args:
        project_id (str):
        skill_id (str):
        export_type (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        project_id=project_id,
        skill_id=skill_id,
        client=client,
        export_type=export_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: int,
) -> Response[ErrorResponse | File]:
    """Export a knowledge base skill

     导出知识库技能。该接口用于导出知识库技能。

    Args:
        project_id (str):
        skill_id (str):
        export_type (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        skill_id=skill_id,
        export_type=export_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: int,
) -> ErrorResponse | File | None:
    """Export a knowledge base skill

     导出知识库技能。该接口用于导出知识库技能。

    Args:
        project_id (str):
        skill_id (str):
        export_type (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            skill_id=skill_id,
            client=client,
            export_type=export_type,
        )
    ).parsed
