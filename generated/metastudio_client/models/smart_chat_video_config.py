from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartChatVideoConfig")


@_attrs_define
class SmartChatVideoConfig:
    """表 7-106 SmartChatVideoConfig

    Attributes:
        width (int | Unset): 视频宽度。 单位：像素。 最小值320，最大值2560。 说明 clip_mode=RESIZE时，当前支持1920x1080、1080x1920、1280x720、720x1280
            、3840x2160、2160x3840六种分辨率。4K分辨率视频需要分身数字人模型支持4K的情况下才能使用。 clip_mode=CROP，裁剪后视频，（dx,dy）为原点，保留视频像宽度为width。
            分身数字人直播目前只支持1080x1920。 取值范围： 0-3840
        height (int | Unset): 视频高度。 单位：像素。 最小值320，最大值2560。 说明
            clip_mode=RESIZE时，当前支持1920x1080、1080x1920、1280x720、720x1280、3840x2160、2160x3840六种分辨率分辨率。
            clip_mode=CROP，裁剪后视频，（dx,dy）为原点，保留视频像高度为height。 分身数字人直播目前只支持1080x1920。 取值范围： 0-3840
    """

    width: int | Unset = UNSET
    height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width", UNSET)
        if width is None:
            width = UNSET
            d["width"] = None

        height = d.pop("height", UNSET)
        if height is None:
            height = UNSET
            d["height"] = None

        smart_chat_video_config = cls(
            width=width,
            height=height,
        )

        smart_chat_video_config.additional_properties = d
        return smart_chat_video_config

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
