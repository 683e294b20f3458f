"""Operations of tag `digital_assets`: `DigitalAssets` (sync), `AsyncDigitalAssets` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.digital_assets import batch_action_digital_assets as _batch_action_digital_assets
from ..api.digital_assets import copy_digital_asset as _copy_digital_asset
from ..api.digital_assets import create_digital_asset as _create_digital_asset
from ..api.digital_assets import delete_digital_asset as _delete_digital_asset
from ..api.digital_assets import list_digital_asset_summaries as _list_digital_asset_summaries
from ..api.digital_assets import list_digital_assets as _list_digital_assets
from ..api.digital_assets import restore_digital_asset as _restore_digital_asset
from ..api.digital_assets import show_digital_asset as _show_digital_asset
from ..api.digital_assets import show_digital_asset_replication_info as _show_digital_asset_replication_info
from ..api.digital_assets import update_digital_asset as _update_digital_asset
from ..models.batch_action_digital_assets_request import BatchActionDigitalAssetsRequest
from ..models.batch_action_digital_assets_response import BatchActionDigitalAssetsResponse
from ..models.copy_digital_asset_request import CopyDigitalAssetRequest
from ..models.create_digital_asset_request import CreateDigitalAssetRequest
from ..models.create_digital_asset_response import CreateDigitalAssetResponse
from ..models.digital_asset_info import DigitalAssetInfo
from ..models.list_digital_asset_summaries_request import ListDigitalAssetSummariesRequest
from ..models.list_digital_asset_summaries_response import ListDigitalAssetSummariesResponse
from ..models.list_digital_assets_asset_source import ListDigitalAssetsAssetSource
from ..models.list_digital_assets_render_engine import ListDigitalAssetsRenderEngine
from ..models.list_digital_assets_response import ListDigitalAssetsResponse
from ..models.list_digital_assets_role import ListDigitalAssetsRole
from ..models.list_digital_assets_sort_dir import ListDigitalAssetsSortDir
from ..models.list_digital_assets_sort_key import ListDigitalAssetsSortKey
from ..models.list_digital_assets_style_id import ListDigitalAssetsStyleId
from ..models.list_digital_assets_supported_service import ListDigitalAssetsSupportedService
from ..models.list_digital_assets_tag_combination_type import ListDigitalAssetsTagCombinationType
from ..models.list_digital_assets_voice_provider import ListDigitalAssetsVoiceProvider
from ..models.show_digital_asset_replication_info_response import ShowDigitalAssetReplicationInfoResponse
from ..models.show_digital_asset_response import ShowDigitalAssetResponse
from ..models.update_digital_asset_request import UpdateDigitalAssetRequest
from ..models.update_digital_asset_response import UpdateDigitalAssetResponse
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncDigitalAssets", "AsyncDigitalAssetsWithRawResponse", "DigitalAssets", "DigitalAssetsWithRawResponse"]


class DigitalAssets:
    """Operations of tag `digital_assets`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "DigitalAssetsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return DigitalAssetsWithRawResponse(self._owner)

    def list_digital_assets(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        tag_combination_type: ListDigitalAssetsTagCombinationType
        | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
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
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalAssetsResponse:
        """List digital assets

        该接口用于查询资产库中的媒体资产列表。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量, 表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            tag_combination_type: 标签查询组合方式 INTERSECTION: 交集 UNION_SET: 并集 默认取值: UNION_SET
            start_time: 起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            asset_type: 资产类型。多个类型使用英文逗号分隔。 • HUMAN_MODEL: 数字人模型 • VOICE_MODEL: 音色模型 (仅系统管理员可上传) • SCENE: 场景模型 • ANIMATION: 动作动画 •
                VIDEO: 视频文件 • IMAGE: 图片文件 • PPT: 幻灯片文件 • MATERIAL: 风格化素材 • HUMAN_MODEL_2D: 2D数字人网络模型 •
                BUSINESS_CARD_TEMPLAT: 数字人名片模板 • MUSIC: 音乐 • AUDIO: 音频
            sort_key: 排序字段，支持的排序方式有： • 按创建时间排序：create_time • 按更新时间排序：update_time • 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            asset_source: 资产来源。 • SYSTEM: 系统资产 • CUSTOMIZATION: 租户资产 • ALL: 所有资产 默认查询租户资产。 默认取值： CUSTOMIZATION
            asset_state: 资产状态。多个资产状态使用英文逗号分隔。 • CREATING: 资产创建中, 主文件尚未上传 • FAILED: 主文件上传失败 • UNACTIVED: 主文件上传成功, 资产未激活, 资产不可用于其他业务
                (用户可更新状态) • ACTIVED: 主文件上传成功, 资产激活, 资产可用于其他业务 (用户可更新状态) • DELETING: 资产删除中, 资产不可用, 资产可恢复 •
                DELETED: 资产文件已删除, 资产不可用, 资产不可恢复 • BLOCK: 资产被冻结, 资产不可用, 不可查看文件。 • WAITING_DELETE: 资产将被下线
                默认查询所有状态的资产。
            style_id: 基于风格化ID查询关联资产。 • system_male_001: 男性风格01 • system_female_001: 女性风格01 • system_male_002: 男性风格02 •
                system_female_002: 女性风格02
            accurate_query_field: 使用精确查询的字段
            render_engine: 可用引擎。 • UE: UE引擎 • MetaEngine: MetaEngine引擎 说明 该字段当前只对MetaEngine白名单用户生效
            asset_id: 资产id
            sex: 性别。多选使用英文逗号分隔。
            language: 语言。多选使用英文逗号分隔。
            system_property: 系统属性。 key和value间用":"分隔，多个key之间用","分隔。 如 system_property=BACKGROUND_IMG:Yes,RENDER_ENGINE:MetaEngine。
                不同Key对应Value取值如下： 公共资产属性： ● BACKGROUND_IMG：视频制作的2D背景图片，可取值Yes ●
                CREATED_BY_PLATFORM：是否平台生成，可取值Yes 分身数字人资产属性： ● MATERIAL_IMG：素材图片，用作前景。可取值Yes ●
                MATERIAL_VIDEO：素材视频，用作前景。可取值Yes ● TO_BE_TRANSLATED_VIDEO：视频翻译的源视频。可取值Yes 3D数字人资产属性： ●
                STYLE_ID：风格Id ● RENDER_ENGINE：引擎类型，可取值UE或MetaEngine ●
                BACKGROUND_SCENE：视频制作的2D背景场景，可取值Horizontal（横屏）或者Vertical（竖屏）
            action_editable: 动作是否可编辑。仅在分身数字人模型查询时有效。
            is_with_action_library: 分身数字人是否带原子动作库。 说明 ● 带原子动作库的分身数字人可做动作编排。
            is_movable: 分身数字人是否支持走动。仅在分身数字人模型查询时有效。
            voice_provider: 取值： HUAWEI_METASTUDIO、 MOBVOI。 HUAWEI_METASTUDIO： MetaStudio自研音色 MOBVOI：出门问问音色
            role: 角色。SHARER：共享方， SHAREE：被共享方
            is_realtime_voice: 音色是否支持实时合成。仅在音色查询时有效。 说明 支持实时合成的音色，可以用于直播和智能交互场景。否则只能用于视频制作。
            human_model_2d_version: 模型版本
            include_device_name: 资产已执行的任务名称
            exclude_device_name: 资产已执行的任务名称
            supported_service: 资产支持的业务类型。默认查询所有资产。 VIDEO_2D：分身数字人视频制作 LIVE_2D：分身数字人直播 CHAT_2D：分身数字人智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_digital_assets.sync(
                self._owner.project_id,
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
                client=self._owner.client,
            )

    def iter_list_digital_assets(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        tag_combination_type: ListDigitalAssetsTagCombinationType
        | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
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
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[DigitalAssetInfo]:
        """Every item of `list_digital_assets` (`assets`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        该接口用于查询资产库中的媒体资产列表。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量, 表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            tag_combination_type: 标签查询组合方式 INTERSECTION: 交集 UNION_SET: 并集 默认取值: UNION_SET
            start_time: 起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            asset_type: 资产类型。多个类型使用英文逗号分隔。 • HUMAN_MODEL: 数字人模型 • VOICE_MODEL: 音色模型 (仅系统管理员可上传) • SCENE: 场景模型 • ANIMATION: 动作动画 •
                VIDEO: 视频文件 • IMAGE: 图片文件 • PPT: 幻灯片文件 • MATERIAL: 风格化素材 • HUMAN_MODEL_2D: 2D数字人网络模型 •
                BUSINESS_CARD_TEMPLAT: 数字人名片模板 • MUSIC: 音乐 • AUDIO: 音频
            sort_key: 排序字段，支持的排序方式有： • 按创建时间排序：create_time • 按更新时间排序：update_time • 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            asset_source: 资产来源。 • SYSTEM: 系统资产 • CUSTOMIZATION: 租户资产 • ALL: 所有资产 默认查询租户资产。 默认取值： CUSTOMIZATION
            asset_state: 资产状态。多个资产状态使用英文逗号分隔。 • CREATING: 资产创建中, 主文件尚未上传 • FAILED: 主文件上传失败 • UNACTIVED: 主文件上传成功, 资产未激活, 资产不可用于其他业务
                (用户可更新状态) • ACTIVED: 主文件上传成功, 资产激活, 资产可用于其他业务 (用户可更新状态) • DELETING: 资产删除中, 资产不可用, 资产可恢复 •
                DELETED: 资产文件已删除, 资产不可用, 资产不可恢复 • BLOCK: 资产被冻结, 资产不可用, 不可查看文件。 • WAITING_DELETE: 资产将被下线
                默认查询所有状态的资产。
            style_id: 基于风格化ID查询关联资产。 • system_male_001: 男性风格01 • system_female_001: 女性风格01 • system_male_002: 男性风格02 •
                system_female_002: 女性风格02
            accurate_query_field: 使用精确查询的字段
            render_engine: 可用引擎。 • UE: UE引擎 • MetaEngine: MetaEngine引擎 说明 该字段当前只对MetaEngine白名单用户生效
            asset_id: 资产id
            sex: 性别。多选使用英文逗号分隔。
            language: 语言。多选使用英文逗号分隔。
            system_property: 系统属性。 key和value间用":"分隔，多个key之间用","分隔。 如 system_property=BACKGROUND_IMG:Yes,RENDER_ENGINE:MetaEngine。
                不同Key对应Value取值如下： 公共资产属性： ● BACKGROUND_IMG：视频制作的2D背景图片，可取值Yes ●
                CREATED_BY_PLATFORM：是否平台生成，可取值Yes 分身数字人资产属性： ● MATERIAL_IMG：素材图片，用作前景。可取值Yes ●
                MATERIAL_VIDEO：素材视频，用作前景。可取值Yes ● TO_BE_TRANSLATED_VIDEO：视频翻译的源视频。可取值Yes 3D数字人资产属性： ●
                STYLE_ID：风格Id ● RENDER_ENGINE：引擎类型，可取值UE或MetaEngine ●
                BACKGROUND_SCENE：视频制作的2D背景场景，可取值Horizontal（横屏）或者Vertical（竖屏）
            action_editable: 动作是否可编辑。仅在分身数字人模型查询时有效。
            is_with_action_library: 分身数字人是否带原子动作库。 说明 ● 带原子动作库的分身数字人可做动作编排。
            is_movable: 分身数字人是否支持走动。仅在分身数字人模型查询时有效。
            voice_provider: 取值： HUAWEI_METASTUDIO、 MOBVOI。 HUAWEI_METASTUDIO： MetaStudio自研音色 MOBVOI：出门问问音色
            role: 角色。SHARER：共享方， SHAREE：被共享方
            is_realtime_voice: 音色是否支持实时合成。仅在音色查询时有效。 说明 支持实时合成的音色，可以用于直播和智能交互场景。否则只能用于视频制作。
            human_model_2d_version: 模型版本
            include_device_name: 资产已执行的任务名称
            exclude_device_name: 资产已执行的任务名称
            supported_service: 资产支持的业务类型。默认查询所有资产。 VIDEO_2D：分身数字人视频制作 LIVE_2D：分身数字人直播 CHAT_2D：分身数字人智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_digital_assets(
                limit=limit,
                offset=_offset,
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
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "assets", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_digital_asset(
        self,
        *,
        body: CreateDigitalAssetRequest,
        x_mss_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateDigitalAssetResponse:
        """Create a digital asset

        该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。 说明： -
        资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。 -
        资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。 -
        MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。 接口约束： - 不同资产类型主文件格式与大小约束如下
        视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
        图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
        背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
        音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

        Args:
            body: The request body.
            x_mss_authorization: 数字人内部token
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_digital_asset.sync(
                self._owner.project_id, body=body, x_mss_authorization=x_mss_authorization, client=self._owner.client
            )

    def show_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowDigitalAssetResponse:
        """Show a digital asset

        该接口用于查询资产库中指定媒体资产的详情。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_digital_asset.sync(self._owner.project_id, asset_id, client=self._owner.client)

    def update_digital_asset(
        self,
        asset_id: str,
        *,
        body: UpdateDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateDigitalAssetResponse:
        """Update a digital asset

        该接口用于更新资产库中的媒体资产信息。

        Args:
            asset_id: 资产ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_digital_asset.sync(self._owner.project_id, asset_id, body=body, client=self._owner.client)

    def delete_digital_asset(
        self,
        asset_id: str,
        *,
        mode: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a digital asset

        该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

        Args:
            asset_id: 资产ID。
            mode: 删除模式
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_digital_asset.sync(self._owner.project_id, asset_id, mode=mode, client=self._owner.client)

    def restore_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Restore a deleted digital asset

        该接口用于恢复被删除至回收站的媒体资产。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _restore_digital_asset.sync(self._owner.project_id, asset_id, client=self._owner.client)

    def batch_action_digital_assets(
        self,
        *,
        body: BatchActionDigitalAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchActionDigitalAssetsResponse:
        """Run a batch action on digital assets

        该接口用批量资产操作。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _batch_action_digital_assets.sync(self._owner.project_id, body=body, client=self._owner.client)

    def list_digital_asset_summaries(
        self,
        *,
        body: ListDigitalAssetSummariesRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalAssetSummariesResponse:
        """List summaries of digital assets

        该接口用于查询媒体资产库中指定的多个资产的概要信息。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_digital_asset_summaries.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_digital_asset_replication_info(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowDigitalAssetReplicationInfoResponse:
        """Show the replication info of a digital asset

        当需要将资产从A Region复制到B Region时，先要在A Region调用该接口用于查询资产复制信息。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_digital_asset_replication_info.sync(
                self._owner.project_id, asset_id, client=self._owner.client
            )

    def copy_digital_asset(
        self,
        *,
        body: CopyDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Copy a digital asset from its replication info

        该接口用于在Region B复制Region A的指定资产。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _copy_digital_asset.sync(self._owner.project_id, body=body, client=self._owner.client)


class DigitalAssetsWithRawResponse:
    """Operations of tag `digital_assets` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_digital_assets(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        tag_combination_type: ListDigitalAssetsTagCombinationType
        | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
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
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List digital assets

        该接口用于查询资产库中的媒体资产列表。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量, 表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            tag_combination_type: 标签查询组合方式 INTERSECTION: 交集 UNION_SET: 并集 默认取值: UNION_SET
            start_time: 起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            asset_type: 资产类型。多个类型使用英文逗号分隔。 • HUMAN_MODEL: 数字人模型 • VOICE_MODEL: 音色模型 (仅系统管理员可上传) • SCENE: 场景模型 • ANIMATION: 动作动画 •
                VIDEO: 视频文件 • IMAGE: 图片文件 • PPT: 幻灯片文件 • MATERIAL: 风格化素材 • HUMAN_MODEL_2D: 2D数字人网络模型 •
                BUSINESS_CARD_TEMPLAT: 数字人名片模板 • MUSIC: 音乐 • AUDIO: 音频
            sort_key: 排序字段，支持的排序方式有： • 按创建时间排序：create_time • 按更新时间排序：update_time • 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            asset_source: 资产来源。 • SYSTEM: 系统资产 • CUSTOMIZATION: 租户资产 • ALL: 所有资产 默认查询租户资产。 默认取值： CUSTOMIZATION
            asset_state: 资产状态。多个资产状态使用英文逗号分隔。 • CREATING: 资产创建中, 主文件尚未上传 • FAILED: 主文件上传失败 • UNACTIVED: 主文件上传成功, 资产未激活, 资产不可用于其他业务
                (用户可更新状态) • ACTIVED: 主文件上传成功, 资产激活, 资产可用于其他业务 (用户可更新状态) • DELETING: 资产删除中, 资产不可用, 资产可恢复 •
                DELETED: 资产文件已删除, 资产不可用, 资产不可恢复 • BLOCK: 资产被冻结, 资产不可用, 不可查看文件。 • WAITING_DELETE: 资产将被下线
                默认查询所有状态的资产。
            style_id: 基于风格化ID查询关联资产。 • system_male_001: 男性风格01 • system_female_001: 女性风格01 • system_male_002: 男性风格02 •
                system_female_002: 女性风格02
            accurate_query_field: 使用精确查询的字段
            render_engine: 可用引擎。 • UE: UE引擎 • MetaEngine: MetaEngine引擎 说明 该字段当前只对MetaEngine白名单用户生效
            asset_id: 资产id
            sex: 性别。多选使用英文逗号分隔。
            language: 语言。多选使用英文逗号分隔。
            system_property: 系统属性。 key和value间用":"分隔，多个key之间用","分隔。 如 system_property=BACKGROUND_IMG:Yes,RENDER_ENGINE:MetaEngine。
                不同Key对应Value取值如下： 公共资产属性： ● BACKGROUND_IMG：视频制作的2D背景图片，可取值Yes ●
                CREATED_BY_PLATFORM：是否平台生成，可取值Yes 分身数字人资产属性： ● MATERIAL_IMG：素材图片，用作前景。可取值Yes ●
                MATERIAL_VIDEO：素材视频，用作前景。可取值Yes ● TO_BE_TRANSLATED_VIDEO：视频翻译的源视频。可取值Yes 3D数字人资产属性： ●
                STYLE_ID：风格Id ● RENDER_ENGINE：引擎类型，可取值UE或MetaEngine ●
                BACKGROUND_SCENE：视频制作的2D背景场景，可取值Horizontal（横屏）或者Vertical（竖屏）
            action_editable: 动作是否可编辑。仅在分身数字人模型查询时有效。
            is_with_action_library: 分身数字人是否带原子动作库。 说明 ● 带原子动作库的分身数字人可做动作编排。
            is_movable: 分身数字人是否支持走动。仅在分身数字人模型查询时有效。
            voice_provider: 取值： HUAWEI_METASTUDIO、 MOBVOI。 HUAWEI_METASTUDIO： MetaStudio自研音色 MOBVOI：出门问问音色
            role: 角色。SHARER：共享方， SHAREE：被共享方
            is_realtime_voice: 音色是否支持实时合成。仅在音色查询时有效。 说明 支持实时合成的音色，可以用于直播和智能交互场景。否则只能用于视频制作。
            human_model_2d_version: 模型版本
            include_device_name: 资产已执行的任务名称
            exclude_device_name: 资产已执行的任务名称
            supported_service: 资产支持的业务类型。默认查询所有资产。 VIDEO_2D：分身数字人视频制作 LIVE_2D：分身数字人直播 CHAT_2D：分身数字人智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_digital_assets._get_kwargs(
                    self._owner.project_id,
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

    def create_digital_asset(
        self,
        *,
        body: CreateDigitalAssetRequest,
        x_mss_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a digital asset

        该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。 说明： -
        资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。 -
        资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。 -
        MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。 接口约束： - 不同资产类型主文件格式与大小约束如下
        视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
        图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
        背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
        音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

        Args:
            body: The request body.
            x_mss_authorization: 数字人内部token
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_digital_asset._get_kwargs(
                    self._owner.project_id, body=body, x_mss_authorization=x_mss_authorization
                )
            )

    def show_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a digital asset

        该接口用于查询资产库中指定媒体资产的详情。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_digital_asset._get_kwargs(self._owner.project_id, asset_id)
            )

    def update_digital_asset(
        self,
        asset_id: str,
        *,
        body: UpdateDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a digital asset

        该接口用于更新资产库中的媒体资产信息。

        Args:
            asset_id: 资产ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_digital_asset._get_kwargs(self._owner.project_id, asset_id, body=body)
            )

    def delete_digital_asset(
        self,
        asset_id: str,
        *,
        mode: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a digital asset

        该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

        Args:
            asset_id: 资产ID。
            mode: 删除模式
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_digital_asset._get_kwargs(self._owner.project_id, asset_id, mode=mode)
            )

    def restore_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Restore a deleted digital asset

        该接口用于恢复被删除至回收站的媒体资产。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_restore_digital_asset._get_kwargs(self._owner.project_id, asset_id)
            )

    def batch_action_digital_assets(
        self,
        *,
        body: BatchActionDigitalAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Run a batch action on digital assets

        该接口用批量资产操作。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_batch_action_digital_assets._get_kwargs(self._owner.project_id, body=body)
            )

    def list_digital_asset_summaries(
        self,
        *,
        body: ListDigitalAssetSummariesRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List summaries of digital assets

        该接口用于查询媒体资产库中指定的多个资产的概要信息。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_digital_asset_summaries._get_kwargs(self._owner.project_id, body=body)
            )

    def show_digital_asset_replication_info(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the replication info of a digital asset

        当需要将资产从A Region复制到B Region时，先要在A Region调用该接口用于查询资产复制信息。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_digital_asset_replication_info._get_kwargs(self._owner.project_id, asset_id)
            )

    def copy_digital_asset(
        self,
        *,
        body: CopyDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Copy a digital asset from its replication info

        该接口用于在Region B复制Region A的指定资产。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_copy_digital_asset._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncDigitalAssets:
    """Operations of tag `digital_assets` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncDigitalAssetsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncDigitalAssetsWithRawResponse(self._owner)

    async def list_digital_assets(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        tag_combination_type: ListDigitalAssetsTagCombinationType
        | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
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
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalAssetsResponse:
        """List digital assets

        该接口用于查询资产库中的媒体资产列表。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量, 表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            tag_combination_type: 标签查询组合方式 INTERSECTION: 交集 UNION_SET: 并集 默认取值: UNION_SET
            start_time: 起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            asset_type: 资产类型。多个类型使用英文逗号分隔。 • HUMAN_MODEL: 数字人模型 • VOICE_MODEL: 音色模型 (仅系统管理员可上传) • SCENE: 场景模型 • ANIMATION: 动作动画 •
                VIDEO: 视频文件 • IMAGE: 图片文件 • PPT: 幻灯片文件 • MATERIAL: 风格化素材 • HUMAN_MODEL_2D: 2D数字人网络模型 •
                BUSINESS_CARD_TEMPLAT: 数字人名片模板 • MUSIC: 音乐 • AUDIO: 音频
            sort_key: 排序字段，支持的排序方式有： • 按创建时间排序：create_time • 按更新时间排序：update_time • 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            asset_source: 资产来源。 • SYSTEM: 系统资产 • CUSTOMIZATION: 租户资产 • ALL: 所有资产 默认查询租户资产。 默认取值： CUSTOMIZATION
            asset_state: 资产状态。多个资产状态使用英文逗号分隔。 • CREATING: 资产创建中, 主文件尚未上传 • FAILED: 主文件上传失败 • UNACTIVED: 主文件上传成功, 资产未激活, 资产不可用于其他业务
                (用户可更新状态) • ACTIVED: 主文件上传成功, 资产激活, 资产可用于其他业务 (用户可更新状态) • DELETING: 资产删除中, 资产不可用, 资产可恢复 •
                DELETED: 资产文件已删除, 资产不可用, 资产不可恢复 • BLOCK: 资产被冻结, 资产不可用, 不可查看文件。 • WAITING_DELETE: 资产将被下线
                默认查询所有状态的资产。
            style_id: 基于风格化ID查询关联资产。 • system_male_001: 男性风格01 • system_female_001: 女性风格01 • system_male_002: 男性风格02 •
                system_female_002: 女性风格02
            accurate_query_field: 使用精确查询的字段
            render_engine: 可用引擎。 • UE: UE引擎 • MetaEngine: MetaEngine引擎 说明 该字段当前只对MetaEngine白名单用户生效
            asset_id: 资产id
            sex: 性别。多选使用英文逗号分隔。
            language: 语言。多选使用英文逗号分隔。
            system_property: 系统属性。 key和value间用":"分隔，多个key之间用","分隔。 如 system_property=BACKGROUND_IMG:Yes,RENDER_ENGINE:MetaEngine。
                不同Key对应Value取值如下： 公共资产属性： ● BACKGROUND_IMG：视频制作的2D背景图片，可取值Yes ●
                CREATED_BY_PLATFORM：是否平台生成，可取值Yes 分身数字人资产属性： ● MATERIAL_IMG：素材图片，用作前景。可取值Yes ●
                MATERIAL_VIDEO：素材视频，用作前景。可取值Yes ● TO_BE_TRANSLATED_VIDEO：视频翻译的源视频。可取值Yes 3D数字人资产属性： ●
                STYLE_ID：风格Id ● RENDER_ENGINE：引擎类型，可取值UE或MetaEngine ●
                BACKGROUND_SCENE：视频制作的2D背景场景，可取值Horizontal（横屏）或者Vertical（竖屏）
            action_editable: 动作是否可编辑。仅在分身数字人模型查询时有效。
            is_with_action_library: 分身数字人是否带原子动作库。 说明 ● 带原子动作库的分身数字人可做动作编排。
            is_movable: 分身数字人是否支持走动。仅在分身数字人模型查询时有效。
            voice_provider: 取值： HUAWEI_METASTUDIO、 MOBVOI。 HUAWEI_METASTUDIO： MetaStudio自研音色 MOBVOI：出门问问音色
            role: 角色。SHARER：共享方， SHAREE：被共享方
            is_realtime_voice: 音色是否支持实时合成。仅在音色查询时有效。 说明 支持实时合成的音色，可以用于直播和智能交互场景。否则只能用于视频制作。
            human_model_2d_version: 模型版本
            include_device_name: 资产已执行的任务名称
            exclude_device_name: 资产已执行的任务名称
            supported_service: 资产支持的业务类型。默认查询所有资产。 VIDEO_2D：分身数字人视频制作 LIVE_2D：分身数字人直播 CHAT_2D：分身数字人智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_digital_assets.asyncio(
                self._owner.project_id,
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
                client=self._owner.client,
            )

    async def iter_list_digital_assets(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        tag_combination_type: ListDigitalAssetsTagCombinationType
        | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
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
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[DigitalAssetInfo]:
        """Every item of `list_digital_assets` (`assets`), page after page from `offset`, until `count` is reached or a
        page comes back short.

        该接口用于查询资产库中的媒体资产列表。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量, 表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            tag_combination_type: 标签查询组合方式 INTERSECTION: 交集 UNION_SET: 并集 默认取值: UNION_SET
            start_time: 起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            asset_type: 资产类型。多个类型使用英文逗号分隔。 • HUMAN_MODEL: 数字人模型 • VOICE_MODEL: 音色模型 (仅系统管理员可上传) • SCENE: 场景模型 • ANIMATION: 动作动画 •
                VIDEO: 视频文件 • IMAGE: 图片文件 • PPT: 幻灯片文件 • MATERIAL: 风格化素材 • HUMAN_MODEL_2D: 2D数字人网络模型 •
                BUSINESS_CARD_TEMPLAT: 数字人名片模板 • MUSIC: 音乐 • AUDIO: 音频
            sort_key: 排序字段，支持的排序方式有： • 按创建时间排序：create_time • 按更新时间排序：update_time • 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            asset_source: 资产来源。 • SYSTEM: 系统资产 • CUSTOMIZATION: 租户资产 • ALL: 所有资产 默认查询租户资产。 默认取值： CUSTOMIZATION
            asset_state: 资产状态。多个资产状态使用英文逗号分隔。 • CREATING: 资产创建中, 主文件尚未上传 • FAILED: 主文件上传失败 • UNACTIVED: 主文件上传成功, 资产未激活, 资产不可用于其他业务
                (用户可更新状态) • ACTIVED: 主文件上传成功, 资产激活, 资产可用于其他业务 (用户可更新状态) • DELETING: 资产删除中, 资产不可用, 资产可恢复 •
                DELETED: 资产文件已删除, 资产不可用, 资产不可恢复 • BLOCK: 资产被冻结, 资产不可用, 不可查看文件。 • WAITING_DELETE: 资产将被下线
                默认查询所有状态的资产。
            style_id: 基于风格化ID查询关联资产。 • system_male_001: 男性风格01 • system_female_001: 女性风格01 • system_male_002: 男性风格02 •
                system_female_002: 女性风格02
            accurate_query_field: 使用精确查询的字段
            render_engine: 可用引擎。 • UE: UE引擎 • MetaEngine: MetaEngine引擎 说明 该字段当前只对MetaEngine白名单用户生效
            asset_id: 资产id
            sex: 性别。多选使用英文逗号分隔。
            language: 语言。多选使用英文逗号分隔。
            system_property: 系统属性。 key和value间用":"分隔，多个key之间用","分隔。 如 system_property=BACKGROUND_IMG:Yes,RENDER_ENGINE:MetaEngine。
                不同Key对应Value取值如下： 公共资产属性： ● BACKGROUND_IMG：视频制作的2D背景图片，可取值Yes ●
                CREATED_BY_PLATFORM：是否平台生成，可取值Yes 分身数字人资产属性： ● MATERIAL_IMG：素材图片，用作前景。可取值Yes ●
                MATERIAL_VIDEO：素材视频，用作前景。可取值Yes ● TO_BE_TRANSLATED_VIDEO：视频翻译的源视频。可取值Yes 3D数字人资产属性： ●
                STYLE_ID：风格Id ● RENDER_ENGINE：引擎类型，可取值UE或MetaEngine ●
                BACKGROUND_SCENE：视频制作的2D背景场景，可取值Horizontal（横屏）或者Vertical（竖屏）
            action_editable: 动作是否可编辑。仅在分身数字人模型查询时有效。
            is_with_action_library: 分身数字人是否带原子动作库。 说明 ● 带原子动作库的分身数字人可做动作编排。
            is_movable: 分身数字人是否支持走动。仅在分身数字人模型查询时有效。
            voice_provider: 取值： HUAWEI_METASTUDIO、 MOBVOI。 HUAWEI_METASTUDIO： MetaStudio自研音色 MOBVOI：出门问问音色
            role: 角色。SHARER：共享方， SHAREE：被共享方
            is_realtime_voice: 音色是否支持实时合成。仅在音色查询时有效。 说明 支持实时合成的音色，可以用于直播和智能交互场景。否则只能用于视频制作。
            human_model_2d_version: 模型版本
            include_device_name: 资产已执行的任务名称
            exclude_device_name: 资产已执行的任务名称
            supported_service: 资产支持的业务类型。默认查询所有资产。 VIDEO_2D：分身数字人视频制作 LIVE_2D：分身数字人直播 CHAT_2D：分身数字人智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_digital_assets(
                limit=limit,
                offset=_offset,
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
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "assets", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_digital_asset(
        self,
        *,
        body: CreateDigitalAssetRequest,
        x_mss_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateDigitalAssetResponse:
        """Create a digital asset

        该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。 说明： -
        资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。 -
        资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。 -
        MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。 接口约束： - 不同资产类型主文件格式与大小约束如下
        视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
        图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
        背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
        音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

        Args:
            body: The request body.
            x_mss_authorization: 数字人内部token
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_digital_asset.asyncio(
                self._owner.project_id, body=body, x_mss_authorization=x_mss_authorization, client=self._owner.client
            )

    async def show_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowDigitalAssetResponse:
        """Show a digital asset

        该接口用于查询资产库中指定媒体资产的详情。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_digital_asset.asyncio(self._owner.project_id, asset_id, client=self._owner.client)

    async def update_digital_asset(
        self,
        asset_id: str,
        *,
        body: UpdateDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateDigitalAssetResponse:
        """Update a digital asset

        该接口用于更新资产库中的媒体资产信息。

        Args:
            asset_id: 资产ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_digital_asset.asyncio(
                self._owner.project_id, asset_id, body=body, client=self._owner.client
            )

    async def delete_digital_asset(
        self,
        asset_id: str,
        *,
        mode: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a digital asset

        该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

        Args:
            asset_id: 资产ID。
            mode: 删除模式
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_digital_asset.asyncio(
                self._owner.project_id, asset_id, mode=mode, client=self._owner.client
            )

    async def restore_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Restore a deleted digital asset

        该接口用于恢复被删除至回收站的媒体资产。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _restore_digital_asset.asyncio(self._owner.project_id, asset_id, client=self._owner.client)

    async def batch_action_digital_assets(
        self,
        *,
        body: BatchActionDigitalAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchActionDigitalAssetsResponse:
        """Run a batch action on digital assets

        该接口用批量资产操作。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _batch_action_digital_assets.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def list_digital_asset_summaries(
        self,
        *,
        body: ListDigitalAssetSummariesRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalAssetSummariesResponse:
        """List summaries of digital assets

        该接口用于查询媒体资产库中指定的多个资产的概要信息。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_digital_asset_summaries.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def show_digital_asset_replication_info(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowDigitalAssetReplicationInfoResponse:
        """Show the replication info of a digital asset

        当需要将资产从A Region复制到B Region时，先要在A Region调用该接口用于查询资产复制信息。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_digital_asset_replication_info.asyncio(
                self._owner.project_id, asset_id, client=self._owner.client
            )

    async def copy_digital_asset(
        self,
        *,
        body: CopyDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Copy a digital asset from its replication info

        该接口用于在Region B复制Region A的指定资产。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _copy_digital_asset.asyncio(self._owner.project_id, body=body, client=self._owner.client)


class AsyncDigitalAssetsWithRawResponse:
    """Operations of tag `digital_assets` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_digital_assets(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        tag_combination_type: ListDigitalAssetsTagCombinationType
        | Unset = ListDigitalAssetsTagCombinationType.UNION_SET,
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
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List digital assets

        该接口用于查询资产库中的媒体资产列表。

        Args:
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            offset: 偏移量, 表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            tag_combination_type: 标签查询组合方式 INTERSECTION: 交集 UNION_SET: 并集 默认取值: UNION_SET
            start_time: 起始时间。格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
            end_time: 结束时间。格式遵循: RFC 3339 如 "2021-01-10T10:43:17Z"。
            asset_type: 资产类型。多个类型使用英文逗号分隔。 • HUMAN_MODEL: 数字人模型 • VOICE_MODEL: 音色模型 (仅系统管理员可上传) • SCENE: 场景模型 • ANIMATION: 动作动画 •
                VIDEO: 视频文件 • IMAGE: 图片文件 • PPT: 幻灯片文件 • MATERIAL: 风格化素材 • HUMAN_MODEL_2D: 2D数字人网络模型 •
                BUSINESS_CARD_TEMPLAT: 数字人名片模板 • MUSIC: 音乐 • AUDIO: 音频
            sort_key: 排序字段，支持的排序方式有： • 按创建时间排序：create_time • 按更新时间排序：update_time • 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            asset_source: 资产来源。 • SYSTEM: 系统资产 • CUSTOMIZATION: 租户资产 • ALL: 所有资产 默认查询租户资产。 默认取值： CUSTOMIZATION
            asset_state: 资产状态。多个资产状态使用英文逗号分隔。 • CREATING: 资产创建中, 主文件尚未上传 • FAILED: 主文件上传失败 • UNACTIVED: 主文件上传成功, 资产未激活, 资产不可用于其他业务
                (用户可更新状态) • ACTIVED: 主文件上传成功, 资产激活, 资产可用于其他业务 (用户可更新状态) • DELETING: 资产删除中, 资产不可用, 资产可恢复 •
                DELETED: 资产文件已删除, 资产不可用, 资产不可恢复 • BLOCK: 资产被冻结, 资产不可用, 不可查看文件。 • WAITING_DELETE: 资产将被下线
                默认查询所有状态的资产。
            style_id: 基于风格化ID查询关联资产。 • system_male_001: 男性风格01 • system_female_001: 女性风格01 • system_male_002: 男性风格02 •
                system_female_002: 女性风格02
            accurate_query_field: 使用精确查询的字段
            render_engine: 可用引擎。 • UE: UE引擎 • MetaEngine: MetaEngine引擎 说明 该字段当前只对MetaEngine白名单用户生效
            asset_id: 资产id
            sex: 性别。多选使用英文逗号分隔。
            language: 语言。多选使用英文逗号分隔。
            system_property: 系统属性。 key和value间用":"分隔，多个key之间用","分隔。 如 system_property=BACKGROUND_IMG:Yes,RENDER_ENGINE:MetaEngine。
                不同Key对应Value取值如下： 公共资产属性： ● BACKGROUND_IMG：视频制作的2D背景图片，可取值Yes ●
                CREATED_BY_PLATFORM：是否平台生成，可取值Yes 分身数字人资产属性： ● MATERIAL_IMG：素材图片，用作前景。可取值Yes ●
                MATERIAL_VIDEO：素材视频，用作前景。可取值Yes ● TO_BE_TRANSLATED_VIDEO：视频翻译的源视频。可取值Yes 3D数字人资产属性： ●
                STYLE_ID：风格Id ● RENDER_ENGINE：引擎类型，可取值UE或MetaEngine ●
                BACKGROUND_SCENE：视频制作的2D背景场景，可取值Horizontal（横屏）或者Vertical（竖屏）
            action_editable: 动作是否可编辑。仅在分身数字人模型查询时有效。
            is_with_action_library: 分身数字人是否带原子动作库。 说明 ● 带原子动作库的分身数字人可做动作编排。
            is_movable: 分身数字人是否支持走动。仅在分身数字人模型查询时有效。
            voice_provider: 取值： HUAWEI_METASTUDIO、 MOBVOI。 HUAWEI_METASTUDIO： MetaStudio自研音色 MOBVOI：出门问问音色
            role: 角色。SHARER：共享方， SHAREE：被共享方
            is_realtime_voice: 音色是否支持实时合成。仅在音色查询时有效。 说明 支持实时合成的音色，可以用于直播和智能交互场景。否则只能用于视频制作。
            human_model_2d_version: 模型版本
            include_device_name: 资产已执行的任务名称
            exclude_device_name: 资产已执行的任务名称
            supported_service: 资产支持的业务类型。默认查询所有资产。 VIDEO_2D：分身数字人视频制作 LIVE_2D：分身数字人直播 CHAT_2D：分身数字人智能交互
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_digital_assets._get_kwargs(
                    self._owner.project_id,
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

    async def create_digital_asset(
        self,
        *,
        body: CreateDigitalAssetRequest,
        x_mss_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a digital asset

        该接口用于在资产库中添加上传新的媒体资产。可上传的资产类型包括：分身数字人模型、背景图片、素材图片、素材视频、PPT等。 说明： -
        资产类型是IMAGE时，通过system_properties来区分背景图片（BACKGROUND_IMG）、素材图片（MATERIAL_IMG）。 -
        资产类型是VIDEO时，通过system_properties来区分素材视频（MATERIAL_VIDEO）、名片视频（BUSSINESS_CARD_VIDEO）。 -
        MetaStudio平台生成的视频，system_properties带CREATED_BY_PLATFORM。 接口约束： - 不同资产类型主文件格式与大小约束如下
        视频资产：资产类型为VIDEO，主文件格式（忽略大小写）为mp4、m4v、mkv、mov、flv、3gp、wmv、avi、webm，主文件大小不超过5G
        图片资产：资产类型为IMAGE，主文件格式（忽略大小写）为jpeg、jpg、png、bmp、gif，主文件大小不超过50M
        背景音乐资产：资产类型为MUSIC，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M
        音频资产：资产类型为AUDIO，主文件格式（忽略大小写）为wav、mp3、m4a，主文件大小不超过100M

        Args:
            body: The request body.
            x_mss_authorization: 数字人内部token
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_digital_asset._get_kwargs(
                    self._owner.project_id, body=body, x_mss_authorization=x_mss_authorization
                )
            )

    async def show_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a digital asset

        该接口用于查询资产库中指定媒体资产的详情。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_digital_asset._get_kwargs(self._owner.project_id, asset_id)
            )

    async def update_digital_asset(
        self,
        asset_id: str,
        *,
        body: UpdateDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a digital asset

        该接口用于更新资产库中的媒体资产信息。

        Args:
            asset_id: 资产ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_digital_asset._get_kwargs(self._owner.project_id, asset_id, body=body)
            )

    async def delete_digital_asset(
        self,
        asset_id: str,
        *,
        mode: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a digital asset

        该接口用于删除资产库中的媒体资产。调用该接口删除媒体资产时，媒体资产会放入回收站中，不会彻底删除。如需彻底删除资产，需增加“mode=force”参数配置。

        Args:
            asset_id: 资产ID。
            mode: 删除模式
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_digital_asset._get_kwargs(self._owner.project_id, asset_id, mode=mode)
            )

    async def restore_digital_asset(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Restore a deleted digital asset

        该接口用于恢复被删除至回收站的媒体资产。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_restore_digital_asset._get_kwargs(self._owner.project_id, asset_id)
            )

    async def batch_action_digital_assets(
        self,
        *,
        body: BatchActionDigitalAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Run a batch action on digital assets

        该接口用批量资产操作。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_batch_action_digital_assets._get_kwargs(self._owner.project_id, body=body)
            )

    async def list_digital_asset_summaries(
        self,
        *,
        body: ListDigitalAssetSummariesRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List summaries of digital assets

        该接口用于查询媒体资产库中指定的多个资产的概要信息。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_digital_asset_summaries._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_digital_asset_replication_info(
        self,
        asset_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show the replication info of a digital asset

        当需要将资产从A Region复制到B Region时，先要在A Region调用该接口用于查询资产复制信息。

        Args:
            asset_id: 资产ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_digital_asset_replication_info._get_kwargs(self._owner.project_id, asset_id)
            )

    async def copy_digital_asset(
        self,
        *,
        body: CopyDigitalAssetRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Copy a digital asset from its replication info

        该接口用于在Region B复制Region A的指定资产。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_copy_digital_asset._get_kwargs(self._owner.project_id, body=body)
            )
