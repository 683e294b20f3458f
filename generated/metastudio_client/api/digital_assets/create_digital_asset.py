from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_digital_asset_request import CreateDigitalAssetRequest
from ...models.create_digital_asset_response import CreateDigitalAssetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: CreateDigitalAssetRequest,
    x_mss_authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_mss_authorization, Unset):
        headers["X-MSS-Authorization"] = x_mss_authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/digital-assets".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateDigitalAssetResponse | None:
    if response.status_code == 200:
        response_200 = CreateDigitalAssetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateDigitalAssetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[CreateDigitalAssetResponse]) -> CreateDigitalAssetResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDigitalAssetRequest,
    x_mss_authorization: str | Unset = UNSET,
) -> Response[CreateDigitalAssetResponse]:
    """Create a digital asset

     该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。
    说明：
    - 资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。
    - 资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。
    - MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。
    接口约束：
    - 不同资产类型主文件格式与大小约束如下
      视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
      图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
      背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
      音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

    Args:
        project_id (str):
        x_mss_authorization (str | Unset):
        body (CreateDigitalAssetRequest): 表 4-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDigitalAssetResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_mss_authorization=x_mss_authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDigitalAssetRequest,
    x_mss_authorization: str | Unset = UNSET,
) -> CreateDigitalAssetResponse:
    """Create a digital asset

     该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。
    说明：
    - 资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。
    - 资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。
    - MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。
    接口约束：
    - 不同资产类型主文件格式与大小约束如下
      视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
      图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
      背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
      音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

    Args:
        project_id (str):
        x_mss_authorization (str | Unset):
        body (CreateDigitalAssetRequest): 表 4-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDigitalAssetResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_mss_authorization=x_mss_authorization,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDigitalAssetRequest,
    x_mss_authorization: str | Unset = UNSET,
) -> Response[CreateDigitalAssetResponse]:
    """Create a digital asset

     该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。
    说明：
    - 资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。
    - 资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。
    - MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。
    接口约束：
    - 不同资产类型主文件格式与大小约束如下
      视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
      图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
      背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
      音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

    Args:
        project_id (str):
        x_mss_authorization (str | Unset):
        body (CreateDigitalAssetRequest): 表 4-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDigitalAssetResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_mss_authorization=x_mss_authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDigitalAssetRequest,
    x_mss_authorization: str | Unset = UNSET,
) -> CreateDigitalAssetResponse:
    """Create a digital asset

     该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。
    说明：
    - 资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。
    - 资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。
    - MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。
    接口约束：
    - 不同资产类型主文件格式与大小约束如下
      视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
      图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
      背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
      音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

    Args:
        project_id (str):
        x_mss_authorization (str | Unset):
        body (CreateDigitalAssetRequest): 表 4-3 请求 Body 参数

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDigitalAssetResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_mss_authorization=x_mss_authorization,
        )
    )
