from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_voice_training_jobs_job_type import ListVoiceTrainingJobsJobType
from ...models.list_voice_training_jobs_response import ListVoiceTrainingJobsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["create_until"] = create_until

    params["create_since"] = create_since

    params["state"] = state

    params["job_id"] = job_id

    params["voice_name"] = voice_name

    params["tag"] = tag

    json_job_type: str | Unset = UNSET
    if not isinstance(job_type, Unset):
        json_job_type = job_type.value

    params["job_type"] = json_job_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/voice-training-manage/user/jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVoiceTrainingJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListVoiceTrainingJobsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVoiceTrainingJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListVoiceTrainingJobsResponse]) -> ListVoiceTrainingJobsResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
) -> Response[ListVoiceTrainingJobsResponse]:
    """List voice training jobs

     查询语音训练任务列表

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (str | Unset):
        job_type (ListVoiceTrainingJobsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoiceTrainingJobsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        create_until=create_until,
        create_since=create_since,
        state=state,
        job_id=job_id,
        voice_name=voice_name,
        tag=tag,
        job_type=job_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
) -> ListVoiceTrainingJobsResponse:
    """List voice training jobs

     查询语音训练任务列表

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (str | Unset):
        job_type (ListVoiceTrainingJobsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoiceTrainingJobsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            create_until=create_until,
            create_since=create_since,
            state=state,
            job_id=job_id,
            voice_name=voice_name,
            tag=tag,
            job_type=job_type,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
) -> Response[ListVoiceTrainingJobsResponse]:
    """List voice training jobs

     查询语音训练任务列表

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (str | Unset):
        job_type (ListVoiceTrainingJobsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoiceTrainingJobsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        create_until=create_until,
        create_since=create_since,
        state=state,
        job_id=job_id,
        voice_name=voice_name,
        tag=tag,
        job_type=job_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
) -> ListVoiceTrainingJobsResponse:
    """List voice training jobs

     查询语音训练任务列表

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (str | Unset):
        job_type (ListVoiceTrainingJobsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoiceTrainingJobsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            create_until=create_until,
            create_since=create_since,
            state=state,
            job_id=job_id,
            voice_name=voice_name,
            tag=tag,
            job_type=job_type,
        )
    )
