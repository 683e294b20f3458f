from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_smart_chat_room_response_chat_video_type import UpdateSmartChatRoomResponseChatVideoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_config_info_for_response import BackgroundConfigInfoForResponse
    from ..models.chat_subtitle_config import ChatSubtitleConfig
    from ..models.chat_video_config_for_update_response import ChatVideoConfigForUpdateResponse
    from ..models.layer_config_for_response import LayerConfigForResponse
    from ..models.review_config import ReviewConfig
    from ..models.voice_config_for_response import VoiceConfigForResponse


T = TypeVar("T", bound="UpdateSmartChatRoomResponse")


@_attrs_define
class UpdateSmartChatRoomResponse:
    """表 7-69 响应 Body 参数

    Attributes:
        room_name (str | Unset): 对话名称
        room_description (str | Unset): 对话描述。
        video_config (ChatVideoConfigForUpdateResponse | Unset): 表 7-70 VideoConfig
        model_asset_id (str | Unset): 数字人模型资产ID。
        voice_config (VoiceConfigForResponse | Unset): 表 5-42 VoiceConfig（同 表 5-155）; 表 6-87 VoiceConfig; 表 6-283
            VoiceConfig (response variant, nothing required; same table: 表 6-299, 6-332); 表 7-29 VoiceConfig
        robot_id (str | Unset): 机器人ID。获取方法请参考 创建应用。
        concurrency (int | Unset): 参数解释： 并发路数。 取值范围： 0-1024
        background_config (BackgroundConfigInfoForResponse | Unset): 表 5-51 BackgroundConfigInfo（同 表 5-162）; 表 6-58
            BackgroundConfigInfo; 表 7-40 BackgroundConfigInfo
        layer_config (list[LayerConfigForResponse] | Unset): 图层配置。
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
        chat_subtitle_config (ChatSubtitleConfig | Unset): 表 7-15 ChatSubtitleConfig
        chat_video_type (UpdateSmartChatRoomResponseChatVideoType | Unset): 智能交互对话端配置。 COMPUTER: 电脑端 MOBILE: 手机端 HUB: 大屏
        room_id (str | Unset): 对话ID。
        create_time (datetime.datetime | Unset): 智能交互对话创建时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        update_time (datetime.datetime | Unset): 智能交互对话更新时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        cover_url (str | Unset): 对话封面图URL
    """

    room_name: str | Unset = UNSET
    room_description: str | Unset = UNSET
    video_config: ChatVideoConfigForUpdateResponse | Unset = UNSET
    model_asset_id: str | Unset = UNSET
    voice_config: VoiceConfigForResponse | Unset = UNSET
    robot_id: str | Unset = UNSET
    concurrency: int | Unset = UNSET
    background_config: BackgroundConfigInfoForResponse | Unset = UNSET
    layer_config: list[LayerConfigForResponse] | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    chat_subtitle_config: ChatSubtitleConfig | Unset = UNSET
    chat_video_type: UpdateSmartChatRoomResponseChatVideoType | Unset = UNSET
    room_id: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    cover_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_name = self.room_name

        room_description = self.room_description

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        model_asset_id = self.model_asset_id

        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

        robot_id = self.robot_id

        concurrency = self.concurrency

        background_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_config, Unset):
            background_config = self.background_config.to_dict()

        layer_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.layer_config, Unset):
            layer_config = []
            for layer_config_item_data in self.layer_config:
                layer_config_item = layer_config_item_data.to_dict()
                layer_config.append(layer_config_item)

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        chat_subtitle_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat_subtitle_config, Unset):
            chat_subtitle_config = self.chat_subtitle_config.to_dict()

        chat_video_type: str | Unset = UNSET
        if not isinstance(self.chat_video_type, Unset):
            chat_video_type = self.chat_video_type.value

        room_id = self.room_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        cover_url = self.cover_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_name is not UNSET:
            field_dict["room_name"] = room_name
        if room_description is not UNSET:
            field_dict["room_description"] = room_description
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if robot_id is not UNSET:
            field_dict["robot_id"] = robot_id
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if background_config is not UNSET:
            field_dict["background_config"] = background_config
        if layer_config is not UNSET:
            field_dict["layer_config"] = layer_config
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if chat_subtitle_config is not UNSET:
            field_dict["chat_subtitle_config"] = chat_subtitle_config
        if chat_video_type is not UNSET:
            field_dict["chat_video_type"] = chat_video_type
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_config_info_for_response import BackgroundConfigInfoForResponse  # noqa: PLC0415
        from ..models.chat_subtitle_config import ChatSubtitleConfig  # noqa: PLC0415
        from ..models.chat_video_config_for_update_response import ChatVideoConfigForUpdateResponse  # noqa: PLC0415
        from ..models.layer_config_for_response import LayerConfigForResponse  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.voice_config_for_response import VoiceConfigForResponse  # noqa: PLC0415

        d = dict(src_dict)
        room_name = d.pop("room_name", UNSET)
        if room_name is None:
            room_name = UNSET
            d["room_name"] = None

        room_description = d.pop("room_description", UNSET)
        if room_description is None:
            room_description = UNSET
            d["room_description"] = None

        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: ChatVideoConfigForUpdateResponse | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = ChatVideoConfigForUpdateResponse.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        model_asset_id = d.pop("model_asset_id", UNSET)
        if model_asset_id is None:
            model_asset_id = UNSET
            d["model_asset_id"] = None

        _raw_voice_config = d.pop("voice_config", UNSET)
        try:
            _voice_config = _raw_voice_config
            voice_config: VoiceConfigForResponse | Unset
            if isinstance(_voice_config, Unset):
                voice_config = UNSET
            else:
                voice_config = VoiceConfigForResponse.from_dict(_voice_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_config = UNSET
            d["voice_config"] = _raw_voice_config

        robot_id = d.pop("robot_id", UNSET)
        if robot_id is None:
            robot_id = UNSET
            d["robot_id"] = None

        concurrency = d.pop("concurrency", UNSET)
        if concurrency is None:
            concurrency = UNSET
            d["concurrency"] = None

        _raw_background_config = d.pop("background_config", UNSET)
        try:
            _background_config = _raw_background_config
            background_config: BackgroundConfigInfoForResponse | Unset
            if isinstance(_background_config, Unset):
                background_config = UNSET
            else:
                background_config = BackgroundConfigInfoForResponse.from_dict(_background_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            background_config = UNSET
            d["background_config"] = _raw_background_config

        _raw_layer_config = d.pop("layer_config", UNSET)
        try:
            _layer_config = _raw_layer_config
            layer_config: list[LayerConfigForResponse] | Unset = UNSET
            if _layer_config is not UNSET:
                layer_config = []
                for layer_config_item_data in _layer_config:
                    layer_config_item = LayerConfigForResponse.from_dict(layer_config_item_data)

                    layer_config.append(layer_config_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            layer_config = UNSET
            d["layer_config"] = _raw_layer_config

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

        _raw_chat_subtitle_config = d.pop("chat_subtitle_config", UNSET)
        try:
            _chat_subtitle_config = _raw_chat_subtitle_config
            chat_subtitle_config: ChatSubtitleConfig | Unset
            if isinstance(_chat_subtitle_config, Unset):
                chat_subtitle_config = UNSET
            else:
                chat_subtitle_config = ChatSubtitleConfig.from_dict(_chat_subtitle_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            chat_subtitle_config = UNSET
            d["chat_subtitle_config"] = _raw_chat_subtitle_config

        _raw_chat_video_type = d.pop("chat_video_type", UNSET)
        try:
            _chat_video_type = _raw_chat_video_type
            chat_video_type: UpdateSmartChatRoomResponseChatVideoType | Unset
            if isinstance(_chat_video_type, Unset):
                chat_video_type = UNSET
            else:
                chat_video_type = UpdateSmartChatRoomResponseChatVideoType(_chat_video_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            chat_video_type = UNSET
            d["chat_video_type"] = _raw_chat_video_type

        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

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

        update_smart_chat_room_response = cls(
            room_name=room_name,
            room_description=room_description,
            video_config=video_config,
            model_asset_id=model_asset_id,
            voice_config=voice_config,
            robot_id=robot_id,
            concurrency=concurrency,
            background_config=background_config,
            layer_config=layer_config,
            review_config=review_config,
            chat_subtitle_config=chat_subtitle_config,
            chat_video_type=chat_video_type,
            room_id=room_id,
            create_time=create_time,
            update_time=update_time,
            cover_url=cover_url,
        )

        update_smart_chat_room_response.additional_properties = d
        return update_smart_chat_room_response

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
