from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_digital_human_model_training_jobs_response import ListDigitalHumanModelTrainingJobsResponse
from ...models.list_digital_human_model_training_jobs_sort_dir import ListDigitalHumanModelTrainingJobsSortDir
from ...models.list_digital_human_model_training_jobs_sort_key import ListDigitalHumanModelTrainingJobsSortKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    query_project_id: str | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    model_resolution: str | Unset = UNSET,
    is_flexus: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key.value

    params["sort_key"] = json_sort_key

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    params["create_until"] = create_until

    params["create_since"] = create_since

    params["state"] = state

    params["query_project_id"] = query_project_id

    params["batch_name"] = batch_name

    params["tag"] = tag

    params["job_id"] = job_id

    params["name"] = name

    params["model_resolution"] = model_resolution

    params["is_flexus"] = is_flexus

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-training-manage/user/jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListDigitalHumanModelTrainingJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListDigitalHumanModelTrainingJobsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListDigitalHumanModelTrainingJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[ListDigitalHumanModelTrainingJobsResponse],
) -> ListDigitalHumanModelTrainingJobsResponse:
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
    sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    query_project_id: str | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    model_resolution: str | Unset = UNSET,
    is_flexus: bool | Unset = UNSET,
) -> Response[ListDigitalHumanModelTrainingJobsResponse]:
    """List digital human model training jobs

     该接口用于查询分身数字人模型训练任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_key (ListDigitalHumanModelTrainingJobsSortKey | Unset):
        sort_dir (ListDigitalHumanModelTrainingJobsSortDir | Unset):  Default:
            ListDigitalHumanModelTrainingJobsSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        query_project_id (str | Unset):
        batch_name (str | Unset):
        tag (str | Unset):
        job_id (str | Unset):
        name (str | Unset):
        model_resolution (str | Unset):
        is_flexus (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDigitalHumanModelTrainingJobsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        state=state,
        query_project_id=query_project_id,
        batch_name=batch_name,
        tag=tag,
        job_id=job_id,
        name=name,
        model_resolution=model_resolution,
        is_flexus=is_flexus,
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
    sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    query_project_id: str | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    model_resolution: str | Unset = UNSET,
    is_flexus: bool | Unset = UNSET,
) -> ListDigitalHumanModelTrainingJobsResponse:
    """List digital human model training jobs

     该接口用于查询分身数字人模型训练任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_key (ListDigitalHumanModelTrainingJobsSortKey | Unset):
        sort_dir (ListDigitalHumanModelTrainingJobsSortDir | Unset):  Default:
            ListDigitalHumanModelTrainingJobsSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        query_project_id (str | Unset):
        batch_name (str | Unset):
        tag (str | Unset):
        job_id (str | Unset):
        name (str | Unset):
        model_resolution (str | Unset):
        is_flexus (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDigitalHumanModelTrainingJobsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            sort_key=sort_key,
            sort_dir=sort_dir,
            create_until=create_until,
            create_since=create_since,
            state=state,
            query_project_id=query_project_id,
            batch_name=batch_name,
            tag=tag,
            job_id=job_id,
            name=name,
            model_resolution=model_resolution,
            is_flexus=is_flexus,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    query_project_id: str | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    model_resolution: str | Unset = UNSET,
    is_flexus: bool | Unset = UNSET,
) -> Response[ListDigitalHumanModelTrainingJobsResponse]:
    """List digital human model training jobs

     该接口用于查询分身数字人模型训练任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_key (ListDigitalHumanModelTrainingJobsSortKey | Unset):
        sort_dir (ListDigitalHumanModelTrainingJobsSortDir | Unset):  Default:
            ListDigitalHumanModelTrainingJobsSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        query_project_id (str | Unset):
        batch_name (str | Unset):
        tag (str | Unset):
        job_id (str | Unset):
        name (str | Unset):
        model_resolution (str | Unset):
        is_flexus (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDigitalHumanModelTrainingJobsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        state=state,
        query_project_id=query_project_id,
        batch_name=batch_name,
        tag=tag,
        job_id=job_id,
        name=name,
        model_resolution=model_resolution,
        is_flexus=is_flexus,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    state: str | Unset = UNSET,
    query_project_id: str | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    model_resolution: str | Unset = UNSET,
    is_flexus: bool | Unset = UNSET,
) -> ListDigitalHumanModelTrainingJobsResponse:
    """List digital human model training jobs

     该接口用于查询分身数字人模型训练任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_key (ListDigitalHumanModelTrainingJobsSortKey | Unset):
        sort_dir (ListDigitalHumanModelTrainingJobsSortDir | Unset):  Default:
            ListDigitalHumanModelTrainingJobsSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        state (str | Unset):
        query_project_id (str | Unset):
        batch_name (str | Unset):
        tag (str | Unset):
        job_id (str | Unset):
        name (str | Unset):
        model_resolution (str | Unset):
        is_flexus (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDigitalHumanModelTrainingJobsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            sort_key=sort_key,
            sort_dir=sort_dir,
            create_until=create_until,
            create_since=create_since,
            state=state,
            query_project_id=query_project_id,
            batch_name=batch_name,
            tag=tag,
            job_id=job_id,
            name=name,
            model_resolution=model_resolution,
            is_flexus=is_flexus,
        )
    )
