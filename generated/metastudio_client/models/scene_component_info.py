from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scene_component_info_component_type import SceneComponentInfoComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SceneComponentInfo")


@_attrs_define
class SceneComponentInfo:
    """表 4-15 SceneComponentInfo

    Attributes:
        component_name (str): 组件名称。
        component_type (SceneComponentInfoComponentType): 组件类型。 • CAMERA: 摄像机 • PANEL: 屏幕 • LIGHT: 灯光
        index (int | Unset): 组件索引。 取值范围： 1-10
        component_desc (str | Unset): 组件描述。
    """

    component_name: str
    component_type: SceneComponentInfoComponentType
    index: int | Unset = UNSET
    component_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_name = self.component_name

        component_type = self.component_type.value

        index = self.index

        component_desc = self.component_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component_name": component_name,
                "component_type": component_type,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if component_desc is not UNSET:
            field_dict["component_desc"] = component_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        component_name = d.pop("component_name")

        component_type = SceneComponentInfoComponentType(d.pop("component_type"))

        index = d.pop("index", UNSET)
        if index is None:
            index = UNSET
            d["index"] = None

        component_desc = d.pop("component_desc", UNSET)
        if component_desc is None:
            component_desc = UNSET
            d["component_desc"] = None

        scene_component_info = cls(
            component_name=component_name,
            component_type=component_type,
            index=index,
            component_desc=component_desc,
        )

        scene_component_info.additional_properties = d
        return scene_component_info

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
