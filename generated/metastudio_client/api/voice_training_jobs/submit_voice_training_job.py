from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_voice_training_job_request import SubmitVoiceTrainingJobRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/voice-training-manage/user/jobs/{job_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
) -> Response[Any]:
    """Submit a voice training job

     提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

    Args:
        project_id (str):
        job_id (str):
        body (SubmitVoiceTrainingJobRequest | Unset): 表 9-27 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        body=body,
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
    body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
) -> None:
    """Submit a voice training job

     提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

    Args:
        project_id (str):
        job_id (str):
        body (SubmitVoiceTrainingJobRequest | Unset): 表 9-27 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
) -> Response[Any]:
    """Submit a voice training job

     提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

    Args:
        project_id (str):
        job_id (str):
        body (SubmitVoiceTrainingJobRequest | Unset): 表 9-27 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
) -> None:
    """Submit a voice training job

     提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

    Args:
        project_id (str):
        job_id (str):
        body (SubmitVoiceTrainingJobRequest | Unset): 表 9-27 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            body=body,
        )
    )
