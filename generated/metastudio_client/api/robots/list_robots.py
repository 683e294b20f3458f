from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_robots_response import ListRobotsResponse
from ...models.list_robots_robot_type import ListRobotsRobotType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    room_id: str | Unset = UNSET,
    robot_type: ListRobotsRobotType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["room_id"] = room_id

    json_robot_type: str | Unset = UNSET
    if not isinstance(robot_type, Unset):
        json_robot_type = robot_type.value

    params["robot_type"] = json_robot_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-chat/robot".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListRobotsResponse | None:
    if response.status_code == 200:
        response_200 = ListRobotsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListRobotsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListRobotsResponse]) -> ListRobotsResponse:
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
    room_id: str | Unset = UNSET,
    robot_type: ListRobotsRobotType | Unset = UNSET,
) -> Response[ListRobotsResponse]:
    """List chat robots (applications)

     查询应用列表。该接口用于查询应用列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_id (str | Unset):
        robot_type (ListRobotsRobotType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRobotsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        room_id=room_id,
        robot_type=robot_type,
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
    room_id: str | Unset = UNSET,
    robot_type: ListRobotsRobotType | Unset = UNSET,
) -> ListRobotsResponse:
    """List chat robots (applications)

     查询应用列表。该接口用于查询应用列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_id (str | Unset):
        robot_type (ListRobotsRobotType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRobotsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            room_id=room_id,
            robot_type=robot_type,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    room_id: str | Unset = UNSET,
    robot_type: ListRobotsRobotType | Unset = UNSET,
) -> Response[ListRobotsResponse]:
    """List chat robots (applications)

     查询应用列表。该接口用于查询应用列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_id (str | Unset):
        robot_type (ListRobotsRobotType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRobotsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        room_id=room_id,
        robot_type=robot_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    room_id: str | Unset = UNSET,
    robot_type: ListRobotsRobotType | Unset = UNSET,
) -> ListRobotsResponse:
    """List chat robots (applications)

     查询应用列表。该接口用于查询应用列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        room_id (str | Unset):
        robot_type (ListRobotsRobotType | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRobotsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            room_id=room_id,
            robot_type=robot_type,
        )
    )
