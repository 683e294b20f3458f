from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    project_id: str,
    room_id: str,
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/digital-human-chat/smart-chat-rooms/{room_id}/smart-chat-jobs/{job_id}/stop".format(
            project_id=quote(str(project_id), safe=""),
            room_id=quote(str(room_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any]) -> None:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if not 200 <= response.status_code <= 200:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def sync_detailed(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Stop a smart chat job

     结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Stop a smart chat job

     结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            room_id=room_id,
            job_id=job_id,
            client=client,
        )
    )


async def asyncio_detailed(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Stop a smart chat job

     结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Stop a smart chat job

     结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            room_id=room_id,
            job_id=job_id,
            client=client,
        )
    )
