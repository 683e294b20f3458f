from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextLayerConfig")


@_attrs_define
class TextLayerConfig:
    """表 5-19 TextLayerConfig（同 表 5-57、表 5-85、表 5-136、表 5-168）; 表 6-11 TextLayerConfig; 表 7-13 TextLayerConfig

    Attributes:
        text_context (str | Unset): 参数解释: 文字图层的文本，内容需做 Base64 编码。 示例：若想添加文字水印“测试文字水印”，那么 text_context
            的值为：5rWL6K+V5paH5a2X5rC05Y2w 约束限制: 不涉及。 取值范围: 字符长度 0-1024 位。 默认取值: 不涉及。
        font_name (str | Unset): 字体。当前支持的字体请参考 服务支持的字体 约束限制: 不涉及。 取值范围: 字符长度 0-64 位 默认取值: HarmonyOS_Sans_SC_Black
            Default: 'HarmonyOS_Sans_SC_Black'.
        font_size (int | Unset): 参数解释: 字体大小（像素）。接口的取值范围为 0-120，实际业务使用的取值范围要求为 4-120，请以业务实际使用要求为准。 约束限制: 不涉及。 取值范围: 0-120
            默认取值: 16 Default: 16.
        font_color (str | Unset): 参数解释： 字体颜色。RGB颜色值。 约束限制： 不涉及。 取值范围： 字符长度0-16位 默认取值： #FFFFFF Default: '#FFFFFF'.
    """

    text_context: str | Unset = UNSET
    font_name: str | Unset = "HarmonyOS_Sans_SC_Black"
    font_size: int | Unset = 16
    font_color: str | Unset = "#FFFFFF"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_context = self.text_context

        font_name = self.font_name

        font_size = self.font_size

        font_color = self.font_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_context is not UNSET:
            field_dict["text_context"] = text_context
        if font_name is not UNSET:
            field_dict["font_name"] = font_name
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_context = d.pop("text_context", UNSET)
        if text_context is None:
            text_context = UNSET
            d["text_context"] = None

        font_name = d.pop("font_name", UNSET)
        if font_name is None:
            font_name = UNSET
            d["font_name"] = None

        font_size = d.pop("font_size", UNSET)
        if font_size is None:
            font_size = UNSET
            d["font_size"] = None

        font_color = d.pop("font_color", UNSET)
        if font_color is None:
            font_color = UNSET
            d["font_color"] = None

        text_layer_config = cls(
            text_context=text_context,
            font_name=font_name,
            font_size=font_size,
            font_color=font_color,
        )

        text_layer_config.additional_properties = d
        return text_layer_config

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
