from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_all_smart_live_jobs_response import ListAllSmartLiveJobsResponse
from ...models.list_all_smart_live_jobs_sort_dir import ListAllSmartLiveJobsSortDir
from ...models.list_all_smart_live_jobs_sort_key import ListAllSmartLiveJobsSortKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
    sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    room_name: str | Unset = UNSET,
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

    params["create_since"] = create_since

    params["create_until"] = create_until

    params["room_name"] = room_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/smart-live-jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAllSmartLiveJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListAllSmartLiveJobsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAllSmartLiveJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListAllSmartLiveJobsResponse]) -> ListAllSmartLiveJobsResponse:
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
    sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
    sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    room_name: str | Unset = UNSET,
) -> Response[ListAllSmartLiveJobsResponse]:
    """List all smart live jobs of the tenant

     查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListAllSmartLiveJobsSortKey | Unset):
        sort_dir (ListAllSmartLiveJobsSortDir | Unset):  Default: ListAllSmartLiveJobsSortDir.ASC.
        create_since (str | Unset):
        create_until (str | Unset):
        room_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllSmartLiveJobsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_since=create_since,
        create_until=create_until,
        room_name=room_name,
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
    sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
    sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    room_name: str | Unset = UNSET,
) -> ListAllSmartLiveJobsResponse:
    """List all smart live jobs of the tenant

     查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListAllSmartLiveJobsSortKey | Unset):
        sort_dir (ListAllSmartLiveJobsSortDir | Unset):  Default: ListAllSmartLiveJobsSortDir.ASC.
        create_since (str | Unset):
        create_until (str | Unset):
        room_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllSmartLiveJobsResponse
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
            create_since=create_since,
            create_until=create_until,
            room_name=room_name,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
    sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    room_name: str | Unset = UNSET,
) -> Response[ListAllSmartLiveJobsResponse]:
    """List all smart live jobs of the tenant

     查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListAllSmartLiveJobsSortKey | Unset):
        sort_dir (ListAllSmartLiveJobsSortDir | Unset):  Default: ListAllSmartLiveJobsSortDir.ASC.
        create_since (str | Unset):
        create_until (str | Unset):
        room_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllSmartLiveJobsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_since=create_since,
        create_until=create_until,
        room_name=room_name,
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
    sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
    sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    room_name: str | Unset = UNSET,
) -> ListAllSmartLiveJobsResponse:
    """List all smart live jobs of the tenant

     查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListAllSmartLiveJobsSortKey | Unset):
        sort_dir (ListAllSmartLiveJobsSortDir | Unset):  Default: ListAllSmartLiveJobsSortDir.ASC.
        create_since (str | Unset):
        create_until (str | Unset):
        room_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllSmartLiveJobsResponse
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
            create_since=create_since,
            create_until=create_until,
            room_name=room_name,
        )
    )
