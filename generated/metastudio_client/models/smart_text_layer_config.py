from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_text_layer_config_font_name import SmartTextLayerConfigFontName
from ..models.smart_text_layer_config_text_type import SmartTextLayerConfigTextType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartTextLayerConfig")


@_attrs_define
class SmartTextLayerConfig:
    """表 6-24 SmartTextLayerConfig

    Attributes:
        text_type (SmartTextLayerConfigTextType | Unset): 参数解释： 文本类型。 • DYNAMIC: 动态文本，需要进行关键字替换。 • STATIC: 静态文本。 默认取值：
            DYNAMIC Default: SmartTextLayerConfigTextType.DYNAMIC.
        text_context (str | Unset): 文本。
        font_name (SmartTextLayerConfigFontName | Unset): 参数解释： 字体。当前支持的字体： • HarmonyOS_Sans_SC_Black : 鸿蒙粗体 •
            HarmonyOS_Sans_SC_Regular: 鸿蒙常规 • HarmonyOS_Sans_SC_Thin : 鸿蒙细体 • fzyouh: 方正瘦体 默认取值： HarmonyOS_Sans_SC_Black
            Default: SmartTextLayerConfigFontName.HARMONYOS_SANS_SC_BLACK.
        font_size (int | Unset): 参数解释： 字体大小（像素）。 业务取值范围：[4, 120]，请以业务取值范围为准。 取值范围： 0-120 默认取值： 16 Default: 16.
        font_color (str | Unset): 参数解释： 字体颜色。RGB颜色值。 默认取值： #FFFFFF Default: '#FFFFFF'.
        display_duration (int | Unset): 参数解释： 文本显示时长，单位s。
            显示时长规则为，若携带reply_texts、reply_audios，则与播放语音内容时长保持一致；若未携带，则与匹配的关键词语音内容时长保持一致。 取值范围： 0-3600 默认取值： 0 Default: 0.
    """

    text_type: SmartTextLayerConfigTextType | Unset = SmartTextLayerConfigTextType.DYNAMIC
    text_context: str | Unset = UNSET
    font_name: SmartTextLayerConfigFontName | Unset = SmartTextLayerConfigFontName.HARMONYOS_SANS_SC_BLACK
    font_size: int | Unset = 16
    font_color: str | Unset = "#FFFFFF"
    display_duration: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_type: str | Unset = UNSET
        if not isinstance(self.text_type, Unset):
            text_type = self.text_type.value

        text_context = self.text_context

        font_name: str | Unset = UNSET
        if not isinstance(self.font_name, Unset):
            font_name = self.font_name.value

        font_size = self.font_size

        font_color = self.font_color

        display_duration = self.display_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_type is not UNSET:
            field_dict["text_type"] = text_type
        if text_context is not UNSET:
            field_dict["text_context"] = text_context
        if font_name is not UNSET:
            field_dict["font_name"] = font_name
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if display_duration is not UNSET:
            field_dict["display_duration"] = display_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_text_type = d.pop("text_type", UNSET)
        try:
            _text_type = _raw_text_type
            text_type: SmartTextLayerConfigTextType | Unset
            if isinstance(_text_type, Unset):
                text_type = UNSET
            else:
                text_type = SmartTextLayerConfigTextType(_text_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_type = UNSET
            d["text_type"] = _raw_text_type

        text_context = d.pop("text_context", UNSET)
        if text_context is None:
            text_context = UNSET
            d["text_context"] = None

        _raw_font_name = d.pop("font_name", UNSET)
        try:
            _font_name = _raw_font_name
            font_name: SmartTextLayerConfigFontName | Unset
            if isinstance(_font_name, Unset):
                font_name = UNSET
            else:
                font_name = SmartTextLayerConfigFontName(_font_name)

        except (TypeError, ValueError, KeyError, AttributeError):
            font_name = UNSET
            d["font_name"] = _raw_font_name

        font_size = d.pop("font_size", UNSET)
        if font_size is None:
            font_size = UNSET
            d["font_size"] = None

        font_color = d.pop("font_color", UNSET)
        if font_color is None:
            font_color = UNSET
            d["font_color"] = None

        display_duration = d.pop("display_duration", UNSET)
        if display_duration is None:
            display_duration = UNSET
            d["display_duration"] = None

        smart_text_layer_config = cls(
            text_type=text_type,
            text_context=text_context,
            font_name=font_name,
            font_size=font_size,
            font_color=font_color,
            display_duration=display_duration,
        )

        smart_text_layer_config.additional_properties = d
        return smart_text_layer_config

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
