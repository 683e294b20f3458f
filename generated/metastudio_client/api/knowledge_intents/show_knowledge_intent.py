from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_knowledge_intent_response import ShowKnowledgeIntentResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    intent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-chat/knowledge/intent/{intent_id}".format(
            project_id=quote(str(project_id), safe=""),
            intent_id=quote(str(intent_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShowKnowledgeIntentResponse | None:
    if response.status_code == 200:
        response_200 = ShowKnowledgeIntentResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShowKnowledgeIntentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowKnowledgeIntentResponse]) -> ShowKnowledgeIntentResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    intent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowKnowledgeIntentResponse]:
    """Show a knowledge base intent

     查询知识库意图详情。该接口用于查询知识库意图详情。

    Args:
        project_id (str):
        intent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowKnowledgeIntentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        intent_id=intent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    intent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowKnowledgeIntentResponse:
    """Show a knowledge base intent

     查询知识库意图详情。该接口用于查询知识库意图详情。

    Args:
        project_id (str):
        intent_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowKnowledgeIntentResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            intent_id=intent_id,
            client=client,
        )
    )


async def asyncio_detailed(
    project_id: str,
    intent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowKnowledgeIntentResponse]:
    """Show a knowledge base intent

     查询知识库意图详情。该接口用于查询知识库意图详情。

    Args:
        project_id (str):
        intent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowKnowledgeIntentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        intent_id=intent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    intent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowKnowledgeIntentResponse:
    """Show a knowledge base intent

     查询知识库意图详情。该接口用于查询知识库意图详情。

    Args:
        project_id (str):
        intent_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowKnowledgeIntentResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            intent_id=intent_id,
            client=client,
        )
    )
