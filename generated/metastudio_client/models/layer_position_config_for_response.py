from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LayerPositionConfigForResponse")


@_attrs_define
class LayerPositionConfigForResponse:
    """表 5-53 LayerPositionConfig（同 表 5-164）; 表 6-60 LayerPositionConfig; 表 7-42 LayerPositionConfig

    Attributes:
        dx (int | Unset): 参数解释: 图层左上角像素点的X轴位置值（画布左上角坐标是0x0）。 横屏（16:9）画布像素为1920x1080；竖屏（9:16）画布像素为1080x1920。 约束限制:
            该值为相对于画布的像素值，仅表示布局位置关系，与输出画面分辨率无关。 取值范围: -1920-3840 默认取值: 0 Default: 0.
        dy (int | Unset): 参数解释: 图层图片左上角像素点的Y轴位置值（画布左上角坐标是0x0）。 横屏（16:9）画布像素为1920x1080；竖屏（9:16）画布像素为1080x1920。 约束限制:
            该值为相对于画布的像素值，仅表示布局位置关系，与输出画面分辨率无关。 取值范围: -1920-3840 默认取值: 0 Default: 0.
        layer_index (int | Unset): 参数解释: 图片、视频、人物图的层顺序。 说明 图层顺序为从1开始的整数，底层图层顺序是1，往上依次增加。 约束限制: 如果出现重复则重复图层叠加关系随机。 取值范围:
            1-100 默认取值: 100 Default: 100.
    """

    dx: int | Unset = 0
    dy: int | Unset = 0
    layer_index: int | Unset = 100
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        layer_index = self.layer_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dx is not UNSET:
            field_dict["dx"] = dx
        if dy is not UNSET:
            field_dict["dy"] = dy
        if layer_index is not UNSET:
            field_dict["layer_index"] = layer_index

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

        layer_index = d.pop("layer_index", UNSET)
        if layer_index is None:
            layer_index = UNSET
            d["layer_index"] = None

        layer_position_config_for_response = cls(
            dx=dx,
            dy=dy,
            layer_index=layer_index,
        )

        layer_position_config_for_response.additional_properties = d
        return layer_position_config_for_response

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
