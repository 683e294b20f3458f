from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKnowledgeIntentResponse")


@_attrs_define
class CreateKnowledgeIntentResponse:
    """表 7-248 响应 Body 参数

    Attributes:
        intent_id (str | Unset): 意图ID。
        identify (str | Unset): 意图标识。
    """

    intent_id: str | Unset = UNSET
    identify: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_id = self.intent_id

        identify = self.identify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intent_id is not UNSET:
            field_dict["intent_id"] = intent_id
        if identify is not UNSET:
            field_dict["identify"] = identify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent_id = d.pop("intent_id", UNSET)
        if intent_id is None:
            intent_id = UNSET
            d["intent_id"] = None

        identify = d.pop("identify", UNSET)
        if identify is None:
            identify = UNSET
            d["identify"] = None

        create_knowledge_intent_response = cls(
            intent_id=intent_id,
            identify=identify,
        )

        create_knowledge_intent_response.additional_properties = d
        return create_knowledge_intent_response

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
