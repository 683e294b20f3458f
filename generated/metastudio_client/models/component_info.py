from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComponentInfo")


@_attrs_define
class ComponentInfo:
    """表 4-8 ComponentInfo

    Attributes:
        component_name (str): 参数解释: 组件名称。 约束限制: 不涉及。 取值范围: 字符长度1-256位。 默认取值: 不涉及。
        component_type (str): 参数解释: 组件类型。 约束限制: 不涉及。 取值范围: 字符长度1-256位。 默认取值: 不涉及。
        component_desc (str | Unset): 参数解释: 组件描述。 约束限制: 不涉及。 取值范围: 字符长度0-512位。 默认取值: 不涉及。
    """

    component_name: str
    component_type: str
    component_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_name = self.component_name

        component_type = self.component_type

        component_desc = self.component_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component_name": component_name,
                "component_type": component_type,
            }
        )
        if component_desc is not UNSET:
            field_dict["component_desc"] = component_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        component_name = d.pop("component_name")

        component_type = d.pop("component_type")

        component_desc = d.pop("component_desc", UNSET)
        if component_desc is None:
            component_desc = UNSET
            d["component_desc"] = None

        component_info = cls(
            component_name=component_name,
            component_type=component_type,
            component_desc=component_desc,
        )

        component_info.additional_properties = d
        return component_info

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
