from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_smart_live_room_request_room_type import CreateSmartLiveRoomRequestRoomType
from ..models.create_smart_live_room_request_view_mode import CreateSmartLiveRoomRequestViewMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.co_streamer_config import CoStreamerConfig
    from ..models.live_event_call_back_config import LiveEventCallBackConfig
    from ..models.live_room_interaction_config import LiveRoomInteractionConfig
    from ..models.live_room_interaction_rule_info import LiveRoomInteractionRuleInfo
    from ..models.live_video_script_info import LiveVideoScriptInfo
    from ..models.platform_live_info import PlatformLiveInfo
    from ..models.play_policy import PlayPolicy
    from ..models.review_config import ReviewConfig
    from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig
    from ..models.shared_config import SharedConfig
    from ..models.video_config import VideoConfig


T = TypeVar("T", bound="CreateSmartLiveRoomRequest")


@_attrs_define
class CreateSmartLiveRoomRequest:
    """表 6-3 请求 Body 参数

    Attributes:
        room_name (str): 参数解释： 直播间名称。 约束限制： 不涉及。 取值范围： 字符长度1-256位。 默认取值： 不涉及。
        room_description (str | Unset): 参数解释: 直播间描述。 约束限制: 不涉及。 取值范围: 字符长度0-1024位。 默认取值: 不涉及。
        room_type (CreateSmartLiveRoomRequestRoomType | Unset): 参数解释: 直播间类型。 约束限制: 不涉及。 取值范围: • NORMAL: 普通直播间, 直播间一直存在,
            可以反复开播 • TEMP: 临时直播间, 直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。 默认取值: NORMAL Default:
            CreateSmartLiveRoomRequestRoomType.NORMAL.
        scene_scripts (list[LiveVideoScriptInfo] | Unset): 默认直播剧本列表。
        interaction_config (LiveRoomInteractionConfig | Unset): 表 6-16 LiveRoomInteractionConfig
        interaction_rules (list[LiveRoomInteractionRuleInfo] | Unset): 互动规则列表
        play_policy (PlayPolicy | Unset): 表 6-26 PlayPolicy; 表 6-257 PlayPolicy
        video_config (VideoConfig | Unset): 表 5-5 VideoConfig（同 表 5-71）; 表 6-27 VideoConfig; 表 6-255 VideoConfig; 表 7-4
            VideoConfig
        output_urls (list[str] | Unset): 参数解释: RTMP视频推流第三方直播平台地址。 说明 直播过程中刷新地址，需要调用COMMAND命令REFRESH_OUTPUT_URL。 约束限制:
            不涉及 取值范围: 当前仅支持一条RTMP出流地址。 默认取值: 不涉及。
        stream_keys (list[str] | Unset): 参数解释: RTMP视频推流第三方直播平台流密钥，与推流地址对应。 说明 直播过程中刷新地址，需要调用COMMAND命令REFRESH_OUTPUT_URL。
            约束限制: 不涉及 取值范围: 当前仅支持一条RTMP出流地址。 默认取值: 不涉及。
        backup_model_asset_ids (list[str] | Unset): 参数解释: 主播轮换时备选主播数字人资产ID（仅形象资产，不包含声音）。 约束限制: 不涉及 取值范围: 当前最大支持5个备选主播。
            数字人资产ID，字符长度0-64位。 默认取值: 不涉及
        live_event_callback_config (LiveEventCallBackConfig | Unset): 表 6-29 LiveEventCallBackConfig; 表 6-258
            LiveEventCallBackConfig (same table: 表 6-266, 6-280, 6-296, 6-329)
        rtc_callback_config (RTCLiveEventCallBackConfig | Unset): 表 6-30 RTCLiveEventCallBackConfig; 表 6-259
            RTCLiveEventCallBackConfig (same table: 表 6-281, 6-297, 6-330)
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
        shared_config (SharedConfig | Unset): 表 6-32 SharedConfig
        view_mode (CreateSmartLiveRoomRequestViewMode | Unset): 参数解释： 横竖屏类型。 约束限制： 用户无需填写，通过 video_config中分辨率判断 取值范围： •
            LANDSCAPE: 横屏。 • VERTICAL: 竖屏。 默认取值： VERTICAL Default: CreateSmartLiveRoomRequestViewMode.VERTICAL.
        co_streamer_config (CoStreamerConfig | Unset): 表 6-33 CoStreamerConfig; 表 6-260 CoStreamerConfig
        priv_data (str | Unset): 参数解释： 匹配值私有数据，用户填写，原 样带回。 约束限制： 不涉及 取值范围： 字符长度0-8192 默认取值： 不涉及。
        relation_live_platform_info (PlatformLiveInfo | Unset): 表 6-35 PlatformLiveInfo
    """

    room_name: str
    room_description: str | Unset = UNSET
    room_type: CreateSmartLiveRoomRequestRoomType | Unset = CreateSmartLiveRoomRequestRoomType.NORMAL
    scene_scripts: list[LiveVideoScriptInfo] | Unset = UNSET
    interaction_config: LiveRoomInteractionConfig | Unset = UNSET
    interaction_rules: list[LiveRoomInteractionRuleInfo] | Unset = UNSET
    play_policy: PlayPolicy | Unset = UNSET
    video_config: VideoConfig | Unset = UNSET
    output_urls: list[str] | Unset = UNSET
    stream_keys: list[str] | Unset = UNSET
    backup_model_asset_ids: list[str] | Unset = UNSET
    live_event_callback_config: LiveEventCallBackConfig | Unset = UNSET
    rtc_callback_config: RTCLiveEventCallBackConfig | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    shared_config: SharedConfig | Unset = UNSET
    view_mode: CreateSmartLiveRoomRequestViewMode | Unset = CreateSmartLiveRoomRequestViewMode.VERTICAL
    co_streamer_config: CoStreamerConfig | Unset = UNSET
    priv_data: str | Unset = UNSET
    relation_live_platform_info: PlatformLiveInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        relation_live_platform_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relation_live_platform_info, Unset):
            relation_live_platform_info = self.relation_live_platform_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_name": room_name,
            }
        )
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
        if relation_live_platform_info is not UNSET:
            field_dict["relation_live_platform_info"] = relation_live_platform_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.co_streamer_config import CoStreamerConfig  # noqa: PLC0415
        from ..models.live_event_call_back_config import LiveEventCallBackConfig  # noqa: PLC0415
        from ..models.live_room_interaction_config import LiveRoomInteractionConfig  # noqa: PLC0415
        from ..models.live_room_interaction_rule_info import LiveRoomInteractionRuleInfo  # noqa: PLC0415
        from ..models.live_video_script_info import LiveVideoScriptInfo  # noqa: PLC0415
        from ..models.platform_live_info import PlatformLiveInfo  # noqa: PLC0415
        from ..models.play_policy import PlayPolicy  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig  # noqa: PLC0415
        from ..models.shared_config import SharedConfig  # noqa: PLC0415
        from ..models.video_config import VideoConfig  # noqa: PLC0415

        d = dict(src_dict)
        room_name = d.pop("room_name")

        room_description = d.pop("room_description", UNSET)
        if room_description is None:
            room_description = UNSET
            d["room_description"] = None

        _raw_room_type = d.pop("room_type", UNSET)
        try:
            _room_type = _raw_room_type
            room_type: CreateSmartLiveRoomRequestRoomType | Unset
            if isinstance(_room_type, Unset):
                room_type = UNSET
            else:
                room_type = CreateSmartLiveRoomRequestRoomType(_room_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            room_type = UNSET
            d["room_type"] = _raw_room_type

        _raw_scene_scripts = d.pop("scene_scripts", UNSET)
        try:
            _scene_scripts = _raw_scene_scripts
            scene_scripts: list[LiveVideoScriptInfo] | Unset = UNSET
            if _scene_scripts is not UNSET:
                scene_scripts = []
                for scene_scripts_item_data in _scene_scripts:
                    scene_scripts_item = LiveVideoScriptInfo.from_dict(scene_scripts_item_data)

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
            interaction_rules: list[LiveRoomInteractionRuleInfo] | Unset = UNSET
            if _interaction_rules is not UNSET:
                interaction_rules = []
                for interaction_rules_item_data in _interaction_rules:
                    interaction_rules_item = LiveRoomInteractionRuleInfo.from_dict(interaction_rules_item_data)

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
            video_config: VideoConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfig.from_dict(_video_config)

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
            view_mode: CreateSmartLiveRoomRequestViewMode | Unset
            if isinstance(_view_mode, Unset):
                view_mode = UNSET
            else:
                view_mode = CreateSmartLiveRoomRequestViewMode(_view_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            view_mode = UNSET
            d["view_mode"] = _raw_view_mode

        _raw_co_streamer_config = d.pop("co_streamer_config", UNSET)
        try:
            _co_streamer_config = _raw_co_streamer_config
            co_streamer_config: CoStreamerConfig | Unset
            if isinstance(_co_streamer_config, Unset):
                co_streamer_config = UNSET
            else:
                co_streamer_config = CoStreamerConfig.from_dict(_co_streamer_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            co_streamer_config = UNSET
            d["co_streamer_config"] = _raw_co_streamer_config

        priv_data = d.pop("priv_data", UNSET)
        if priv_data is None:
            priv_data = UNSET
            d["priv_data"] = None

        _raw_relation_live_platform_info = d.pop("relation_live_platform_info", UNSET)
        try:
            _relation_live_platform_info = _raw_relation_live_platform_info
            relation_live_platform_info: PlatformLiveInfo | Unset
            if isinstance(_relation_live_platform_info, Unset):
                relation_live_platform_info = UNSET
            else:
                relation_live_platform_info = PlatformLiveInfo.from_dict(_relation_live_platform_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            relation_live_platform_info = UNSET
            d["relation_live_platform_info"] = _raw_relation_live_platform_info

        create_smart_live_room_request = cls(
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
            relation_live_platform_info=relation_live_platform_info,
        )

        create_smart_live_room_request.additional_properties = d
        return create_smart_live_room_request

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
