from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartVideoLayerConfigForResponse")


@_attrs_define
class SmartVideoLayerConfigForResponse:
    """表 6-76 SmartVideoLayerConfig

    Attributes:
        video_url (str | Unset): 视频文件的URL。
        video_cover_url (str | Unset): 视频封面文件的URL。
        display_duration (int | Unset): 参数解释: 图片显示时长，单位s。
            显示时长规则为，若携带reply_texts、reply_audios，则与播放语音内容时长保持一致。若未携带，则与匹配的关键词语音内容时长保持一致。 取值范围: 0-3600 默认取值: 0 Default: 0.
    """

    video_url: str | Unset = UNSET
    video_cover_url: str | Unset = UNSET
    display_duration: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        video_cover_url = self.video_cover_url

        display_duration = self.display_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_cover_url is not UNSET:
            field_dict["video_cover_url"] = video_cover_url
        if display_duration is not UNSET:
            field_dict["display_duration"] = display_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url", UNSET)
        if video_url is None:
            video_url = UNSET
            d["video_url"] = None

        video_cover_url = d.pop("video_cover_url", UNSET)
        if video_cover_url is None:
            video_cover_url = UNSET
            d["video_cover_url"] = None

        display_duration = d.pop("display_duration", UNSET)
        if display_duration is None:
            display_duration = UNSET
            d["display_duration"] = None

        smart_video_layer_config_for_response = cls(
            video_url=video_url,
            video_cover_url=video_cover_url,
            display_duration=display_duration,
        )

        smart_video_layer_config_for_response.additional_properties = d
        return smart_video_layer_config_for_response

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
