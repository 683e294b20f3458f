from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentUrl")


@_attrs_define
class SegmentUrl:
    """表 9-44 segment_url

    Attributes:
        audio_uploading_url (list[str] | Unset): 音频上传的地址。 说明 通过该obs地址上传时需要设置content-type为audio/wav
        txt_uploading_url (list[str] | Unset): 文本上传的地址。 说明 通过该obs地址上传时需要设置content-type为text/plain
    """

    audio_uploading_url: list[str] | Unset = UNSET
    txt_uploading_url: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_uploading_url: list[str] | Unset = UNSET
        if not isinstance(self.audio_uploading_url, Unset):
            audio_uploading_url = self.audio_uploading_url

        txt_uploading_url: list[str] | Unset = UNSET
        if not isinstance(self.txt_uploading_url, Unset):
            txt_uploading_url = self.txt_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_uploading_url is not UNSET:
            field_dict["audio_uploading_url"] = audio_uploading_url
        if txt_uploading_url is not UNSET:
            field_dict["txt_uploading_url"] = txt_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_uploading_url = d.pop("audio_uploading_url", UNSET)
        if not isinstance(audio_uploading_url, Unset | list):
            d["audio_uploading_url"] = audio_uploading_url
            audio_uploading_url = UNSET

        txt_uploading_url = d.pop("txt_uploading_url", UNSET)
        if not isinstance(txt_uploading_url, Unset | list):
            d["txt_uploading_url"] = txt_uploading_url
            txt_uploading_url = UNSET

        segment_url = cls(
            audio_uploading_url=audio_uploading_url,
            txt_uploading_url=txt_uploading_url,
        )

        segment_url.additional_properties = d
        return segment_url

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
