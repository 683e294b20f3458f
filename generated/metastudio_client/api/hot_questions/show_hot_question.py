from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_hot_question_response import ShowHotQuestionResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    hot_question_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-chat/hot-question/{hot_question_id}".format(
            project_id=quote(str(project_id), safe=""),
            hot_question_id=quote(str(hot_question_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShowHotQuestionResponse | None:
    if response.status_code == 200:
        response_200 = ShowHotQuestionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShowHotQuestionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowHotQuestionResponse]) -> ShowHotQuestionResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    hot_question_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowHotQuestionResponse]:
    """Show a hot question

     查询热点问题详情。该接口用于查询热点问题详情。

    Args:
        project_id (str):
        hot_question_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowHotQuestionResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        hot_question_id=hot_question_id,
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
) -> ShowHotQuestionResponse:
    """Show a hot question

     查询热点问题详情。该接口用于查询热点问题详情。

    Args:
        project_id (str):
        hot_question_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowHotQuestionResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            hot_question_id=hot_question_id,
            client=client,
        )
    )


async def asyncio_detailed(
    project_id: str,
    hot_question_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowHotQuestionResponse]:
    """Show a hot question

     查询热点问题详情。该接口用于查询热点问题详情。

    Args:
        project_id (str):
        hot_question_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowHotQuestionResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        hot_question_id=hot_question_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    hot_question_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowHotQuestionResponse:
    """Show a hot question

     查询热点问题详情。该接口用于查询热点问题详情。

    Args:
        project_id (str):
        hot_question_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowHotQuestionResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            hot_question_id=hot_question_id,
            client=client,
        )
    )
