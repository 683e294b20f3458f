from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_advance_voice_training_job_request import CreateAdvanceVoiceTrainingJobRequest
from ...models.create_advance_voice_training_job_response import CreateAdvanceVoiceTrainingJobResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateAdvanceVoiceTrainingJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/voice-training-manage/user/advance-jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAdvanceVoiceTrainingJobResponse | None:
    if response.status_code == 200:
        response_200 = CreateAdvanceVoiceTrainingJobResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAdvanceVoiceTrainingJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateAdvanceVoiceTrainingJobResponse]) -> CreateAdvanceVoiceTrainingJobResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAdvanceVoiceTrainingJobRequest,
) -> Response[CreateAdvanceVoiceTrainingJobResponse]:
    """Create an advance-tier voice training job

     用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，
    启动审核和训练。

    Args:
        project_id (str):
        body (CreateAdvanceVoiceTrainingJobRequest): 表 9-15 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAdvanceVoiceTrainingJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAdvanceVoiceTrainingJobRequest,
) -> CreateAdvanceVoiceTrainingJobResponse:
    """Create an advance-tier voice training job

     用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，
    启动审核和训练。

    Args:
        project_id (str):
        body (CreateAdvanceVoiceTrainingJobRequest): 表 9-15 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAdvanceVoiceTrainingJobResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAdvanceVoiceTrainingJobRequest,
) -> Response[CreateAdvanceVoiceTrainingJobResponse]:
    """Create an advance-tier voice training job

     用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，
    启动审核和训练。

    Args:
        project_id (str):
        body (CreateAdvanceVoiceTrainingJobRequest): 表 9-15 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAdvanceVoiceTrainingJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAdvanceVoiceTrainingJobRequest,
) -> CreateAdvanceVoiceTrainingJobResponse:
    """Create an advance-tier voice training job

     用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，
    启动审核和训练。

    Args:
        project_id (str):
        body (CreateAdvanceVoiceTrainingJobRequest): 表 9-15 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAdvanceVoiceTrainingJobResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )
