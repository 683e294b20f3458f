from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_info import ModelInfo
    from ..models.voice_config_for_response import VoiceConfigForResponse


T = TypeVar("T", bound="SmartChatRoomBaseInfo")


@_attrs_define
class SmartChatRoomBaseInfo:
    """表 7-27 SmartChatRoomBaseInfo

    Attributes:
        room_id (str | Unset): 智能交互对话ID
        room_name (str | Unset): 智能交互对话名称
        room_description (str | Unset): 智能交互对话描述。
        robot_id (str | Unset): 机器人ID。
        cover_url (str | Unset): 对话封面图URL
        model_infos (ModelInfo | Unset): 表 6-49 ModelInfo; 表 7-28 ModelInfo
        voice_config (VoiceConfigForResponse | Unset): 表 5-42 VoiceConfig（同 表 5-155）; 表 6-87 VoiceConfig; 表 6-283
            VoiceConfig (response variant, nothing required; same table: 表 6-299, 6-332); 表 7-29 VoiceConfig
        concurrency (int | Unset): 参数解释: 并发路数。 取值范围: 0-1024
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
    """

    room_id: str | Unset = UNSET
    room_name: str | Unset = UNSET
    room_description: str | Unset = UNSET
    robot_id: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    model_infos: ModelInfo | Unset = UNSET
    voice_config: VoiceConfigForResponse | Unset = UNSET
    concurrency: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        room_name = self.room_name

        room_description = self.room_description

        robot_id = self.robot_id

        cover_url = self.cover_url

        model_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_infos, Unset):
            model_infos = self.model_infos.to_dict()

        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

        concurrency = self.concurrency

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if room_name is not UNSET:
            field_dict["room_name"] = room_name
        if room_description is not UNSET:
            field_dict["room_description"] = room_description
        if robot_id is not UNSET:
            field_dict["robot_id"] = robot_id
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if model_infos is not UNSET:
            field_dict["model_infos"] = model_infos
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_info import ModelInfo  # noqa: PLC0415
        from ..models.voice_config_for_response import VoiceConfigForResponse  # noqa: PLC0415

        d = dict(src_dict)
        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        room_name = d.pop("room_name", UNSET)
        if room_name is None:
            room_name = UNSET
            d["room_name"] = None

        room_description = d.pop("room_description", UNSET)
        if room_description is None:
            room_description = UNSET
            d["room_description"] = None

        robot_id = d.pop("robot_id", UNSET)
        if robot_id is None:
            robot_id = UNSET
            d["robot_id"] = None

        cover_url = d.pop("cover_url", UNSET)
        if cover_url is None:
            cover_url = UNSET
            d["cover_url"] = None

        _raw_model_infos = d.pop("model_infos", UNSET)
        try:
            _model_infos = _raw_model_infos
            model_infos: ModelInfo | Unset
            if isinstance(_model_infos, Unset):
                model_infos = UNSET
            else:
                model_infos = ModelInfo.from_dict(_model_infos)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_infos = UNSET
            d["model_infos"] = _raw_model_infos

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

        concurrency = d.pop("concurrency", UNSET)
        if concurrency is None:
            concurrency = UNSET
            d["concurrency"] = None

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

        smart_chat_room_base_info = cls(
            room_id=room_id,
            room_name=room_name,
            room_description=room_description,
            robot_id=robot_id,
            cover_url=cover_url,
            model_infos=model_infos,
            voice_config=voice_config,
            concurrency=concurrency,
            create_time=create_time,
            update_time=update_time,
        )

        smart_chat_room_base_info.additional_properties = d
        return smart_chat_room_base_info

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
