from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_hot_question_request import CreateHotQuestionRequest
from ...models.create_hot_question_response import CreateHotQuestionResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateHotQuestionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/digital-human-chat/hot-question".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateHotQuestionResponse | None:
    if response.status_code == 200:
        response_200 = CreateHotQuestionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateHotQuestionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateHotQuestionResponse]) -> CreateHotQuestionResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateHotQuestionRequest,
) -> Response[CreateHotQuestionResponse]:
    """Create a hot question

     创建热点问题。该接口用于创建热点问题。

    Args:
        project_id (str):
        body (CreateHotQuestionRequest): 表 7-364 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateHotQuestionResponse]
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
    body: CreateHotQuestionRequest,
) -> CreateHotQuestionResponse:
    """Create a hot question

     创建热点问题。该接口用于创建热点问题。

    Args:
        project_id (str):
        body (CreateHotQuestionRequest): 表 7-364 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateHotQuestionResponse
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
    body: CreateHotQuestionRequest,
) -> Response[CreateHotQuestionResponse]:
    """Create a hot question

     创建热点问题。该接口用于创建热点问题。

    Args:
        project_id (str):
        body (CreateHotQuestionRequest): 表 7-364 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateHotQuestionResponse]
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
    body: CreateHotQuestionRequest,
) -> CreateHotQuestionResponse:
    """Create a hot question

     创建热点问题。该接口用于创建热点问题。

    Args:
        project_id (str):
        body (CreateHotQuestionRequest): 表 7-364 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateHotQuestionResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )
