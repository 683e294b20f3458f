from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_digital_human_videos_job_type import ListDigitalHumanVideosJobType
from ...models.list_digital_human_videos_response import ListDigitalHumanVideosResponse
from ...models.list_digital_human_videos_sort_dir import ListDigitalHumanVideosSortDir
from ...models.list_digital_human_videos_sort_key import ListDigitalHumanVideosSortKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["state"] = state

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

    json_fuzzy_query_field: list[str] | Unset = UNSET
    if not isinstance(fuzzy_query_field, Unset):
        json_fuzzy_query_field = fuzzy_query_field

    params["fuzzy_query_field"] = json_fuzzy_query_field

    params["script_id"] = script_id

    params["asset_name"] = asset_name

    json_job_type: str | Unset = UNSET
    if not isinstance(job_type, Unset):
        json_job_type = job_type.value

    params["job_type"] = json_job_type

    params["job_id"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-videos".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListDigitalHumanVideosResponse | None:
    if response.status_code == 200:
        response_200 = ListDigitalHumanVideosResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListDigitalHumanVideosResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListDigitalHumanVideosResponse]) -> ListDigitalHumanVideosResponse:
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
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
) -> Response[ListDigitalHumanVideosResponse]:
    """List video production jobs

     该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。
    说明：默认查询最近一个月任务记录。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideosSortKey | Unset):
        sort_dir (ListDigitalHumanVideosSortDir | Unset):  Default:
            ListDigitalHumanVideosSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideosJobType | Unset):
        job_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDigitalHumanVideosResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        fuzzy_query_field=fuzzy_query_field,
        script_id=script_id,
        asset_name=asset_name,
        job_type=job_type,
        job_id=job_id,
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
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
) -> ListDigitalHumanVideosResponse:
    """List video production jobs

     该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。
    说明：默认查询最近一个月任务记录。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideosSortKey | Unset):
        sort_dir (ListDigitalHumanVideosSortDir | Unset):  Default:
            ListDigitalHumanVideosSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideosJobType | Unset):
        job_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDigitalHumanVideosResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            state=state,
            sort_key=sort_key,
            sort_dir=sort_dir,
            create_until=create_until,
            create_since=create_since,
            fuzzy_query_field=fuzzy_query_field,
            script_id=script_id,
            asset_name=asset_name,
            job_type=job_type,
            job_id=job_id,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
) -> Response[ListDigitalHumanVideosResponse]:
    """List video production jobs

     该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。
    说明：默认查询最近一个月任务记录。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideosSortKey | Unset):
        sort_dir (ListDigitalHumanVideosSortDir | Unset):  Default:
            ListDigitalHumanVideosSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideosJobType | Unset):
        job_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDigitalHumanVideosResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        fuzzy_query_field=fuzzy_query_field,
        script_id=script_id,
        asset_name=asset_name,
        job_type=job_type,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
    create_until: str | Unset = UNSET,
    create_since: str | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
) -> ListDigitalHumanVideosResponse:
    """List video production jobs

     该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。
    说明：默认查询最近一个月任务记录。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideosSortKey | Unset):
        sort_dir (ListDigitalHumanVideosSortDir | Unset):  Default:
            ListDigitalHumanVideosSortDir.ASC.
        create_until (str | Unset):
        create_since (str | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideosJobType | Unset):
        job_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDigitalHumanVideosResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            state=state,
            sort_key=sort_key,
            sort_dir=sort_dir,
            create_until=create_until,
            create_since=create_since,
            fuzzy_query_field=fuzzy_query_field,
            script_id=script_id,
            asset_name=asset_name,
            job_type=job_type,
            job_id=job_id,
        )
    )
