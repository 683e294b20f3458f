from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWelcomeSpeechRequest")


@_attrs_define
class UpdateWelcomeSpeechRequest:
    """表 7-342 请求 Body 参数

    Attributes:
        welcome_speech (str | Unset): 欢迎词。
    """

    welcome_speech: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        welcome_speech = self.welcome_speech

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if welcome_speech is not UNSET:
            field_dict["welcome_speech"] = welcome_speech

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        welcome_speech = d.pop("welcome_speech", UNSET)
        if welcome_speech is None:
            welcome_speech = UNSET
            d["welcome_speech"] = None

        update_welcome_speech_request = cls(
            welcome_speech=welcome_speech,
        )

        update_welcome_speech_request.additional_properties = d
        return update_welcome_speech_request

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
