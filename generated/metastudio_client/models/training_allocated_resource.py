from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_allocated_resource_charge_mode import TrainingAllocatedResourceChargeMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingAllocatedResource")


@_attrs_define
class TrainingAllocatedResource:
    """表 8-30 TrainingAllocatedResource

    Attributes:
        resource_id (str | Unset): 资源ID。
        charge_mode (TrainingAllocatedResourceChargeMode | Unset): 资源计费类型。 ● PERIODIC: 包周期 ● ONE_TIME: 一次性计费 说明 ●
            一次性计费包括：租户订购的一次性资源，SP管理员分配给租户的一次性资源。
        expire_time (datetime.datetime | Unset): 资源过期时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"
    """

    resource_id: str | Unset = UNSET
    charge_mode: TrainingAllocatedResourceChargeMode | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        charge_mode: str | Unset = UNSET
        if not isinstance(self.charge_mode, Unset):
            charge_mode = self.charge_mode.value

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if charge_mode is not UNSET:
            field_dict["charge_mode"] = charge_mode
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resource_id", UNSET)
        if resource_id is None:
            resource_id = UNSET
            d["resource_id"] = None

        _raw_charge_mode = d.pop("charge_mode", UNSET)
        try:
            _charge_mode = _raw_charge_mode
            charge_mode: TrainingAllocatedResourceChargeMode | Unset
            if isinstance(_charge_mode, Unset):
                charge_mode = UNSET
            else:
                charge_mode = TrainingAllocatedResourceChargeMode(_charge_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            charge_mode = UNSET
            d["charge_mode"] = _raw_charge_mode

        _raw_expire_time = d.pop("expire_time", UNSET)
        try:
            _expire_time = _raw_expire_time
            expire_time: datetime.datetime | Unset
            if isinstance(_expire_time, Unset):
                expire_time = UNSET
            else:
                expire_time = datetime.datetime.fromisoformat(_expire_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            expire_time = UNSET
            d["expire_time"] = _raw_expire_time

        training_allocated_resource = cls(
            resource_id=resource_id,
            charge_mode=charge_mode,
            expire_time=expire_time,
        )

        training_allocated_resource.additional_properties = d
        return training_allocated_resource

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
