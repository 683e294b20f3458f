from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowHotWordsSwitchResponse")


@_attrs_define
class ShowHotWordsSwitchResponse:
    """表 7-430 响应 Body 参数

    Attributes:
        enable_hot_words (bool | Unset): 热词功能开关。
    """

    enable_hot_words: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_hot_words = self.enable_hot_words

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_hot_words is not UNSET:
            field_dict["enable_hot_words"] = enable_hot_words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_hot_words = d.pop("enable_hot_words", UNSET)
        if enable_hot_words is None:
            enable_hot_words = UNSET
            d["enable_hot_words"] = None

        show_hot_words_switch_response = cls(
            enable_hot_words=enable_hot_words,
        )

        show_hot_words_switch_response.additional_properties = d
        return show_hot_words_switch_response

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
