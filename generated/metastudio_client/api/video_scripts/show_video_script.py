from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.show_video_script_response import ShowVideoScriptResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    script_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-video-scripts/{script_id}".format(
            project_id=quote(str(project_id), safe=""),
            script_id=quote(str(script_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ShowVideoScriptResponse | None:
    if response.status_code == 200:
        response_200 = ShowVideoScriptResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ShowVideoScriptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    script_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ShowVideoScriptResponse]:
    """Show a video production script

     该接口用于查询视频制作剧本详情。

    Args:
        project_id (str):
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShowVideoScriptResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        script_id=script_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    script_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ShowVideoScriptResponse | None:
    """Show a video production script

     该接口用于查询视频制作剧本详情。

    Args:
        project_id (str):
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShowVideoScriptResponse
    """

    return sync_detailed(
        project_id=project_id,
        script_id=script_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    script_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ShowVideoScriptResponse]:
    """Show a video production script

     该接口用于查询视频制作剧本详情。

    Args:
        project_id (str):
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShowVideoScriptResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        script_id=script_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    script_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ShowVideoScriptResponse | None:
    """Show a video production script

     该接口用于查询视频制作剧本详情。

    Args:
        project_id (str):
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShowVideoScriptResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            script_id=script_id,
            client=client,
        )
    ).parsed
