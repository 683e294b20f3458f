from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[File]) -> File:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: int,
) -> Response[File]:
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
        Response[File]
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
) -> File:
    """Export a knowledge base skill

     导出知识库技能。该接口用于导出知识库技能。

    Args:
        project_id (str):
        skill_id (str):
        export_type (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            skill_id=skill_id,
            client=client,
            export_type=export_type,
        )
    )


async def asyncio_detailed(
    project_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: int,
) -> Response[File]:
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
        Response[File]
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
) -> File:
    """Export a knowledge base skill

     导出知识库技能。该接口用于导出知识库技能。

    Args:
        project_id (str):
        skill_id (str):
        export_type (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            skill_id=skill_id,
            client=client,
            export_type=export_type,
        )
    )
