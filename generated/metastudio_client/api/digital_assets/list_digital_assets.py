import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_digital_assets_asset_source import ListDigitalAssetsAssetSource
from ...models.list_digital_assets_render_engine import ListDigitalAssetsRenderEngine
from ...models.list_digital_assets_response import ListDigitalAssetsResponse
from ...models.list_digital_assets_role import ListDigitalAssetsRole
from ...models.list_digital_assets_sort_dir import ListDigitalAssetsSortDir
from ...models.list_digital_assets_sort_key import ListDigitalAssetsSortKey
from ...models.list_digital_assets_style_id import ListDigitalAssetsStyleId
from ...models.list_digital_assets_supported_service import ListDigitalAssetsSupportedService
from ...models.list_digital_assets_tag_combination_type import ListDigitalAssetsTagCombinationType
from ...models.list_digital_assets_voice_provider import ListDigitalAssetsVoiceProvider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    tag_combination_type: ListDigitalAssetsTagCombinationType | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    asset_type: str | Unset = UNSET,
    sort_key: ListDigitalAssetsSortKey | Unset = UNSET,
    sort_dir: ListDigitalAssetsSortDir | Unset = ListDigitalAssetsSortDir.ASC,
    asset_source: ListDigitalAssetsAssetSource | Unset = ListDigitalAssetsAssetSource.CUSTOMIZATION,
    asset_state: str | Unset = UNSET,
    style_id: ListDigitalAssetsStyleId | Unset = UNSET,
    accurate_query_field: list[str] | Unset = UNSET,
    render_engine: ListDigitalAssetsRenderEngine | Unset = UNSET,
    asset_id: list[str] | Unset = UNSET,
    sex: str | Unset = UNSET,
    language: str | Unset = UNSET,
    system_property: str | Unset = UNSET,
    action_editable: bool | Unset = UNSET,
    is_with_action_library: bool | Unset = UNSET,
    is_movable: bool | Unset = UNSET,
    voice_provider: ListDigitalAssetsVoiceProvider | Unset = UNSET,
    role: ListDigitalAssetsRole | Unset = UNSET,
    is_realtime_voice: bool | Unset = UNSET,
    human_model_2d_version: str | Unset = UNSET,
    include_device_name: str | Unset = UNSET,
    exclude_device_name: str | Unset = UNSET,
    supported_service: ListDigitalAssetsSupportedService | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["name"] = name

    params["tag"] = tag

    json_tag_combination_type: str | Unset = UNSET
    if not isinstance(tag_combination_type, Unset):
        json_tag_combination_type = tag_combination_type.value

    params["tag_combination_type"] = json_tag_combination_type

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["asset_type"] = asset_type

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key.value

    params["sort_key"] = json_sort_key

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    json_asset_source: str | Unset = UNSET
    if not isinstance(asset_source, Unset):
        json_asset_source = asset_source.value

    params["asset_source"] = json_asset_source

    params["asset_state"] = asset_state

    json_style_id: str | Unset = UNSET
    if not isinstance(style_id, Unset):
        json_style_id = style_id.value

    params["style_id"] = json_style_id

    json_accurate_query_field: list[str] | Unset = UNSET
    if not isinstance(accurate_query_field, Unset):
        json_accurate_query_field = accurate_query_field

    params["accurate_query_field"] = json_accurate_query_field

    json_render_engine: str | Unset = UNSET
    if not isinstance(render_engine, Unset):
        json_render_engine = render_engine.value

    params["render_engine"] = json_render_engine

    json_asset_id: list[str] | Unset = UNSET
    if not isinstance(asset_id, Unset):
        json_asset_id = asset_id

    params["asset_id"] = json_asset_id

    params["sex"] = sex

    params["language"] = language

    params["system_property"] = system_property

    params["action_editable"] = action_editable

    params["is_with_action_library"] = is_with_action_library

    params["is_movable"] = is_movable

    json_voice_provider: str | Unset = UNSET
    if not isinstance(voice_provider, Unset):
        json_voice_provider = voice_provider.value

    params["voice_provider"] = json_voice_provider

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role.value

    params["role"] = json_role

    params["is_realtime_voice"] = is_realtime_voice

    params["human_model_2d_version"] = human_model_2d_version

    params["include_device_name"] = include_device_name

    params["exclude_device_name"] = exclude_device_name

    json_supported_service: str | Unset = UNSET
    if not isinstance(supported_service, Unset):
        json_supported_service = supported_service.value

    params["supported_service"] = json_supported_service

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-assets".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListDigitalAssetsResponse | None:
    if response.status_code == 200:
        response_200 = ListDigitalAssetsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListDigitalAssetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListDigitalAssetsResponse]) -> ListDigitalAssetsResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    tag_combination_type: ListDigitalAssetsTagCombinationType | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    asset_type: str | Unset = UNSET,
    sort_key: ListDigitalAssetsSortKey | Unset = UNSET,
    sort_dir: ListDigitalAssetsSortDir | Unset = ListDigitalAssetsSortDir.ASC,
    asset_source: ListDigitalAssetsAssetSource | Unset = ListDigitalAssetsAssetSource.CUSTOMIZATION,
    asset_state: str | Unset = UNSET,
    style_id: ListDigitalAssetsStyleId | Unset = UNSET,
    accurate_query_field: list[str] | Unset = UNSET,
    render_engine: ListDigitalAssetsRenderEngine | Unset = UNSET,
    asset_id: list[str] | Unset = UNSET,
    sex: str | Unset = UNSET,
    language: str | Unset = UNSET,
    system_property: str | Unset = UNSET,
    action_editable: bool | Unset = UNSET,
    is_with_action_library: bool | Unset = UNSET,
    is_movable: bool | Unset = UNSET,
    voice_provider: ListDigitalAssetsVoiceProvider | Unset = UNSET,
    role: ListDigitalAssetsRole | Unset = UNSET,
    is_realtime_voice: bool | Unset = UNSET,
    human_model_2d_version: str | Unset = UNSET,
    include_device_name: str | Unset = UNSET,
    exclude_device_name: str | Unset = UNSET,
    supported_service: ListDigitalAssetsSupportedService | Unset = UNSET,
) -> Response[ListDigitalAssetsResponse]:
    """List digital assets

     该接口用于查询资产库中的媒体资产列表。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        name (str | Unset):
        tag (str | Unset):
        tag_combination_type (ListDigitalAssetsTagCombinationType | Unset):  Default:
            ListDigitalAssetsTagCombinationType.UNION_SET.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        asset_type (str | Unset):
        sort_key (ListDigitalAssetsSortKey | Unset):
        sort_dir (ListDigitalAssetsSortDir | Unset):  Default: ListDigitalAssetsSortDir.ASC.
        asset_source (ListDigitalAssetsAssetSource | Unset):  Default:
            ListDigitalAssetsAssetSource.CUSTOMIZATION.
        asset_state (str | Unset):
        style_id (ListDigitalAssetsStyleId | Unset):
        accurate_query_field (list[str] | Unset):
        render_engine (ListDigitalAssetsRenderEngine | Unset):
        asset_id (list[str] | Unset):
        sex (str | Unset):
        language (str | Unset):
        system_property (str | Unset):
        action_editable (bool | Unset):
        is_with_action_library (bool | Unset):
        is_movable (bool | Unset):
        voice_provider (ListDigitalAssetsVoiceProvider | Unset):
        role (ListDigitalAssetsRole | Unset):
        is_realtime_voice (bool | Unset):
        human_model_2d_version (str | Unset):
        include_device_name (str | Unset):
        exclude_device_name (str | Unset):
        supported_service (ListDigitalAssetsSupportedService | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDigitalAssetsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        name=name,
        tag=tag,
        tag_combination_type=tag_combination_type,
        start_time=start_time,
        end_time=end_time,
        asset_type=asset_type,
        sort_key=sort_key,
        sort_dir=sort_dir,
        asset_source=asset_source,
        asset_state=asset_state,
        style_id=style_id,
        accurate_query_field=accurate_query_field,
        render_engine=render_engine,
        asset_id=asset_id,
        sex=sex,
        language=language,
        system_property=system_property,
        action_editable=action_editable,
        is_with_action_library=is_with_action_library,
        is_movable=is_movable,
        voice_provider=voice_provider,
        role=role,
        is_realtime_voice=is_realtime_voice,
        human_model_2d_version=human_model_2d_version,
        include_device_name=include_device_name,
        exclude_device_name=exclude_device_name,
        supported_service=supported_service,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    tag_combination_type: ListDigitalAssetsTagCombinationType | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    asset_type: str | Unset = UNSET,
    sort_key: ListDigitalAssetsSortKey | Unset = UNSET,
    sort_dir: ListDigitalAssetsSortDir | Unset = ListDigitalAssetsSortDir.ASC,
    asset_source: ListDigitalAssetsAssetSource | Unset = ListDigitalAssetsAssetSource.CUSTOMIZATION,
    asset_state: str | Unset = UNSET,
    style_id: ListDigitalAssetsStyleId | Unset = UNSET,
    accurate_query_field: list[str] | Unset = UNSET,
    render_engine: ListDigitalAssetsRenderEngine | Unset = UNSET,
    asset_id: list[str] | Unset = UNSET,
    sex: str | Unset = UNSET,
    language: str | Unset = UNSET,
    system_property: str | Unset = UNSET,
    action_editable: bool | Unset = UNSET,
    is_with_action_library: bool | Unset = UNSET,
    is_movable: bool | Unset = UNSET,
    voice_provider: ListDigitalAssetsVoiceProvider | Unset = UNSET,
    role: ListDigitalAssetsRole | Unset = UNSET,
    is_realtime_voice: bool | Unset = UNSET,
    human_model_2d_version: str | Unset = UNSET,
    include_device_name: str | Unset = UNSET,
    exclude_device_name: str | Unset = UNSET,
    supported_service: ListDigitalAssetsSupportedService | Unset = UNSET,
) -> ListDigitalAssetsResponse:
    """List digital assets

     该接口用于查询资产库中的媒体资产列表。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        name (str | Unset):
        tag (str | Unset):
        tag_combination_type (ListDigitalAssetsTagCombinationType | Unset):  Default:
            ListDigitalAssetsTagCombinationType.UNION_SET.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        asset_type (str | Unset):
        sort_key (ListDigitalAssetsSortKey | Unset):
        sort_dir (ListDigitalAssetsSortDir | Unset):  Default: ListDigitalAssetsSortDir.ASC.
        asset_source (ListDigitalAssetsAssetSource | Unset):  Default:
            ListDigitalAssetsAssetSource.CUSTOMIZATION.
        asset_state (str | Unset):
        style_id (ListDigitalAssetsStyleId | Unset):
        accurate_query_field (list[str] | Unset):
        render_engine (ListDigitalAssetsRenderEngine | Unset):
        asset_id (list[str] | Unset):
        sex (str | Unset):
        language (str | Unset):
        system_property (str | Unset):
        action_editable (bool | Unset):
        is_with_action_library (bool | Unset):
        is_movable (bool | Unset):
        voice_provider (ListDigitalAssetsVoiceProvider | Unset):
        role (ListDigitalAssetsRole | Unset):
        is_realtime_voice (bool | Unset):
        human_model_2d_version (str | Unset):
        include_device_name (str | Unset):
        exclude_device_name (str | Unset):
        supported_service (ListDigitalAssetsSupportedService | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDigitalAssetsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            name=name,
            tag=tag,
            tag_combination_type=tag_combination_type,
            start_time=start_time,
            end_time=end_time,
            asset_type=asset_type,
            sort_key=sort_key,
            sort_dir=sort_dir,
            asset_source=asset_source,
            asset_state=asset_state,
            style_id=style_id,
            accurate_query_field=accurate_query_field,
            render_engine=render_engine,
            asset_id=asset_id,
            sex=sex,
            language=language,
            system_property=system_property,
            action_editable=action_editable,
            is_with_action_library=is_with_action_library,
            is_movable=is_movable,
            voice_provider=voice_provider,
            role=role,
            is_realtime_voice=is_realtime_voice,
            human_model_2d_version=human_model_2d_version,
            include_device_name=include_device_name,
            exclude_device_name=exclude_device_name,
            supported_service=supported_service,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    tag_combination_type: ListDigitalAssetsTagCombinationType | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    asset_type: str | Unset = UNSET,
    sort_key: ListDigitalAssetsSortKey | Unset = UNSET,
    sort_dir: ListDigitalAssetsSortDir | Unset = ListDigitalAssetsSortDir.ASC,
    asset_source: ListDigitalAssetsAssetSource | Unset = ListDigitalAssetsAssetSource.CUSTOMIZATION,
    asset_state: str | Unset = UNSET,
    style_id: ListDigitalAssetsStyleId | Unset = UNSET,
    accurate_query_field: list[str] | Unset = UNSET,
    render_engine: ListDigitalAssetsRenderEngine | Unset = UNSET,
    asset_id: list[str] | Unset = UNSET,
    sex: str | Unset = UNSET,
    language: str | Unset = UNSET,
    system_property: str | Unset = UNSET,
    action_editable: bool | Unset = UNSET,
    is_with_action_library: bool | Unset = UNSET,
    is_movable: bool | Unset = UNSET,
    voice_provider: ListDigitalAssetsVoiceProvider | Unset = UNSET,
    role: ListDigitalAssetsRole | Unset = UNSET,
    is_realtime_voice: bool | Unset = UNSET,
    human_model_2d_version: str | Unset = UNSET,
    include_device_name: str | Unset = UNSET,
    exclude_device_name: str | Unset = UNSET,
    supported_service: ListDigitalAssetsSupportedService | Unset = UNSET,
) -> Response[ListDigitalAssetsResponse]:
    """List digital assets

     该接口用于查询资产库中的媒体资产列表。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        name (str | Unset):
        tag (str | Unset):
        tag_combination_type (ListDigitalAssetsTagCombinationType | Unset):  Default:
            ListDigitalAssetsTagCombinationType.UNION_SET.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        asset_type (str | Unset):
        sort_key (ListDigitalAssetsSortKey | Unset):
        sort_dir (ListDigitalAssetsSortDir | Unset):  Default: ListDigitalAssetsSortDir.ASC.
        asset_source (ListDigitalAssetsAssetSource | Unset):  Default:
            ListDigitalAssetsAssetSource.CUSTOMIZATION.
        asset_state (str | Unset):
        style_id (ListDigitalAssetsStyleId | Unset):
        accurate_query_field (list[str] | Unset):
        render_engine (ListDigitalAssetsRenderEngine | Unset):
        asset_id (list[str] | Unset):
        sex (str | Unset):
        language (str | Unset):
        system_property (str | Unset):
        action_editable (bool | Unset):
        is_with_action_library (bool | Unset):
        is_movable (bool | Unset):
        voice_provider (ListDigitalAssetsVoiceProvider | Unset):
        role (ListDigitalAssetsRole | Unset):
        is_realtime_voice (bool | Unset):
        human_model_2d_version (str | Unset):
        include_device_name (str | Unset):
        exclude_device_name (str | Unset):
        supported_service (ListDigitalAssetsSupportedService | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDigitalAssetsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        name=name,
        tag=tag,
        tag_combination_type=tag_combination_type,
        start_time=start_time,
        end_time=end_time,
        asset_type=asset_type,
        sort_key=sort_key,
        sort_dir=sort_dir,
        asset_source=asset_source,
        asset_state=asset_state,
        style_id=style_id,
        accurate_query_field=accurate_query_field,
        render_engine=render_engine,
        asset_id=asset_id,
        sex=sex,
        language=language,
        system_property=system_property,
        action_editable=action_editable,
        is_with_action_library=is_with_action_library,
        is_movable=is_movable,
        voice_provider=voice_provider,
        role=role,
        is_realtime_voice=is_realtime_voice,
        human_model_2d_version=human_model_2d_version,
        include_device_name=include_device_name,
        exclude_device_name=exclude_device_name,
        supported_service=supported_service,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    tag_combination_type: ListDigitalAssetsTagCombinationType | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    asset_type: str | Unset = UNSET,
    sort_key: ListDigitalAssetsSortKey | Unset = UNSET,
    sort_dir: ListDigitalAssetsSortDir | Unset = ListDigitalAssetsSortDir.ASC,
    asset_source: ListDigitalAssetsAssetSource | Unset = ListDigitalAssetsAssetSource.CUSTOMIZATION,
    asset_state: str | Unset = UNSET,
    style_id: ListDigitalAssetsStyleId | Unset = UNSET,
    accurate_query_field: list[str] | Unset = UNSET,
    render_engine: ListDigitalAssetsRenderEngine | Unset = UNSET,
    asset_id: list[str] | Unset = UNSET,
    sex: str | Unset = UNSET,
    language: str | Unset = UNSET,
    system_property: str | Unset = UNSET,
    action_editable: bool | Unset = UNSET,
    is_with_action_library: bool | Unset = UNSET,
    is_movable: bool | Unset = UNSET,
    voice_provider: ListDigitalAssetsVoiceProvider | Unset = UNSET,
    role: ListDigitalAssetsRole | Unset = UNSET,
    is_realtime_voice: bool | Unset = UNSET,
    human_model_2d_version: str | Unset = UNSET,
    include_device_name: str | Unset = UNSET,
    exclude_device_name: str | Unset = UNSET,
    supported_service: ListDigitalAssetsSupportedService | Unset = UNSET,
) -> ListDigitalAssetsResponse:
    """List digital assets

     该接口用于查询资产库中的媒体资产列表。

    Args:
        project_id (str):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        name (str | Unset):
        tag (str | Unset):
        tag_combination_type (ListDigitalAssetsTagCombinationType | Unset):  Default:
            ListDigitalAssetsTagCombinationType.UNION_SET.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        asset_type (str | Unset):
        sort_key (ListDigitalAssetsSortKey | Unset):
        sort_dir (ListDigitalAssetsSortDir | Unset):  Default: ListDigitalAssetsSortDir.ASC.
        asset_source (ListDigitalAssetsAssetSource | Unset):  Default:
            ListDigitalAssetsAssetSource.CUSTOMIZATION.
        asset_state (str | Unset):
        style_id (ListDigitalAssetsStyleId | Unset):
        accurate_query_field (list[str] | Unset):
        render_engine (ListDigitalAssetsRenderEngine | Unset):
        asset_id (list[str] | Unset):
        sex (str | Unset):
        language (str | Unset):
        system_property (str | Unset):
        action_editable (bool | Unset):
        is_with_action_library (bool | Unset):
        is_movable (bool | Unset):
        voice_provider (ListDigitalAssetsVoiceProvider | Unset):
        role (ListDigitalAssetsRole | Unset):
        is_realtime_voice (bool | Unset):
        human_model_2d_version (str | Unset):
        include_device_name (str | Unset):
        exclude_device_name (str | Unset):
        supported_service (ListDigitalAssetsSupportedService | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDigitalAssetsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            name=name,
            tag=tag,
            tag_combination_type=tag_combination_type,
            start_time=start_time,
            end_time=end_time,
            asset_type=asset_type,
            sort_key=sort_key,
            sort_dir=sort_dir,
            asset_source=asset_source,
            asset_state=asset_state,
            style_id=style_id,
            accurate_query_field=accurate_query_field,
            render_engine=render_engine,
            asset_id=asset_id,
            sex=sex,
            language=language,
            system_property=system_property,
            action_editable=action_editable,
            is_with_action_library=is_with_action_library,
            is_movable=is_movable,
            voice_provider=voice_provider,
            role=role,
            is_realtime_voice=is_realtime_voice,
            human_model_2d_version=human_model_2d_version,
            include_device_name=include_device_name,
            exclude_device_name=exclude_device_name,
            supported_service=supported_service,
        )
    )
