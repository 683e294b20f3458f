from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preview_info import PreviewInfo
    from ..models.shoot_script_detail import ShootScriptDetail
    from ..models.subtitle_files_for_response import SubtitleFilesForResponse


T = TypeVar("T", bound="ShootScriptShowItem")


@_attrs_define
class ShootScriptShowItem:
    """表 5-47 ShootScriptShowItem

    Attributes:
        sequence_no (int | Unset): 参数解释: 剧本序号。 约束限制: 同一个剧本序号不重复。 默认取值: 不涉及。 取值范围: 0-2147483647
        shoot_script (ShootScriptDetail | Unset): 表 5-48 ShootScriptDetail
        subtitle_file_info (SubtitleFilesForResponse | Unset): 表 5-58 SubtitleFiles
        preview_info (PreviewInfo | Unset): 表 5-60 PreviewInfo
    """

    sequence_no: int | Unset = UNSET
    shoot_script: ShootScriptDetail | Unset = UNSET
    subtitle_file_info: SubtitleFilesForResponse | Unset = UNSET
    preview_info: PreviewInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence_no = self.sequence_no

        shoot_script: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shoot_script, Unset):
            shoot_script = self.shoot_script.to_dict()

        subtitle_file_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle_file_info, Unset):
            subtitle_file_info = self.subtitle_file_info.to_dict()

        preview_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview_info, Unset):
            preview_info = self.preview_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequence_no is not UNSET:
            field_dict["sequence_no"] = sequence_no
        if shoot_script is not UNSET:
            field_dict["shoot_script"] = shoot_script
        if subtitle_file_info is not UNSET:
            field_dict["subtitle_file_info"] = subtitle_file_info
        if preview_info is not UNSET:
            field_dict["preview_info"] = preview_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preview_info import PreviewInfo  # noqa: PLC0415
        from ..models.shoot_script_detail import ShootScriptDetail  # noqa: PLC0415
        from ..models.subtitle_files_for_response import SubtitleFilesForResponse  # noqa: PLC0415

        d = dict(src_dict)
        sequence_no = d.pop("sequence_no", UNSET)
        if sequence_no is None:
            sequence_no = UNSET
            d["sequence_no"] = None

        _raw_shoot_script = d.pop("shoot_script", UNSET)
        try:
            _shoot_script = _raw_shoot_script
            shoot_script: ShootScriptDetail | Unset
            if isinstance(_shoot_script, Unset):
                shoot_script = UNSET
            else:
                shoot_script = ShootScriptDetail.from_dict(_shoot_script)

        except (TypeError, ValueError, KeyError, AttributeError):
            shoot_script = UNSET
            d["shoot_script"] = _raw_shoot_script

        _raw_subtitle_file_info = d.pop("subtitle_file_info", UNSET)
        try:
            _subtitle_file_info = _raw_subtitle_file_info
            subtitle_file_info: SubtitleFilesForResponse | Unset
            if isinstance(_subtitle_file_info, Unset):
                subtitle_file_info = UNSET
            else:
                subtitle_file_info = SubtitleFilesForResponse.from_dict(_subtitle_file_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            subtitle_file_info = UNSET
            d["subtitle_file_info"] = _raw_subtitle_file_info

        _raw_preview_info = d.pop("preview_info", UNSET)
        try:
            _preview_info = _raw_preview_info
            preview_info: PreviewInfo | Unset
            if isinstance(_preview_info, Unset):
                preview_info = UNSET
            else:
                preview_info = PreviewInfo.from_dict(_preview_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            preview_info = UNSET
            d["preview_info"] = _raw_preview_info

        shoot_script_show_item = cls(
            sequence_no=sequence_no,
            shoot_script=shoot_script,
            subtitle_file_info=subtitle_file_info,
            preview_info=preview_info,
        )

        shoot_script_show_item.additional_properties = d
        return shoot_script_show_item

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
