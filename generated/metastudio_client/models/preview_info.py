from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewInfo")


@_attrs_define
class PreviewInfo:
    """表 5-60 PreviewInfo

    Attributes:
        text_sha256 (str | Unset): 文本内容hash值
        audio_file_download_url (str | Unset): 文本对应音频文件下载链接
    """

    text_sha256: str | Unset = UNSET
    audio_file_download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_sha256 = self.text_sha256

        audio_file_download_url = self.audio_file_download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_sha256 is not UNSET:
            field_dict["text_sha256"] = text_sha256
        if audio_file_download_url is not UNSET:
            field_dict["audio_file_download_url"] = audio_file_download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_sha256 = d.pop("text_sha256", UNSET)
        if text_sha256 is None:
            text_sha256 = UNSET
            d["text_sha256"] = None

        audio_file_download_url = d.pop("audio_file_download_url", UNSET)
        if audio_file_download_url is None:
            audio_file_download_url = UNSET
            d["audio_file_download_url"] = None

        preview_info = cls(
            text_sha256=text_sha256,
            audio_file_download_url=audio_file_download_url,
        )

        preview_info.additional_properties = d
        return preview_info

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
