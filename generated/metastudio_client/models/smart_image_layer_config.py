from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartImageLayerConfig")


@_attrs_define
class SmartImageLayerConfig:
    """表 6-22 SmartImageLayerConfig

    Attributes:
        image_url (str): 图片文件的URL。
        display_duration (int | Unset): 参数解释： 图片显示时长，单位s。 显示时长规则为，若携带
            reply_texts、reply_audios，则与播放语音内容时长保持一致。若未携带，则与匹配的关键词语音内容时长保持一致。 取值范围： 0-3600 默认取值： 0 Default: 0.
    """

    image_url: str
    display_duration: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        display_duration = self.display_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if display_duration is not UNSET:
            field_dict["display_duration"] = display_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        display_duration = d.pop("display_duration", UNSET)
        if display_duration is None:
            display_duration = UNSET
            d["display_duration"] = None

        smart_image_layer_config = cls(
            image_url=image_url,
            display_duration=display_duration,
        )

        smart_image_layer_config.additional_properties = d
        return smart_image_layer_config

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
