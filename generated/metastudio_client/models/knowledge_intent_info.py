from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeIntentInfo")


@_attrs_define
class KnowledgeIntentInfo:
    """表 7-255 KnowledgeIntentInfo

    Attributes:
        intent_id (str | Unset): 意图ID。
        name (str | Unset): 你是谁。
        identify (str | Unset): 意图标识。
        answer (str | Unset): 问题答案。
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
    """

    intent_id: str | Unset = UNSET
    name: str | Unset = UNSET
    identify: str | Unset = UNSET
    answer: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_id = self.intent_id

        name = self.name

        identify = self.identify

        answer = self.answer

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intent_id is not UNSET:
            field_dict["intent_id"] = intent_id
        if name is not UNSET:
            field_dict["name"] = name
        if identify is not UNSET:
            field_dict["identify"] = identify
        if answer is not UNSET:
            field_dict["answer"] = answer
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent_id = d.pop("intent_id", UNSET)
        if intent_id is None:
            intent_id = UNSET
            d["intent_id"] = None

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        identify = d.pop("identify", UNSET)
        if identify is None:
            identify = UNSET
            d["identify"] = None

        answer = d.pop("answer", UNSET)
        if answer is None:
            answer = UNSET
            d["answer"] = None

        _raw_create_time = d.pop("create_time", UNSET)
        try:
            _create_time = _raw_create_time
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_time = UNSET
            d["create_time"] = _raw_create_time

        _raw_update_time = d.pop("update_time", UNSET)
        try:
            _update_time = _raw_update_time
            update_time: datetime.datetime | Unset
            if isinstance(_update_time, Unset):
                update_time = UNSET
            else:
                update_time = datetime.datetime.fromisoformat(_update_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            update_time = UNSET
            d["update_time"] = _raw_update_time

        knowledge_intent_info = cls(
            intent_id=intent_id,
            name=name,
            identify=identify,
            answer=answer,
            create_time=create_time,
            update_time=update_time,
        )

        knowledge_intent_info.additional_properties = d
        return knowledge_intent_info

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
