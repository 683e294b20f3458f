from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_hot_words_record_response import ShowHotWordsRecordResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    hot_words_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-chat/hot-words/{hot_words_id}".format(
            project_id=quote(str(project_id), safe=""),
            hot_words_id=quote(str(hot_words_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShowHotWordsRecordResponse | None:
    if response.status_code == 200:
        response_200 = ShowHotWordsRecordResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShowHotWordsRecordResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowHotWordsRecordResponse]) -> ShowHotWordsRecordResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    hot_words_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowHotWordsRecordResponse]:
    """Show a hot words record

     查询配置热词记录详情。该接口用于查询热词记录详情。

    Args:
        project_id (str):
        hot_words_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowHotWordsRecordResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        hot_words_id=hot_words_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    hot_words_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowHotWordsRecordResponse:
    """Show a hot words record

     查询配置热词记录详情。该接口用于查询热词记录详情。

    Args:
        project_id (str):
        hot_words_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowHotWordsRecordResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            hot_words_id=hot_words_id,
            client=client,
        )
    )


async def asyncio_detailed(
    project_id: str,
    hot_words_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowHotWordsRecordResponse]:
    """Show a hot words record

     查询配置热词记录详情。该接口用于查询热词记录详情。

    Args:
        project_id (str):
        hot_words_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowHotWordsRecordResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        hot_words_id=hot_words_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    hot_words_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowHotWordsRecordResponse:
    """Show a hot words record

     查询配置热词记录详情。该接口用于查询热词记录详情。

    Args:
        project_id (str):
        hot_words_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowHotWordsRecordResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            hot_words_id=hot_words_id,
            client=client,
        )
    )
