from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shoot_script_audio_files import ShootScriptAudioFiles


T = TypeVar("T", bound="UpdateVideoScriptResponse")


@_attrs_define
class UpdateVideoScriptResponse:
    """表 5-89 响应 Body 参数

    Attributes:
        script_id (str | Unset): 剧本ID
        audio_files (ShootScriptAudioFiles | Unset): 表 5-24 ShootScriptAudioFiles（同 表 5-61、表 5-90）
    """

    script_id: str | Unset = UNSET
    audio_files: ShootScriptAudioFiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_id = self.script_id

        audio_files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_files, Unset):
            audio_files = self.audio_files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if audio_files is not UNSET:
            field_dict["audio_files"] = audio_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shoot_script_audio_files import ShootScriptAudioFiles  # noqa: PLC0415

        d = dict(src_dict)
        script_id = d.pop("script_id", UNSET)
        if script_id is None:
            script_id = UNSET
            d["script_id"] = None

        _raw_audio_files = d.pop("audio_files", UNSET)
        try:
            _audio_files = _raw_audio_files
            audio_files: ShootScriptAudioFiles | Unset
            if isinstance(_audio_files, Unset):
                audio_files = UNSET
            else:
                audio_files = ShootScriptAudioFiles.from_dict(_audio_files)

        except (TypeError, ValueError, KeyError, AttributeError):
            audio_files = UNSET
            d["audio_files"] = _raw_audio_files

        update_video_script_response = cls(
            script_id=script_id,
            audio_files=audio_files,
        )

        update_video_script_response.additional_properties = d
        return update_video_script_response

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
