from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKnowledgeSkillResponse")


@_attrs_define
class CreateKnowledgeSkillResponse:
    """表 7-214 响应 Body 参数

    Attributes:
        skill_id (str | Unset): 技能ID。
        identify (str | Unset): 技能标识。
    """

    skill_id: str | Unset = UNSET
    identify: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        identify = self.identify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if identify is not UNSET:
            field_dict["identify"] = identify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill_id = d.pop("skill_id", UNSET)
        if skill_id is None:
            skill_id = UNSET
            d["skill_id"] = None

        identify = d.pop("identify", UNSET)
        if identify is None:
            identify = UNSET
            d["identify"] = None

        create_knowledge_skill_response = cls(
            skill_id=skill_id,
            identify=identify,
        )

        create_knowledge_skill_response.additional_properties = d
        return create_knowledge_skill_response

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
