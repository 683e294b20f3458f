from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_digital_human_model_training_job_request import UpdateDigitalHumanModelTrainingJobRequest
from ...models.update_digital_human_model_training_job_response import UpdateDigitalHumanModelTrainingJobResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    body: UpdateDigitalHumanModelTrainingJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/digital-human-training-manage/user/jobs/{job_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateDigitalHumanModelTrainingJobResponse | None:
    if response.status_code == 200:
        response_200 = UpdateDigitalHumanModelTrainingJobResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateDigitalHumanModelTrainingJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[UpdateDigitalHumanModelTrainingJobResponse],
) -> UpdateDigitalHumanModelTrainingJobResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDigitalHumanModelTrainingJobRequest,
) -> Response[UpdateDigitalHumanModelTrainingJobResponse]:
    """Update a digital human model training job

     该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。
    该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

    Args:
        project_id (str):
        job_id (str):
        body (UpdateDigitalHumanModelTrainingJobRequest): 表 8-40 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDigitalHumanModelTrainingJobResponse]
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
    body: UpdateDigitalHumanModelTrainingJobRequest,
) -> UpdateDigitalHumanModelTrainingJobResponse:
    """Update a digital human model training job

     该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。
    该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

    Args:
        project_id (str):
        job_id (str):
        body (UpdateDigitalHumanModelTrainingJobRequest): 表 8-40 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDigitalHumanModelTrainingJobResponse
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
    body: UpdateDigitalHumanModelTrainingJobRequest,
) -> Response[UpdateDigitalHumanModelTrainingJobResponse]:
    """Update a digital human model training job

     该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。
    该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

    Args:
        project_id (str):
        job_id (str):
        body (UpdateDigitalHumanModelTrainingJobRequest): 表 8-40 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDigitalHumanModelTrainingJobResponse]
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
    body: UpdateDigitalHumanModelTrainingJobRequest,
) -> UpdateDigitalHumanModelTrainingJobResponse:
    """Update a digital human model training job

     该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。
    该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

    Args:
        project_id (str):
        job_id (str):
        body (UpdateDigitalHumanModelTrainingJobRequest): 表 8-40 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDigitalHumanModelTrainingJobResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            body=body,
        )
    )
