from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Errors")


@_attrs_define
class Errors:
    """表 9-50 errors

    Attributes:
        audio_name (str | Unset): 音频文件名。
        text_name (str | Unset): 文本文件名。
        error_code (str | Unset): 异常错误码。
        error_message (str | Unset): 异常错误信息。
    """

    audio_name: str | Unset = UNSET
    text_name: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_name = self.audio_name

        text_name = self.text_name

        error_code = self.error_code

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_name is not UNSET:
            field_dict["audio_name"] = audio_name
        if text_name is not UNSET:
            field_dict["text_name"] = text_name
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_name = d.pop("audio_name", UNSET)
        if audio_name is None:
            audio_name = UNSET
            d["audio_name"] = None

        text_name = d.pop("text_name", UNSET)
        if text_name is None:
            text_name = UNSET
            d["text_name"] = None

        error_code = d.pop("error_code", UNSET)
        if error_code is None:
            error_code = UNSET
            d["error_code"] = None

        error_message = d.pop("error_message", UNSET)
        if error_message is None:
            error_message = UNSET
            d["error_message"] = None

        errors = cls(
            audio_name=audio_name,
            text_name=text_name,
            error_code=error_code,
            error_message=error_message,
        )

        errors.additional_properties = d
        return errors

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
