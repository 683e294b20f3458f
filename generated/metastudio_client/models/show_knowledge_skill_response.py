from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowKnowledgeSkillResponse")


@_attrs_define
class ShowKnowledgeSkillResponse:
    """表 7-231 响应 Body 参数

    Attributes:
        skill_id (str | Unset): 技能ID。
        name (str | Unset): 技能名称。
        identify (str | Unset): 技能标识。
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
    """

    skill_id: str | Unset = UNSET
    name: str | Unset = UNSET
    identify: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        name = self.name

        identify = self.identify

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if name is not UNSET:
            field_dict["name"] = name
        if identify is not UNSET:
            field_dict["identify"] = identify
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill_id = d.pop("skill_id", UNSET)
        if skill_id is None:
            skill_id = UNSET
            d["skill_id"] = None

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        identify = d.pop("identify", UNSET)
        if identify is None:
            identify = UNSET
            d["identify"] = None

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

        show_knowledge_skill_response = cls(
            skill_id=skill_id,
            name=name,
            identify=identify,
            create_time=create_time,
            update_time=update_time,
        )

        show_knowledge_skill_response.additional_properties = d
        return show_knowledge_skill_response

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
