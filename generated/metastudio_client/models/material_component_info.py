from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.material_component_info_component_type import MaterialComponentInfoComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialComponentInfo")


@_attrs_define
class MaterialComponentInfo:
    """表 4-17 MaterialComponentInfo

    Attributes:
        component_name (str): 素材组件名称。
        component_type (MaterialComponentInfoComponentType): 素材组件类型。 • CLOTHES: 衣服 • PANTS: 裤子 • SHOES: 鞋子 • HAIR: 头发 •
            EYELASH: 睫毛 • EYEBROW: 眉毛
        component_desc (str | Unset): 素材组件描述。
    """

    component_name: str
    component_type: MaterialComponentInfoComponentType
    component_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_name = self.component_name

        component_type = self.component_type.value

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

        component_type = MaterialComponentInfoComponentType(d.pop("component_type"))

        component_desc = d.pop("component_desc", UNSET)
        if component_desc is None:
            component_desc = UNSET
            d["component_desc"] = None

        material_component_info = cls(
            component_name=component_name,
            component_type=component_type,
            component_desc=component_desc,
        )

        material_component_info.additional_properties = d
        return material_component_info

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
