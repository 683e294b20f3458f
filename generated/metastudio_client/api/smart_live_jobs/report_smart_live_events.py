from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.report_smart_live_events_request import ReportSmartLiveEventsRequest
from ...models.report_smart_live_events_response import ReportSmartLiveEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    body: ReportSmartLiveEventsRequest,
    auth_key: str | Unset = UNSET,
    expires_time: int | Unset = UNSET,
    refresh_url: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["auth_key"] = auth_key

    params["expires_time"] = expires_time

    params["refresh_url"] = refresh_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}/live-event-report".format(
            project_id=quote(str(project_id), safe=""),
            room_id=quote(str(room_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReportSmartLiveEventsResponse | None:
    if response.status_code == 200:
        response_200 = ReportSmartLiveEventsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReportSmartLiveEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ReportSmartLiveEventsResponse]) -> ReportSmartLiveEventsResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReportSmartLiveEventsRequest,
    auth_key: str | Unset = UNSET,
    expires_time: int | Unset = UNSET,
    refresh_url: bool | Unset = UNSET,
) -> Response[ReportSmartLiveEventsResponse]:
    """Report live room events to a smart live job

     上报直播间事件。该接口用于上报直播间事件。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):
        auth_key (str | Unset):
        expires_time (int | Unset):
        refresh_url (bool | Unset):
        body (ReportSmartLiveEventsRequest): 表 6-341 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReportSmartLiveEventsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        job_id=job_id,
        body=body,
        auth_key=auth_key,
        expires_time=expires_time,
        refresh_url=refresh_url,
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
    body: ReportSmartLiveEventsRequest,
    auth_key: str | Unset = UNSET,
    expires_time: int | Unset = UNSET,
    refresh_url: bool | Unset = UNSET,
) -> ReportSmartLiveEventsResponse:
    """Report live room events to a smart live job

     上报直播间事件。该接口用于上报直播间事件。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):
        auth_key (str | Unset):
        expires_time (int | Unset):
        refresh_url (bool | Unset):
        body (ReportSmartLiveEventsRequest): 表 6-341 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReportSmartLiveEventsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            room_id=room_id,
            job_id=job_id,
            client=client,
            body=body,
            auth_key=auth_key,
            expires_time=expires_time,
            refresh_url=refresh_url,
        )
    )


async def asyncio_detailed(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReportSmartLiveEventsRequest,
    auth_key: str | Unset = UNSET,
    expires_time: int | Unset = UNSET,
    refresh_url: bool | Unset = UNSET,
) -> Response[ReportSmartLiveEventsResponse]:
    """Report live room events to a smart live job

     上报直播间事件。该接口用于上报直播间事件。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):
        auth_key (str | Unset):
        expires_time (int | Unset):
        refresh_url (bool | Unset):
        body (ReportSmartLiveEventsRequest): 表 6-341 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReportSmartLiveEventsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        room_id=room_id,
        job_id=job_id,
        body=body,
        auth_key=auth_key,
        expires_time=expires_time,
        refresh_url=refresh_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    room_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReportSmartLiveEventsRequest,
    auth_key: str | Unset = UNSET,
    expires_time: int | Unset = UNSET,
    refresh_url: bool | Unset = UNSET,
) -> ReportSmartLiveEventsResponse:
    """Report live room events to a smart live job

     上报直播间事件。该接口用于上报直播间事件。

    Args:
        project_id (str):
        room_id (str):
        job_id (str):
        auth_key (str | Unset):
        expires_time (int | Unset):
        refresh_url (bool | Unset):
        body (ReportSmartLiveEventsRequest): 表 6-341 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReportSmartLiveEventsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            room_id=room_id,
            job_id=job_id,
            client=client,
            body=body,
            auth_key=auth_key,
            expires_time=expires_time,
            refresh_url=refresh_url,
        )
    )
