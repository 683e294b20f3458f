from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionTagInfo")


@_attrs_define
class ActionTagInfo:
    """表 4-19 ActionTagInfo

    Attributes:
        action_name_zh (str): 原子动作中文名称。
        action_name_en (str): 原子动作英文名称。
        catalog (str | Unset): 动作分类名称。
        file_name (str | Unset): 样例视频文件名，最大长度256，最小长度1。
        tag (str | Unset): 动作标签。
    """

    action_name_zh: str
    action_name_en: str
    catalog: str | Unset = UNSET
    file_name: str | Unset = UNSET
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name_zh = self.action_name_zh

        action_name_en = self.action_name_en

        catalog = self.catalog

        file_name = self.file_name

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name_zh": action_name_zh,
                "action_name_en": action_name_en,
            }
        )
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name_zh = d.pop("action_name_zh")

        action_name_en = d.pop("action_name_en")

        catalog = d.pop("catalog", UNSET)
        if catalog is None:
            catalog = UNSET
            d["catalog"] = None

        file_name = d.pop("file_name", UNSET)
        if file_name is None:
            file_name = UNSET
            d["file_name"] = None

        tag = d.pop("tag", UNSET)
        if tag is None:
            tag = UNSET
            d["tag"] = None

        action_tag_info = cls(
            action_name_zh=action_name_zh,
            action_name_en=action_name_en,
            catalog=catalog,
            file_name=file_name,
            tag=tag,
        )

        action_tag_info.additional_properties = d
        return action_tag_info

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
