from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_voice_training_job_op_logs_response import ListVoiceTrainingJobOpLogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/voice-training-manage/user/jobs/{job_id}/op-logs".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVoiceTrainingJobOpLogsResponse | None:
    if response.status_code == 200:
        response_200 = ListVoiceTrainingJobOpLogsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVoiceTrainingJobOpLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListVoiceTrainingJobOpLogsResponse]) -> ListVoiceTrainingJobOpLogsResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[ListVoiceTrainingJobOpLogsResponse]:
    """List the operation logs of a voice training job

     查询任务操作日志

    Args:
        project_id (str):
        job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoiceTrainingJobOpLogsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        offset=offset,
        limit=limit,
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> ListVoiceTrainingJobOpLogsResponse:
    """List the operation logs of a voice training job

     查询任务操作日志

    Args:
        project_id (str):
        job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoiceTrainingJobOpLogsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    )


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[ListVoiceTrainingJobOpLogsResponse]:
    """List the operation logs of a voice training job

     查询任务操作日志

    Args:
        project_id (str):
        job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoiceTrainingJobOpLogsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> ListVoiceTrainingJobOpLogsResponse:
    """List the operation logs of a voice training job

     查询任务操作日志

    Args:
        project_id (str):
        job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoiceTrainingJobOpLogsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    )
