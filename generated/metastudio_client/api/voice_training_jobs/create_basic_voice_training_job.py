from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_basic_voice_training_job_request import CreateBasicVoiceTrainingJobRequest
from ...models.create_basic_voice_training_job_response import CreateBasicVoiceTrainingJobResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateBasicVoiceTrainingJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/voice-training-manage/user/basic-jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateBasicVoiceTrainingJobResponse | None:
    if response.status_code == 200:
        response_200 = CreateBasicVoiceTrainingJobResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateBasicVoiceTrainingJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateBasicVoiceTrainingJobResponse]) -> CreateBasicVoiceTrainingJobResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateBasicVoiceTrainingJobRequest,
) -> Response[CreateBasicVoiceTrainingJobResponse]:
    """Create a basic voice training job

     用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。
    支持2种方式上传语音文件：
    语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.
    txt~19.txt。
    语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
    文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

    Args:
        project_id (str):
        body (CreateBasicVoiceTrainingJobRequest): 表 9-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBasicVoiceTrainingJobResponse]
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
    body: CreateBasicVoiceTrainingJobRequest,
) -> CreateBasicVoiceTrainingJobResponse:
    """Create a basic voice training job

     用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。
    支持2种方式上传语音文件：
    语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.
    txt~19.txt。
    语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
    文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

    Args:
        project_id (str):
        body (CreateBasicVoiceTrainingJobRequest): 表 9-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBasicVoiceTrainingJobResponse
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
    body: CreateBasicVoiceTrainingJobRequest,
) -> Response[CreateBasicVoiceTrainingJobResponse]:
    """Create a basic voice training job

     用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。
    支持2种方式上传语音文件：
    语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.
    txt~19.txt。
    语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
    文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

    Args:
        project_id (str):
        body (CreateBasicVoiceTrainingJobRequest): 表 9-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBasicVoiceTrainingJobResponse]
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
    body: CreateBasicVoiceTrainingJobRequest,
) -> CreateBasicVoiceTrainingJobResponse:
    """Create a basic voice training job

     用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。
    支持2种方式上传语音文件：
    语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.
    txt~19.txt。
    语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
    文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

    Args:
        project_id (str):
        body (CreateBasicVoiceTrainingJobRequest): 表 9-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBasicVoiceTrainingJobResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )
