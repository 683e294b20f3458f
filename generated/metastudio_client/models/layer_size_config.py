from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LayerSizeConfig")


@_attrs_define
class LayerSizeConfig:
    """表 5-16 LayerSizeConfig（同 表 5-54、表 5-82、表 5-133、表 5-165）；003 表18 给出 width 的更正描述，见勘误; 表 6-8 LayerSizeConfig; 表 7-10
    LayerSizeConfig

        Attributes:
            width (int | Unset): 参数解释: 图层图片左上角像素点的Y轴位置值图层图片宽度像素值（相对画布大小）。 横屏（16:9）画布像素为1920x1080；竖屏（9:16）画布像素为1080x1920。
                约束限制: 该值为相对于画布的像素值，仅表示布局位置关系，与输出画面分辨率无关。 取值范围: 1-7680
            height (int | Unset): 参数解释: 图层图片高度像素值（相对画布大小）。 横屏（16:9）画布像素为1920x1080；竖屏（9:16）画布像素为1080x1920。 约束限制:
                该值为相对于画布的像素值，仅表示布局位置关系，与输出画面分辨率无关。 取值范围: 1-7680
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

        layer_size_config = cls(
            width=width,
            height=height,
        )

        layer_size_config.additional_properties = d
        return layer_size_config

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
