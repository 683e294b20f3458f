from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_tts_audition_file_response import ShowTtsAuditionFileResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-Id"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/ttsc/audition-file/{job_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShowTtsAuditionFileResponse | None:
    if response.status_code == 200:
        response_200 = ShowTtsAuditionFileResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShowTtsAuditionFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowTtsAuditionFileResponse]) -> ShowTtsAuditionFileResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> Response[ShowTtsAuditionFileResponse]:
    """Get the TTS audition files

     该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

    Args:
        project_id (str):
        job_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowTtsAuditionFileResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> ShowTtsAuditionFileResponse:
    """Get the TTS audition files

     该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

    Args:
        project_id (str):
        job_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowTtsAuditionFileResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            x_request_id=x_request_id,
        )
    )


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> Response[ShowTtsAuditionFileResponse]:
    """Get the TTS audition files

     该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

    Args:
        project_id (str):
        job_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowTtsAuditionFileResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
) -> ShowTtsAuditionFileResponse:
    """Get the TTS audition files

     该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

    Args:
        project_id (str):
        job_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowTtsAuditionFileResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            x_request_id=x_request_id,
        )
    )
