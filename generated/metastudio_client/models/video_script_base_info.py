from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_script_base_info_model_asset_type import VideoScriptBaseInfoModelAssetType
from ..models.video_script_base_info_script_type import VideoScriptBaseInfoScriptType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoScriptBaseInfo")


@_attrs_define
class VideoScriptBaseInfo:
    """表 5-34 VideoScriptBaseInfo

    Attributes:
        script_id (str | Unset): 剧本ID。
        script_name (str | Unset): 剧本名称。
        script_description (str | Unset): 剧本描述。
        model_asset_id (str | Unset): 数字人模型资产ID，可以从资产库中查询。
        model_asset_type (VideoScriptBaseInfoModelAssetType | Unset): 数字人模型类型。 • HUMAN_MODEL_2D: 分身数字人 • HUMAN_MODEL_3D:
            3D数字人
        script_cover_url (str | Unset): 剧本封面下载url。
        script_type (VideoScriptBaseInfoScriptType | Unset): 脚本类型，即视频制作的驱动方式。默认TEXT • TEXT: 文本驱动，即通过TTS合成语音 • AUDIO:
            语音驱动 Default: VideoScriptBaseInfoScriptType.TEXT.
        text (str | Unset): 台词脚本。
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
    """

    script_id: str | Unset = UNSET
    script_name: str | Unset = UNSET
    script_description: str | Unset = UNSET
    model_asset_id: str | Unset = UNSET
    model_asset_type: VideoScriptBaseInfoModelAssetType | Unset = UNSET
    script_cover_url: str | Unset = UNSET
    script_type: VideoScriptBaseInfoScriptType | Unset = VideoScriptBaseInfoScriptType.TEXT
    text: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_id = self.script_id

        script_name = self.script_name

        script_description = self.script_description

        model_asset_id = self.model_asset_id

        model_asset_type: str | Unset = UNSET
        if not isinstance(self.model_asset_type, Unset):
            model_asset_type = self.model_asset_type.value

        script_cover_url = self.script_cover_url

        script_type: str | Unset = UNSET
        if not isinstance(self.script_type, Unset):
            script_type = self.script_type.value

        text = self.text

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if script_name is not UNSET:
            field_dict["script_name"] = script_name
        if script_description is not UNSET:
            field_dict["script_description"] = script_description
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if model_asset_type is not UNSET:
            field_dict["model_asset_type"] = model_asset_type
        if script_cover_url is not UNSET:
            field_dict["script_cover_url"] = script_cover_url
        if script_type is not UNSET:
            field_dict["script_type"] = script_type
        if text is not UNSET:
            field_dict["text"] = text
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        script_id = d.pop("script_id", UNSET)
        if script_id is None:
            script_id = UNSET
            d["script_id"] = None

        script_name = d.pop("script_name", UNSET)
        if script_name is None:
            script_name = UNSET
            d["script_name"] = None

        script_description = d.pop("script_description", UNSET)
        if script_description is None:
            script_description = UNSET
            d["script_description"] = None

        model_asset_id = d.pop("model_asset_id", UNSET)
        if model_asset_id is None:
            model_asset_id = UNSET
            d["model_asset_id"] = None

        _raw_model_asset_type = d.pop("model_asset_type", UNSET)
        try:
            _model_asset_type = _raw_model_asset_type
            model_asset_type: VideoScriptBaseInfoModelAssetType | Unset
            if isinstance(_model_asset_type, Unset):
                model_asset_type = UNSET
            else:
                model_asset_type = VideoScriptBaseInfoModelAssetType(_model_asset_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_asset_type = UNSET
            d["model_asset_type"] = _raw_model_asset_type

        script_cover_url = d.pop("script_cover_url", UNSET)
        if script_cover_url is None:
            script_cover_url = UNSET
            d["script_cover_url"] = None

        _raw_script_type = d.pop("script_type", UNSET)
        try:
            _script_type = _raw_script_type
            script_type: VideoScriptBaseInfoScriptType | Unset
            if isinstance(_script_type, Unset):
                script_type = UNSET
            else:
                script_type = VideoScriptBaseInfoScriptType(_script_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            script_type = UNSET
            d["script_type"] = _raw_script_type

        text = d.pop("text", UNSET)
        if text is None:
            text = UNSET
            d["text"] = None

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

        video_script_base_info = cls(
            script_id=script_id,
            script_name=script_name,
            script_description=script_description,
            model_asset_id=model_asset_id,
            model_asset_type=model_asset_type,
            script_cover_url=script_cover_url,
            script_type=script_type,
            text=text,
            create_time=create_time,
            update_time=update_time,
        )

        video_script_base_info.additional_properties = d
        return video_script_base_info

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
