from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_hot_question_request import UpdateHotQuestionRequest
from ...models.update_hot_question_response import UpdateHotQuestionResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    hot_question_id: str,
    *,
    body: UpdateHotQuestionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/digital-human-chat/hot-question/{hot_question_id}".format(
            project_id=quote(str(project_id), safe=""),
            hot_question_id=quote(str(hot_question_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateHotQuestionResponse | None:
    if response.status_code == 200:
        response_200 = UpdateHotQuestionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateHotQuestionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[UpdateHotQuestionResponse]) -> UpdateHotQuestionResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    hot_question_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateHotQuestionRequest,
) -> Response[UpdateHotQuestionResponse]:
    """Update a hot question

     修改热点问题。该接口用于修改热点问题。

    Args:
        project_id (str):
        hot_question_id (str):
        body (UpdateHotQuestionRequest): 表 7-382 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateHotQuestionResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        hot_question_id=hot_question_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    hot_question_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateHotQuestionRequest,
) -> UpdateHotQuestionResponse:
    """Update a hot question

     修改热点问题。该接口用于修改热点问题。

    Args:
        project_id (str):
        hot_question_id (str):
        body (UpdateHotQuestionRequest): 表 7-382 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateHotQuestionResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            hot_question_id=hot_question_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    hot_question_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateHotQuestionRequest,
) -> Response[UpdateHotQuestionResponse]:
    """Update a hot question

     修改热点问题。该接口用于修改热点问题。

    Args:
        project_id (str):
        hot_question_id (str):
        body (UpdateHotQuestionRequest): 表 7-382 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateHotQuestionResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        hot_question_id=hot_question_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    hot_question_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateHotQuestionRequest,
) -> UpdateHotQuestionResponse:
    """Update a hot question

     修改热点问题。该接口用于修改热点问题。

    Args:
        project_id (str):
        hot_question_id (str):
        body (UpdateHotQuestionRequest): 表 7-382 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateHotQuestionResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            hot_question_id=hot_question_id,
            client=client,
            body=body,
        )
    )
