import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_smart_live_rooms_response import ListSmartLiveRoomsResponse
from ...models.list_smart_live_rooms_room_type import ListSmartLiveRoomsRoomType
from ...models.list_smart_live_rooms_template_own_type import ListSmartLiveRoomsTemplateOwnType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    room_name: str | Unset = UNSET,
    dh_id: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
    live_state: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
    template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["room_name"] = room_name

    params["dh_id"] = dh_id

    params["model_name"] = model_name

    params["live_state"] = live_state

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    json_room_type: str | Unset = UNSET
    if not isinstance(room_type, Unset):
        json_room_type = room_type.value

    params["room_type"] = json_room_type

    json_template_own_type: str | Unset = UNSET
    if not isinstance(template_own_type, Unset):
        json_template_own_type = template_own_type.value

    params["template_own_type"] = json_template_own_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/smart-live-rooms".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSmartLiveRoomsResponse | None:
    if response.status_code == 200:
        response_200 = ListSmartLiveRoomsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListSmartLiveRoomsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListSmartLiveRoomsResponse]) -> ListSmartLiveRoomsResponse:
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
    room_name: str | Unset = UNSET,
    dh_id: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
    live_state: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
    template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
) -> Response[ListSmartLiveRoomsResponse]:
    """List smart live rooms

     该接口用于智能直播间列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_name (str | Unset):
        dh_id (str | Unset):
        model_name (str | Unset):
        live_state (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        room_type (ListSmartLiveRoomsRoomType | Unset):
        template_own_type (ListSmartLiveRoomsTemplateOwnType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSmartLiveRoomsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        room_name=room_name,
        dh_id=dh_id,
        model_name=model_name,
        live_state=live_state,
        start_time=start_time,
        end_time=end_time,
        room_type=room_type,
        template_own_type=template_own_type,
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
    room_name: str | Unset = UNSET,
    dh_id: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
    live_state: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
    template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
) -> ListSmartLiveRoomsResponse:
    """List smart live rooms

     该接口用于智能直播间列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_name (str | Unset):
        dh_id (str | Unset):
        model_name (str | Unset):
        live_state (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        room_type (ListSmartLiveRoomsRoomType | Unset):
        template_own_type (ListSmartLiveRoomsTemplateOwnType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSmartLiveRoomsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            room_name=room_name,
            dh_id=dh_id,
            model_name=model_name,
            live_state=live_state,
            start_time=start_time,
            end_time=end_time,
            room_type=room_type,
            template_own_type=template_own_type,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    room_name: str | Unset = UNSET,
    dh_id: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
    live_state: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
    template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
) -> Response[ListSmartLiveRoomsResponse]:
    """List smart live rooms

     该接口用于智能直播间列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_name (str | Unset):
        dh_id (str | Unset):
        model_name (str | Unset):
        live_state (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        room_type (ListSmartLiveRoomsRoomType | Unset):
        template_own_type (ListSmartLiveRoomsTemplateOwnType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSmartLiveRoomsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        room_name=room_name,
        dh_id=dh_id,
        model_name=model_name,
        live_state=live_state,
        start_time=start_time,
        end_time=end_time,
        room_type=room_type,
        template_own_type=template_own_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    room_name: str | Unset = UNSET,
    dh_id: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
    live_state: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    room_type: ListSmartLiveRoomsRoomType | Unset = UNSET,
    template_own_type: ListSmartLiveRoomsTemplateOwnType | Unset = UNSET,
) -> ListSmartLiveRoomsResponse:
    """List smart live rooms

     该接口用于智能直播间列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_name (str | Unset):
        dh_id (str | Unset):
        model_name (str | Unset):
        live_state (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        room_type (ListSmartLiveRoomsRoomType | Unset):
        template_own_type (ListSmartLiveRoomsTemplateOwnType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSmartLiveRoomsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            room_name=room_name,
            dh_id=dh_id,
            model_name=model_name,
            live_state=live_state,
            start_time=start_time,
            end_time=end_time,
            room_type=room_type,
            template_own_type=template_own_type,
        )
    )
