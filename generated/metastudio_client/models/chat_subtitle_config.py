from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSubtitleConfig")


@_attrs_define
class ChatSubtitleConfig:
    """表 7-15 ChatSubtitleConfig

    Attributes:
        dx (int | Unset): 参数解释: 字幕左上角像素点坐标。 横屏（16:9）视频像素为1920x1080；竖屏（9:16）视频像素为1080x1920。 取值范围: 0-1920
        dy (int | Unset): 参数解释: 字幕左上角像素点坐标。 横屏（16:9）视频像素为1920x1080；竖屏（9:16）视频像素为1080x1920。 取值范围: 0-1920
        width (int | Unset): 参数解释: 图层图片宽度像素值（相对画布大小）。 横屏（16:9）画布像素为1920x1080；竖屏（9:16）画布像素为1080x1920。 取值范围: 1-7680
        height (int | Unset): 参数解释: 图层图片高度像素值（相对画布大小）。 横屏（16:9）画布像素为1920x1080；竖屏（9:16）画布像素为1080x1920。 取值范围: 1-7680
    """

    dx: int | Unset = UNSET
    dy: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dx is not UNSET:
            field_dict["dx"] = dx
        if dy is not UNSET:
            field_dict["dy"] = dy
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dx = d.pop("dx", UNSET)
        if dx is None:
            dx = UNSET
            d["dx"] = None

        dy = d.pop("dy", UNSET)
        if dy is None:
            dy = UNSET
            d["dy"] = None

        width = d.pop("width", UNSET)
        if width is None:
            width = UNSET
            d["width"] = None

        height = d.pop("height", UNSET)
        if height is None:
            height = UNSET
            d["height"] = None

        chat_subtitle_config = cls(
            dx=dx,
            dy=dy,
            width=width,
            height=height,
        )

        chat_subtitle_config.additional_properties = d
        return chat_subtitle_config

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
