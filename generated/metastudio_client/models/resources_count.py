from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resources_count_charging_mode import ResourcesCountChargingMode
from ..models.resources_count_resource_source import ResourcesCountResourceSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesCount")


@_attrs_define
class ResourcesCount:
    """表 11-20 ResourcesCount

    Attributes:
        business_type (str | Unset): 业务类型。
        count (float | Unset): 资源总数。 取值范围: 0-2147483647
        charging_mode (ResourcesCountChargingMode | Unset): 计费类型。 ● PERIODIC: 包周期 ● ONE_TIME: 一次性 ● ON_DEMAND: 按需
        resource_source (ResourcesCountResourceSource | Unset): 资源来源。 ● PURCHASED: 购买 ● SP_ALLOCATED: SP分配 ●
            ADMIN_ALLOCATED: 系统管理员分配
    """

    business_type: str | Unset = UNSET
    count: float | Unset = UNSET
    charging_mode: ResourcesCountChargingMode | Unset = UNSET
    resource_source: ResourcesCountResourceSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_type = self.business_type

        count = self.count

        charging_mode: str | Unset = UNSET
        if not isinstance(self.charging_mode, Unset):
            charging_mode = self.charging_mode.value

        resource_source: str | Unset = UNSET
        if not isinstance(self.resource_source, Unset):
            resource_source = self.resource_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if count is not UNSET:
            field_dict["count"] = count
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if resource_source is not UNSET:
            field_dict["resource_source"] = resource_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_type = d.pop("business_type", UNSET)
        if business_type is None:
            business_type = UNSET
            d["business_type"] = None

        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_charging_mode = d.pop("charging_mode", UNSET)
        try:
            _charging_mode = _raw_charging_mode
            charging_mode: ResourcesCountChargingMode | Unset
            if isinstance(_charging_mode, Unset):
                charging_mode = UNSET
            else:
                charging_mode = ResourcesCountChargingMode(_charging_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            charging_mode = UNSET
            d["charging_mode"] = _raw_charging_mode

        _raw_resource_source = d.pop("resource_source", UNSET)
        try:
            _resource_source = _raw_resource_source
            resource_source: ResourcesCountResourceSource | Unset
            if isinstance(_resource_source, Unset):
                resource_source = UNSET
            else:
                resource_source = ResourcesCountResourceSource(_resource_source)

        except (TypeError, ValueError, KeyError, AttributeError):
            resource_source = UNSET
            d["resource_source"] = _raw_resource_source

        resources_count = cls(
            business_type=business_type,
            count=count,
            charging_mode=charging_mode,
            resource_source=resource_source,
        )

        resources_count.additional_properties = d
        return resources_count

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
