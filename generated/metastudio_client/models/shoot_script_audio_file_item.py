from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShootScriptAudioFileItem")


@_attrs_define
class ShootScriptAudioFileItem:
    """表 5-25 ShootScriptAudioFileItem（同 表 5-62、表 5-91）

    Attributes:
        sequence_no (int | Unset): 剧本序号。 取值范围: 0-2147483647
        audio_file_upload_url (str | Unset): 语音驱动音频文件上传URL。创建和更新脚本时返回。单个文件最大100M。支持上传MP3/WAV/M4A文件。
        audio_file_download_url (str | Unset): 语音驱动音频文件下载URL。查询脚本详情时返回。
    """

    sequence_no: int | Unset = UNSET
    audio_file_upload_url: str | Unset = UNSET
    audio_file_download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence_no = self.sequence_no

        audio_file_upload_url = self.audio_file_upload_url

        audio_file_download_url = self.audio_file_download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequence_no is not UNSET:
            field_dict["sequence_no"] = sequence_no
        if audio_file_upload_url is not UNSET:
            field_dict["audio_file_upload_url"] = audio_file_upload_url
        if audio_file_download_url is not UNSET:
            field_dict["audio_file_download_url"] = audio_file_download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sequence_no = d.pop("sequence_no", UNSET)
        if sequence_no is None:
            sequence_no = UNSET
            d["sequence_no"] = None

        audio_file_upload_url = d.pop("audio_file_upload_url", UNSET)
        if audio_file_upload_url is None:
            audio_file_upload_url = UNSET
            d["audio_file_upload_url"] = None

        audio_file_download_url = d.pop("audio_file_download_url", UNSET)
        if audio_file_download_url is None:
            audio_file_download_url = UNSET
            d["audio_file_download_url"] = None

        shoot_script_audio_file_item = cls(
            sequence_no=sequence_no,
            audio_file_upload_url=audio_file_upload_url,
            audio_file_download_url=audio_file_download_url,
        )

        shoot_script_audio_file_item.additional_properties = d
        return shoot_script_audio_file_item

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
