from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateKnowledgeSkillRequest")


@_attrs_define
class UpdateKnowledgeSkillRequest:
    """表 7-225 请求 Body 参数

    Attributes:
        name (str | Unset): 技能名称。
        identify (str | Unset): 技能标识。
    """

    name: str | Unset = UNSET
    identify: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        identify = self.identify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if identify is not UNSET:
            field_dict["identify"] = identify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        identify = d.pop("identify", UNSET)
        if identify is None:
            identify = UNSET
            d["identify"] = None

        update_knowledge_skill_request = cls(
            name=name,
            identify=identify,
        )

        update_knowledge_skill_request.additional_properties = d
        return update_knowledge_skill_request

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
