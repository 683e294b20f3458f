from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shoot_script import ShootScript
    from ..models.subtitle_files import SubtitleFiles


T = TypeVar("T", bound="ShootScriptItem")


@_attrs_define
class ShootScriptItem:
    """表 5-9 ShootScriptItem（同 表 5-75、表 5-126）

    Attributes:
        shoot_script (ShootScript): 表 5-10 ShootScript（同 表 5-76、表 5-127）
        sequence_no (int | Unset): 参数解释: 剧本序号。 约束限制: 同一个剧本序号不重复。 默认取值: 不涉及。 取值范围: 0-2147483647
        subtitle_file_info (SubtitleFiles | Unset): 表 5-20 SubtitleFiles（同 表 5-86、表 5-137、表 5-169）
    """

    shoot_script: ShootScript
    sequence_no: int | Unset = UNSET
    subtitle_file_info: SubtitleFiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shoot_script = self.shoot_script.to_dict()

        sequence_no = self.sequence_no

        subtitle_file_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle_file_info, Unset):
            subtitle_file_info = self.subtitle_file_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shoot_script": shoot_script,
            }
        )
        if sequence_no is not UNSET:
            field_dict["sequence_no"] = sequence_no
        if subtitle_file_info is not UNSET:
            field_dict["subtitle_file_info"] = subtitle_file_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shoot_script import ShootScript  # noqa: PLC0415
        from ..models.subtitle_files import SubtitleFiles  # noqa: PLC0415

        d = dict(src_dict)
        shoot_script = ShootScript.from_dict(d.pop("shoot_script"))

        sequence_no = d.pop("sequence_no", UNSET)
        if sequence_no is None:
            sequence_no = UNSET
            d["sequence_no"] = None

        _raw_subtitle_file_info = d.pop("subtitle_file_info", UNSET)
        try:
            _subtitle_file_info = _raw_subtitle_file_info
            subtitle_file_info: SubtitleFiles | Unset
            if isinstance(_subtitle_file_info, Unset):
                subtitle_file_info = UNSET
            else:
                subtitle_file_info = SubtitleFiles.from_dict(_subtitle_file_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            subtitle_file_info = UNSET
            d["subtitle_file_info"] = _raw_subtitle_file_info

        shoot_script_item = cls(
            shoot_script=shoot_script,
            sequence_no=sequence_no,
            subtitle_file_info=subtitle_file_info,
        )

        shoot_script_item.additional_properties = d
        return shoot_script_item

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
