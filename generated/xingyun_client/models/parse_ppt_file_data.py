from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParsePptFileData")


@_attrs_define
class ParsePptFileData:
    """002 §2.1 PPT解析接口 返回参数 data

    Attributes:
        parse_ppt_file_name (str | Unset): PPT文件解析名称
    """

    parse_ppt_file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parse_ppt_file_name = self.parse_ppt_file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parse_ppt_file_name is not UNSET:
            field_dict["parse_ppt_file_name"] = parse_ppt_file_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parse_ppt_file_name = d.pop("parse_ppt_file_name", UNSET)
        if parse_ppt_file_name is None:
            parse_ppt_file_name = UNSET
            d["parse_ppt_file_name"] = None

        parse_ppt_file_data = cls(
            parse_ppt_file_name=parse_ppt_file_name,
        )

        parse_ppt_file_data.additional_properties = d
        return parse_ppt_file_data

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
