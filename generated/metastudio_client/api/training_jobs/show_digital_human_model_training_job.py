from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_digital_human_model_training_job_response import ShowDigitalHumanModelTrainingJobResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-training-manage/user/jobs/{job_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShowDigitalHumanModelTrainingJobResponse | None:
    if response.status_code == 200:
        response_200 = ShowDigitalHumanModelTrainingJobResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShowDigitalHumanModelTrainingJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ShowDigitalHumanModelTrainingJobResponse]) -> ShowDigitalHumanModelTrainingJobResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowDigitalHumanModelTrainingJobResponse]:
    """Show a digital human model training job

     该接口用于查询分身数字人模型训练任务详情。

    Args:
        project_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowDigitalHumanModelTrainingJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
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
) -> ShowDigitalHumanModelTrainingJobResponse:
    """Show a digital human model training job

     该接口用于查询分身数字人模型训练任务详情。

    Args:
        project_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowDigitalHumanModelTrainingJobResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
        )
    )


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShowDigitalHumanModelTrainingJobResponse]:
    """Show a digital human model training job

     该接口用于查询分身数字人模型训练任务详情。

    Args:
        project_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowDigitalHumanModelTrainingJobResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShowDigitalHumanModelTrainingJobResponse:
    """Show a digital human model training job

     该接口用于查询分身数字人模型训练任务详情。

    Args:
        project_id (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowDigitalHumanModelTrainingJobResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
        )
    )
