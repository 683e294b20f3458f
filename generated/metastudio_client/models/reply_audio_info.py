from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyAudioInfo")


@_attrs_define
class ReplyAudioInfo:
    """表 6-25 ReplyAudioInfo

    Attributes:
        audio_url (str | Unset): 音频URL
        audio_name (str | Unset): 音频名
    """

    audio_url: str | Unset = UNSET
    audio_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        audio_name = self.audio_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if audio_name is not UNSET:
            field_dict["audio_name"] = audio_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url", UNSET)
        if audio_url is None:
            audio_url = UNSET
            d["audio_url"] = None

        audio_name = d.pop("audio_name", UNSET)
        if audio_name is None:
            audio_name = UNSET
            d["audio_name"] = None

        reply_audio_info = cls(
            audio_url=audio_url,
            audio_name=audio_name,
        )

        reply_audio_info.additional_properties = d
        return reply_audio_info

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
