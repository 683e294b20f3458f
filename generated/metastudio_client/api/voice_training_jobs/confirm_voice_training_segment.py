from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirm_voice_training_segment_response import ConfirmVoiceTrainingSegmentResponse
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    *,
    job_id: str,
    index: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params["index"] = index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/voice-training-manage/user/training-segment".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfirmVoiceTrainingSegmentResponse | None:
    if response.status_code == 200:
        response_200 = ConfirmVoiceTrainingSegmentResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfirmVoiceTrainingSegmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConfirmVoiceTrainingSegmentResponse]) -> ConfirmVoiceTrainingSegmentResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    index: int,
) -> Response[ConfirmVoiceTrainingSegmentResponse]:
    """Confirm an online recording segment

     确认在线录音结果。

    Args:
        project_id (str):
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmVoiceTrainingSegmentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        index=index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    index: int,
) -> ConfirmVoiceTrainingSegmentResponse:
    """Confirm an online recording segment

     确认在线录音结果。

    Args:
        project_id (str):
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmVoiceTrainingSegmentResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            job_id=job_id,
            index=index,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    index: int,
) -> Response[ConfirmVoiceTrainingSegmentResponse]:
    """Confirm an online recording segment

     确认在线录音结果。

    Args:
        project_id (str):
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmVoiceTrainingSegmentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        index=index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    index: int,
) -> ConfirmVoiceTrainingSegmentResponse:
    """Confirm an online recording segment

     确认在线录音结果。

    Args:
        project_id (str):
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmVoiceTrainingSegmentResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            job_id=job_id,
            index=index,
        )
    )
