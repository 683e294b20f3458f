from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_knowledge_intent_request import CreateKnowledgeIntentRequest
from ...models.create_knowledge_intent_response import CreateKnowledgeIntentResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateKnowledgeIntentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/digital-human-chat/knowledge/intent".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateKnowledgeIntentResponse | None:
    if response.status_code == 200:
        response_200 = CreateKnowledgeIntentResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateKnowledgeIntentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateKnowledgeIntentResponse]) -> CreateKnowledgeIntentResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeIntentRequest,
) -> Response[CreateKnowledgeIntentResponse]:
    """Create a knowledge base intent

     创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

    Args:
        project_id (str):
        body (CreateKnowledgeIntentRequest): 表 7-246 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKnowledgeIntentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeIntentRequest,
) -> CreateKnowledgeIntentResponse:
    """Create a knowledge base intent

     创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

    Args:
        project_id (str):
        body (CreateKnowledgeIntentRequest): 表 7-246 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKnowledgeIntentResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeIntentRequest,
) -> Response[CreateKnowledgeIntentResponse]:
    """Create a knowledge base intent

     创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

    Args:
        project_id (str):
        body (CreateKnowledgeIntentRequest): 表 7-246 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKnowledgeIntentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeIntentRequest,
) -> CreateKnowledgeIntentResponse:
    """Create a knowledge base intent

     创建知识库意图。该接口用于创建知识库意图。一个意图包含一个主题，一个答案，若干个问法等。

    Args:
        project_id (str):
        body (CreateKnowledgeIntentRequest): 表 7-246 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKnowledgeIntentResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )
