from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_knowledge_skill_request import CreateKnowledgeSkillRequest
from ...models.create_knowledge_skill_response import CreateKnowledgeSkillResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateKnowledgeSkillRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/digital-human-chat/knowledge/skill".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateKnowledgeSkillResponse | None:
    if response.status_code == 200:
        response_200 = CreateKnowledgeSkillResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateKnowledgeSkillResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateKnowledgeSkillResponse]) -> CreateKnowledgeSkillResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeSkillRequest,
) -> Response[CreateKnowledgeSkillResponse]:
    """Create a knowledge base skill

     创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

    Args:
        project_id (str):
        body (CreateKnowledgeSkillRequest): 表 7-212 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKnowledgeSkillResponse]
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
    body: CreateKnowledgeSkillRequest,
) -> CreateKnowledgeSkillResponse:
    """Create a knowledge base skill

     创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

    Args:
        project_id (str):
        body (CreateKnowledgeSkillRequest): 表 7-212 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKnowledgeSkillResponse
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
    body: CreateKnowledgeSkillRequest,
) -> Response[CreateKnowledgeSkillResponse]:
    """Create a knowledge base skill

     创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

    Args:
        project_id (str):
        body (CreateKnowledgeSkillRequest): 表 7-212 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKnowledgeSkillResponse]
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
    body: CreateKnowledgeSkillRequest,
) -> CreateKnowledgeSkillResponse:
    """Create a knowledge base skill

     创建知识库技能。该接口用于创建知识库技能。一个技能用于特定场景的交互问答，包含若干个意图等。

    Args:
        project_id (str):
        body (CreateKnowledgeSkillRequest): 表 7-212 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKnowledgeSkillResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )
