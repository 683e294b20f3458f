from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionBasicSampleInfo")


@_attrs_define
class ActionBasicSampleInfo:
    """表 8-41 ActionBasicSampleInfo

    Attributes:
        action_tag (str): 原子动作标签。
        action_name_zh (str | Unset): 原子动作中文名称。
        action_name_en (str | Unset): 原子动作英文名称。
        catalog (str | Unset): 原子动作标签。
        recommended_value (int | Unset): 推荐等级。 取值范围: 0-100
        is_selected (bool | Unset): 是否选择此动作。 默认取值: true Default: True.
    """

    action_tag: str
    action_name_zh: str | Unset = UNSET
    action_name_en: str | Unset = UNSET
    catalog: str | Unset = UNSET
    recommended_value: int | Unset = UNSET
    is_selected: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_tag = self.action_tag

        action_name_zh = self.action_name_zh

        action_name_en = self.action_name_en

        catalog = self.catalog

        recommended_value = self.recommended_value

        is_selected = self.is_selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_tag": action_tag,
            }
        )
        if action_name_zh is not UNSET:
            field_dict["action_name_zh"] = action_name_zh
        if action_name_en is not UNSET:
            field_dict["action_name_en"] = action_name_en
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if recommended_value is not UNSET:
            field_dict["recommended_value"] = recommended_value
        if is_selected is not UNSET:
            field_dict["is_selected"] = is_selected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_tag = d.pop("action_tag")

        action_name_zh = d.pop("action_name_zh", UNSET)
        if action_name_zh is None:
            action_name_zh = UNSET
            d["action_name_zh"] = None

        action_name_en = d.pop("action_name_en", UNSET)
        if action_name_en is None:
            action_name_en = UNSET
            d["action_name_en"] = None

        catalog = d.pop("catalog", UNSET)
        if catalog is None:
            catalog = UNSET
            d["catalog"] = None

        recommended_value = d.pop("recommended_value", UNSET)
        if recommended_value is None:
            recommended_value = UNSET
            d["recommended_value"] = None

        is_selected = d.pop("is_selected", UNSET)
        if is_selected is None:
            is_selected = UNSET
            d["is_selected"] = None

        action_basic_sample_info = cls(
            action_tag=action_tag,
            action_name_zh=action_name_zh,
            action_name_en=action_name_en,
            catalog=catalog,
            recommended_value=recommended_value,
            is_selected=is_selected,
        )

        action_basic_sample_info.additional_properties = d
        return action_basic_sample_info

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
