from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shoot_script_audio_file_item import ShootScriptAudioFileItem


T = TypeVar("T", bound="ShootScriptAudioFiles")


@_attrs_define
class ShootScriptAudioFiles:
    """表 5-24 ShootScriptAudioFiles（同 表 5-61、表 5-90）

    Attributes:
        audio_file_url (list[ShootScriptAudioFileItem] | Unset): 用于语音驱动的音频文件上传URL。
    """

    audio_file_url: list[ShootScriptAudioFileItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_file_url: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_file_url, Unset):
            audio_file_url = []
            for audio_file_url_item_data in self.audio_file_url:
                audio_file_url_item = audio_file_url_item_data.to_dict()
                audio_file_url.append(audio_file_url_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_file_url is not UNSET:
            field_dict["audio_file_url"] = audio_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shoot_script_audio_file_item import ShootScriptAudioFileItem  # noqa: PLC0415

        d = dict(src_dict)
        _raw_audio_file_url = d.pop("audio_file_url", UNSET)
        try:
            _audio_file_url = _raw_audio_file_url
            audio_file_url: list[ShootScriptAudioFileItem] | Unset = UNSET
            if _audio_file_url is not UNSET:
                audio_file_url = []
                for audio_file_url_item_data in _audio_file_url:
                    audio_file_url_item = ShootScriptAudioFileItem.from_dict(audio_file_url_item_data)

                    audio_file_url.append(audio_file_url_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            audio_file_url = UNSET
            d["audio_file_url"] = _raw_audio_file_url

        shoot_script_audio_files = cls(
            audio_file_url=audio_file_url,
        )

        shoot_script_audio_files.additional_properties = d
        return shoot_script_audio_files

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
