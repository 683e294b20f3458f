from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextConfigForResponse")


@_attrs_define
class TextConfigForResponse:
    """表 5-49 TextConfig（同 表 5-160）; 表 6-66 TextConfig

    Attributes:
        text (str | Unset): 参数解释: 台词脚本。支持两种模式，纯文本模式和标签模式。 ● 纯文本模式：使用方法，如“大家好，我是人工智大家，是个虚拟主播”。 ● 标签模式：SSML标签的详细定义请参考
            文本驱动SSML定义 。 约束限制: 不含SSML标签字符数最长10000个字符。 取值范围: 字符长度0-131072位。 默认取值: 不涉及。
    """

    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)
        if text is None:
            text = UNSET
            d["text"] = None

        text_config_for_response = cls(
            text=text,
        )

        text_config_for_response.additional_properties = d
        return text_config_for_response

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
