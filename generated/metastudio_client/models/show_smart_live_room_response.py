from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_smart_live_room_response_room_state import ShowSmartLiveRoomResponseRoomState
from ..models.show_smart_live_room_response_room_type import ShowSmartLiveRoomResponseRoomType
from ..models.show_smart_live_room_response_view_mode import ShowSmartLiveRoomResponseViewMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.co_streamer_config_for_response import CoStreamerConfigForResponse
    from ..models.error_info import ErrorInfo
    from ..models.live_event_call_back_config import LiveEventCallBackConfig
    from ..models.live_room_interaction_config import LiveRoomInteractionConfig
    from ..models.live_room_interaction_rule_info_for_response import LiveRoomInteractionRuleInfoForResponse
    from ..models.live_video_script_info_for_response import LiveVideoScriptInfoForResponse
    from ..models.platform_live_detail_info import PlatformLiveDetailInfo
    from ..models.play_policy import PlayPolicy
    from ..models.review_config import ReviewConfig
    from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig
    from ..models.shared_config import SharedConfig
    from ..models.video_config_for_response import VideoConfigForResponse


T = TypeVar("T", bound="ShowSmartLiveRoomResponse")


@_attrs_define
class ShowSmartLiveRoomResponse:
    """表 6-56 响应 Body 参数

    Attributes:
        room_name (str | Unset): 参数解释: 直播间名称。 约束限制: 不涉及。 取值范围: 字符长度1-256位。 默认取值: 不涉及。
        room_description (str | Unset): 参数解释: 直播间描述。 约束限制: 不涉及。 取值范围: 字符长度0-1024位。 默认取值: 不涉及。
        room_type (ShowSmartLiveRoomResponseRoomType | Unset): 参数解释: 直播间类型。 约束限制: 不涉及。 取值范围: ● NORMAL: 普通直播间, 直播间一直存在,
            可以反复开播 ● TEMP: 临时直播间, 直播任务结束后自动清理直播间。 ● TEMPLATE: 直播间模板。 默认取值: NORMAL Default:
            ShowSmartLiveRoomResponseRoomType.NORMAL.
        scene_scripts (list[LiveVideoScriptInfoForResponse] | Unset): 默认直播剧本列表。
        interaction_config (LiveRoomInteractionConfig | Unset): 表 6-16 LiveRoomInteractionConfig
        interaction_rules (list[LiveRoomInteractionRuleInfoForResponse] | Unset): 互动规则列表
        play_policy (PlayPolicy | Unset): 表 6-26 PlayPolicy; 表 6-257 PlayPolicy
        video_config (VideoConfigForResponse | Unset): 表 5-43 VideoConfig; 表 6-80 VideoConfig
        output_urls (list[str] | Unset): 参数解释: RTMP视频推流第三方直播平台地址。 说明 直播过程中刷新地址，需要调用COMMAND命令 REFRESH_OUTPUT_URL。 约束限制:
            不涉及 取值范围: 当前仅支持一条RTMP出流地址。 默认取值: 不涉及。
        stream_keys (list[str] | Unset): 参数解释: RTMP视频推流第三方直播平台流密钥，与推流地址对应。 说明 直播过程中刷新地址，需要调用COMMAND命令
            REFRESH_OUTPUT_URL。 约束限制: 不涉及 取值范围: 当前仅支持一条RTMP出流地址。 默认取值: 不涉及。
        backup_model_asset_ids (list[str] | Unset): 参数解释: 主播轮换时备选主播数字人资产ID（仅形象资产，不包含声音）。 约束限制: 不涉及 取值范围: 当前最大支持5个备选主播。
            数字人资产ID，字符长度0-64位。 默认取值: 不涉及
        live_event_callback_config (LiveEventCallBackConfig | Unset): 表 6-29 LiveEventCallBackConfig; 表 6-258
            LiveEventCallBackConfig (same table: 表 6-266, 6-280, 6-296, 6-329)
        rtc_callback_config (RTCLiveEventCallBackConfig | Unset): 表 6-30 RTCLiveEventCallBackConfig; 表 6-259
            RTCLiveEventCallBackConfig (same table: 表 6-281, 6-297, 6-330)
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
        shared_config (SharedConfig | Unset): 表 6-32 SharedConfig
        view_mode (ShowSmartLiveRoomResponseViewMode | Unset): 参数解释： 横竖屏类型。 约束限制： 用户无需填写，通过video_config中分辨率判断 取值范围： •
            LANDSCAPE：横屏。 • VERTICAL：竖屏。 默认取值： VERTICAL Default: ShowSmartLiveRoomResponseViewMode.VERTICAL.
        co_streamer_config (CoStreamerConfigForResponse | Unset): 表 6-86 CoStreamerConfig; 表 6-282 CoStreamerConfig
            (response variant; same table: 表 6-298, 6-331)
        priv_data (str | Unset): 参数解释： 匹配值私有数据，用户填写，原样带回。 约束限制： 不涉及 取值范围： 字符长度0-8192 默认取值： 不涉及。
        room_id (str | Unset): 直播间ID
        relation_live_platform_info (PlatformLiveDetailInfo | Unset): 表 6-88 PlatformLiveDetailInfo; 表 6-285
            PlatformLiveDetailInfo (same table: 表 6-301, 6-334)
        create_time (datetime.datetime | Unset): 直播间创建时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        update_time (datetime.datetime | Unset): 直播间更新时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        cover_url (str | Unset): 直播间封面图URL
        thumbnail (str | Unset): 直播间封面图新URL
        room_state (ShowSmartLiveRoomResponseRoomState | Unset): 直播间配置状态。 • ENABLE: 直播间正常可用。 • DISABLE: 直播间不可用。不可用原因在
            error_info 中说明。 • BLOCKED: 直播间被冻结。冻结原因在 error_info 中说明。
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
    """

    room_name: str | Unset = UNSET
    room_description: str | Unset = UNSET
    room_type: ShowSmartLiveRoomResponseRoomType | Unset = ShowSmartLiveRoomResponseRoomType.NORMAL
    scene_scripts: list[LiveVideoScriptInfoForResponse] | Unset = UNSET
    interaction_config: LiveRoomInteractionConfig | Unset = UNSET
    interaction_rules: list[LiveRoomInteractionRuleInfoForResponse] | Unset = UNSET
    play_policy: PlayPolicy | Unset = UNSET
    video_config: VideoConfigForResponse | Unset = UNSET
    output_urls: list[str] | Unset = UNSET
    stream_keys: list[str] | Unset = UNSET
    backup_model_asset_ids: list[str] | Unset = UNSET
    live_event_callback_config: LiveEventCallBackConfig | Unset = UNSET
    rtc_callback_config: RTCLiveEventCallBackConfig | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    shared_config: SharedConfig | Unset = UNSET
    view_mode: ShowSmartLiveRoomResponseViewMode | Unset = ShowSmartLiveRoomResponseViewMode.VERTICAL
    co_streamer_config: CoStreamerConfigForResponse | Unset = UNSET
    priv_data: str | Unset = UNSET
    room_id: str | Unset = UNSET
    relation_live_platform_info: PlatformLiveDetailInfo | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    cover_url: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    room_state: ShowSmartLiveRoomResponseRoomState | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        room_name = self.room_name

        room_description = self.room_description

        room_type: str | Unset = UNSET
        if not isinstance(self.room_type, Unset):
            room_type = self.room_type.value

        scene_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scene_scripts, Unset):
            scene_scripts = []
            for scene_scripts_item_data in self.scene_scripts:
                scene_scripts_item = scene_scripts_item_data.to_dict()
                scene_scripts.append(scene_scripts_item)

        interaction_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interaction_config, Unset):
            interaction_config = self.interaction_config.to_dict()

        interaction_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interaction_rules, Unset):
            interaction_rules = []
            for interaction_rules_item_data in self.interaction_rules:
                interaction_rules_item = interaction_rules_item_data.to_dict()
                interaction_rules.append(interaction_rules_item)

        play_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.play_policy, Unset):
            play_policy = self.play_policy.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        output_urls: list[str] | Unset = UNSET
        if not isinstance(self.output_urls, Unset):
            output_urls = self.output_urls

        stream_keys: list[str] | Unset = UNSET
        if not isinstance(self.stream_keys, Unset):
            stream_keys = self.stream_keys

        backup_model_asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.backup_model_asset_ids, Unset):
            backup_model_asset_ids = self.backup_model_asset_ids

        live_event_callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_event_callback_config, Unset):
            live_event_callback_config = self.live_event_callback_config.to_dict()

        rtc_callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtc_callback_config, Unset):
            rtc_callback_config = self.rtc_callback_config.to_dict()

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        shared_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_config, Unset):
            shared_config = self.shared_config.to_dict()

        view_mode: str | Unset = UNSET
        if not isinstance(self.view_mode, Unset):
            view_mode = self.view_mode.value

        co_streamer_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.co_streamer_config, Unset):
            co_streamer_config = self.co_streamer_config.to_dict()

        priv_data = self.priv_data

        room_id = self.room_id

        relation_live_platform_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relation_live_platform_info, Unset):
            relation_live_platform_info = self.relation_live_platform_info.to_dict()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        cover_url = self.cover_url

        thumbnail = self.thumbnail

        room_state: str | Unset = UNSET
        if not isinstance(self.room_state, Unset):
            room_state = self.room_state.value

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_name is not UNSET:
            field_dict["room_name"] = room_name
        if room_description is not UNSET:
            field_dict["room_description"] = room_description
        if room_type is not UNSET:
            field_dict["room_type"] = room_type
        if scene_scripts is not UNSET:
            field_dict["scene_scripts"] = scene_scripts
        if interaction_config is not UNSET:
            field_dict["interaction_config"] = interaction_config
        if interaction_rules is not UNSET:
            field_dict["interaction_rules"] = interaction_rules
        if play_policy is not UNSET:
            field_dict["play_policy"] = play_policy
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if output_urls is not UNSET:
            field_dict["output_urls"] = output_urls
        if stream_keys is not UNSET:
            field_dict["stream_keys"] = stream_keys
        if backup_model_asset_ids is not UNSET:
            field_dict["backup_model_asset_ids"] = backup_model_asset_ids
        if live_event_callback_config is not UNSET:
            field_dict["live_event_callback_config"] = live_event_callback_config
        if rtc_callback_config is not UNSET:
            field_dict["rtc_callback_config"] = rtc_callback_config
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if shared_config is not UNSET:
            field_dict["shared_config"] = shared_config
        if view_mode is not UNSET:
            field_dict["view_mode"] = view_mode
        if co_streamer_config is not UNSET:
            field_dict["co_streamer_config"] = co_streamer_config
        if priv_data is not UNSET:
            field_dict["priv_data"] = priv_data
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if relation_live_platform_info is not UNSET:
            field_dict["relation_live_platform_info"] = relation_live_platform_info
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if room_state is not UNSET:
            field_dict["room_state"] = room_state
        if error_info is not UNSET:
            field_dict["error_info"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.co_streamer_config_for_response import CoStreamerConfigForResponse  # noqa: PLC0415
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.live_event_call_back_config import LiveEventCallBackConfig  # noqa: PLC0415
        from ..models.live_room_interaction_config import LiveRoomInteractionConfig  # noqa: PLC0415
        from ..models.live_room_interaction_rule_info_for_response import LiveRoomInteractionRuleInfoForResponse  # noqa: PLC0415
        from ..models.live_video_script_info_for_response import LiveVideoScriptInfoForResponse  # noqa: PLC0415
        from ..models.platform_live_detail_info import PlatformLiveDetailInfo  # noqa: PLC0415
        from ..models.play_policy import PlayPolicy  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig  # noqa: PLC0415
        from ..models.shared_config import SharedConfig  # noqa: PLC0415
        from ..models.video_config_for_response import VideoConfigForResponse  # noqa: PLC0415

        d = dict(src_dict)
        room_name = d.pop("room_name", UNSET)
        if room_name is None:
            room_name = UNSET
            d["room_name"] = None

        room_description = d.pop("room_description", UNSET)
        if room_description is None:
            room_description = UNSET
            d["room_description"] = None

        _raw_room_type = d.pop("room_type", UNSET)
        try:
            _room_type = _raw_room_type
            room_type: ShowSmartLiveRoomResponseRoomType | Unset
            if isinstance(_room_type, Unset):
                room_type = UNSET
            else:
                room_type = ShowSmartLiveRoomResponseRoomType(_room_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            room_type = UNSET
            d["room_type"] = _raw_room_type

        _raw_scene_scripts = d.pop("scene_scripts", UNSET)
        try:
            _scene_scripts = _raw_scene_scripts
            scene_scripts: list[LiveVideoScriptInfoForResponse] | Unset = UNSET
            if _scene_scripts is not UNSET:
                scene_scripts = []
                for scene_scripts_item_data in _scene_scripts:
                    scene_scripts_item = LiveVideoScriptInfoForResponse.from_dict(scene_scripts_item_data)

                    scene_scripts.append(scene_scripts_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            scene_scripts = UNSET
            d["scene_scripts"] = _raw_scene_scripts

        _raw_interaction_config = d.pop("interaction_config", UNSET)
        try:
            _interaction_config = _raw_interaction_config
            interaction_config: LiveRoomInteractionConfig | Unset
            if isinstance(_interaction_config, Unset):
                interaction_config = UNSET
            else:
                interaction_config = LiveRoomInteractionConfig.from_dict(_interaction_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            interaction_config = UNSET
            d["interaction_config"] = _raw_interaction_config

        _raw_interaction_rules = d.pop("interaction_rules", UNSET)
        try:
            _interaction_rules = _raw_interaction_rules
            interaction_rules: list[LiveRoomInteractionRuleInfoForResponse] | Unset = UNSET
            if _interaction_rules is not UNSET:
                interaction_rules = []
                for interaction_rules_item_data in _interaction_rules:
                    interaction_rules_item = LiveRoomInteractionRuleInfoForResponse.from_dict(
                        interaction_rules_item_data
                    )

                    interaction_rules.append(interaction_rules_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            interaction_rules = UNSET
            d["interaction_rules"] = _raw_interaction_rules

        _raw_play_policy = d.pop("play_policy", UNSET)
        try:
            _play_policy = _raw_play_policy
            play_policy: PlayPolicy | Unset
            if isinstance(_play_policy, Unset):
                play_policy = UNSET
            else:
                play_policy = PlayPolicy.from_dict(_play_policy)

        except (TypeError, ValueError, KeyError, AttributeError):
            play_policy = UNSET
            d["play_policy"] = _raw_play_policy

        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: VideoConfigForResponse | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfigForResponse.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        output_urls = d.pop("output_urls", UNSET)
        if not isinstance(output_urls, Unset | list):
            d["output_urls"] = output_urls
            output_urls = UNSET

        stream_keys = d.pop("stream_keys", UNSET)
        if not isinstance(stream_keys, Unset | list):
            d["stream_keys"] = stream_keys
            stream_keys = UNSET

        backup_model_asset_ids = d.pop("backup_model_asset_ids", UNSET)
        if not isinstance(backup_model_asset_ids, Unset | list):
            d["backup_model_asset_ids"] = backup_model_asset_ids
            backup_model_asset_ids = UNSET

        _raw_live_event_callback_config = d.pop("live_event_callback_config", UNSET)
        try:
            _live_event_callback_config = _raw_live_event_callback_config
            live_event_callback_config: LiveEventCallBackConfig | Unset
            if isinstance(_live_event_callback_config, Unset):
                live_event_callback_config = UNSET
            else:
                live_event_callback_config = LiveEventCallBackConfig.from_dict(_live_event_callback_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            live_event_callback_config = UNSET
            d["live_event_callback_config"] = _raw_live_event_callback_config

        _raw_rtc_callback_config = d.pop("rtc_callback_config", UNSET)
        try:
            _rtc_callback_config = _raw_rtc_callback_config
            rtc_callback_config: RTCLiveEventCallBackConfig | Unset
            if isinstance(_rtc_callback_config, Unset):
                rtc_callback_config = UNSET
            else:
                rtc_callback_config = RTCLiveEventCallBackConfig.from_dict(_rtc_callback_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            rtc_callback_config = UNSET
            d["rtc_callback_config"] = _raw_rtc_callback_config

        _raw_review_config = d.pop("review_config", UNSET)
        try:
            _review_config = _raw_review_config
            review_config: ReviewConfig | Unset
            if isinstance(_review_config, Unset):
                review_config = UNSET
            else:
                review_config = ReviewConfig.from_dict(_review_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            review_config = UNSET
            d["review_config"] = _raw_review_config

        _raw_shared_config = d.pop("shared_config", UNSET)
        try:
            _shared_config = _raw_shared_config
            shared_config: SharedConfig | Unset
            if isinstance(_shared_config, Unset):
                shared_config = UNSET
            else:
                shared_config = SharedConfig.from_dict(_shared_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            shared_config = UNSET
            d["shared_config"] = _raw_shared_config

        _raw_view_mode = d.pop("view_mode", UNSET)
        try:
            _view_mode = _raw_view_mode
            view_mode: ShowSmartLiveRoomResponseViewMode | Unset
            if isinstance(_view_mode, Unset):
                view_mode = UNSET
            else:
                view_mode = ShowSmartLiveRoomResponseViewMode(_view_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            view_mode = UNSET
            d["view_mode"] = _raw_view_mode

        _raw_co_streamer_config = d.pop("co_streamer_config", UNSET)
        try:
            _co_streamer_config = _raw_co_streamer_config
            co_streamer_config: CoStreamerConfigForResponse | Unset
            if isinstance(_co_streamer_config, Unset):
                co_streamer_config = UNSET
            else:
                co_streamer_config = CoStreamerConfigForResponse.from_dict(_co_streamer_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            co_streamer_config = UNSET
            d["co_streamer_config"] = _raw_co_streamer_config

        priv_data = d.pop("priv_data", UNSET)
        if priv_data is None:
            priv_data = UNSET
            d["priv_data"] = None

        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        _raw_relation_live_platform_info = d.pop("relation_live_platform_info", UNSET)
        try:
            _relation_live_platform_info = _raw_relation_live_platform_info
            relation_live_platform_info: PlatformLiveDetailInfo | Unset
            if isinstance(_relation_live_platform_info, Unset):
                relation_live_platform_info = UNSET
            else:
                relation_live_platform_info = PlatformLiveDetailInfo.from_dict(_relation_live_platform_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            relation_live_platform_info = UNSET
            d["relation_live_platform_info"] = _raw_relation_live_platform_info

        _raw_create_time = d.pop("create_time", UNSET)
        try:
            _create_time = _raw_create_time
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_time = UNSET
            d["create_time"] = _raw_create_time

        _raw_update_time = d.pop("update_time", UNSET)
        try:
            _update_time = _raw_update_time
            update_time: datetime.datetime | Unset
            if isinstance(_update_time, Unset):
                update_time = UNSET
            else:
                update_time = datetime.datetime.fromisoformat(_update_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            update_time = UNSET
            d["update_time"] = _raw_update_time

        cover_url = d.pop("cover_url", UNSET)
        if cover_url is None:
            cover_url = UNSET
            d["cover_url"] = None

        thumbnail = d.pop("thumbnail", UNSET)
        if thumbnail is None:
            thumbnail = UNSET
            d["thumbnail"] = None

        _raw_room_state = d.pop("room_state", UNSET)
        try:
            _room_state = _raw_room_state
            room_state: ShowSmartLiveRoomResponseRoomState | Unset
            if isinstance(_room_state, Unset):
                room_state = UNSET
            else:
                room_state = ShowSmartLiveRoomResponseRoomState(_room_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            room_state = UNSET
            d["room_state"] = _raw_room_state

        _raw_error_info = d.pop("error_info", UNSET)
        try:

            def _parse_error_info(data: object) -> ErrorInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_info_type_0 = ErrorInfo.from_dict(data)

                    return componentsschemas_error_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorInfo | None | Unset, data)

            error_info = _parse_error_info(_raw_error_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_info = UNSET
            d["error_info"] = _raw_error_info

        show_smart_live_room_response = cls(
            room_name=room_name,
            room_description=room_description,
            room_type=room_type,
            scene_scripts=scene_scripts,
            interaction_config=interaction_config,
            interaction_rules=interaction_rules,
            play_policy=play_policy,
            video_config=video_config,
            output_urls=output_urls,
            stream_keys=stream_keys,
            backup_model_asset_ids=backup_model_asset_ids,
            live_event_callback_config=live_event_callback_config,
            rtc_callback_config=rtc_callback_config,
            review_config=review_config,
            shared_config=shared_config,
            view_mode=view_mode,
            co_streamer_config=co_streamer_config,
            priv_data=priv_data,
            room_id=room_id,
            relation_live_platform_info=relation_live_platform_info,
            create_time=create_time,
            update_time=update_time,
            cover_url=cover_url,
            thumbnail=thumbnail,
            room_state=room_state,
            error_info=error_info,
        )

        show_smart_live_room_response.additional_properties = d
        return show_smart_live_room_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
