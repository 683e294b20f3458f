from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowWelcomeSpeechSwitchResponse")


@_attrs_define
class ShowWelcomeSpeechSwitchResponse:
    """表 7-360 响应 Body 参数

    Attributes:
        enable_welcome_speech (bool | Unset): 欢迎词功能开关。
    """

    enable_welcome_speech: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_welcome_speech = self.enable_welcome_speech

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_welcome_speech is not UNSET:
            field_dict["enable_welcome_speech"] = enable_welcome_speech

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_welcome_speech = d.pop("enable_welcome_speech", UNSET)
        if enable_welcome_speech is None:
            enable_welcome_speech = UNSET
            d["enable_welcome_speech"] = None

        show_welcome_speech_switch_response = cls(
            enable_welcome_speech=enable_welcome_speech,
        )

        show_welcome_speech_switch_response.additional_properties = d
        return show_welcome_speech_switch_response

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
