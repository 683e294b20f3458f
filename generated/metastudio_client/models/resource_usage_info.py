from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_usage_info_business_type import ResourceUsageInfoBusinessType
from ..models.resource_usage_info_charging_mode import ResourceUsageInfoChargingMode
from ..models.resource_usage_info_resource_source import ResourceUsageInfoResourceSource
from ..models.resource_usage_info_unit import ResourceUsageInfoUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceUsageInfo")


@_attrs_define
class ResourceUsageInfo:
    """表 11-6 ResourceUsageInfo

    Attributes:
        resource_type (str | Unset): 资源类型。详见 资源类型 。
        business_type (ResourceUsageInfoBusinessType | Unset): 业务类型。 VOICE_CLONE: 声音制作 SYNTHETICS_SOUND: 声音合成
            ASSET_MANAGER: 资产管理 MODELING_2D: 形象制作 LIVE_2D: 分身数字人视频直播 VIDEO_2D: 分身数字人视频制作 CHAT_2D: 分身数字人智能交互
            BUSINESS_CARD_2D: 分身数字人名片 PICTURE_2D: 照片数字人视频 MODELING_3D: 3D照片建模 VDS_3D: 3D视觉驱动 TTSA_3D: 3D语音驱动 FLEXUS_2D:
            FLEXUS版本资源
        sub_resource_type (str | Unset): 子资源类型。
        is_sub_resource (bool | Unset): 是否子资源。子资源描述的是子资源的数量和单位 默认取值: false Default: False.
        charging_mode (ResourceUsageInfoChargingMode | Unset): 计费类型。 PERIODIC: 包周期 ONE_TIME: 一次性 ON_DEMAND: 按需
        resource_source (ResourceUsageInfoResourceSource | Unset): 资源来源。 PURCHASED: 购买 SP_ALLOCATED: SP分配
            ADMIN_ALLOCATED: 系统管理员分配
        amount (float | Unset): 总量 取值范围: 0-1000000
        usage (float | Unset): 使用量 取值范围: 0-1000000
        unit (ResourceUsageInfoUnit | Unset): 单位。 • NUM: 个数(形象/声音) • MIN: 分钟 ( 视频制作 ) • HOUR: 小时 ( 直播 ) • CHANNEL: 路 (
            直播/交互 ) • GB: GB(资产管理) • MILLION_WORDS: 百万字 • TEN_THOUSAND_WORDS: 万字 • TIME: 次
    """

    resource_type: str | Unset = UNSET
    business_type: ResourceUsageInfoBusinessType | Unset = UNSET
    sub_resource_type: str | Unset = UNSET
    is_sub_resource: bool | Unset = False
    charging_mode: ResourceUsageInfoChargingMode | Unset = UNSET
    resource_source: ResourceUsageInfoResourceSource | Unset = UNSET
    amount: float | Unset = UNSET
    usage: float | Unset = UNSET
    unit: ResourceUsageInfoUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        business_type: str | Unset = UNSET
        if not isinstance(self.business_type, Unset):
            business_type = self.business_type.value

        sub_resource_type = self.sub_resource_type

        is_sub_resource = self.is_sub_resource

        charging_mode: str | Unset = UNSET
        if not isinstance(self.charging_mode, Unset):
            charging_mode = self.charging_mode.value

        resource_source: str | Unset = UNSET
        if not isinstance(self.resource_source, Unset):
            resource_source = self.resource_source.value

        amount = self.amount

        usage = self.usage

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if sub_resource_type is not UNSET:
            field_dict["sub_resource_type"] = sub_resource_type
        if is_sub_resource is not UNSET:
            field_dict["is_sub_resource"] = is_sub_resource
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if resource_source is not UNSET:
            field_dict["resource_source"] = resource_source
        if amount is not UNSET:
            field_dict["amount"] = amount
        if usage is not UNSET:
            field_dict["usage"] = usage
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = d.pop("resource_type", UNSET)
        if resource_type is None:
            resource_type = UNSET
            d["resource_type"] = None

        _raw_business_type = d.pop("business_type", UNSET)
        try:
            _business_type = _raw_business_type
            business_type: ResourceUsageInfoBusinessType | Unset
            if isinstance(_business_type, Unset):
                business_type = UNSET
            else:
                business_type = ResourceUsageInfoBusinessType(_business_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            business_type = UNSET
            d["business_type"] = _raw_business_type

        sub_resource_type = d.pop("sub_resource_type", UNSET)
        if sub_resource_type is None:
            sub_resource_type = UNSET
            d["sub_resource_type"] = None

        is_sub_resource = d.pop("is_sub_resource", UNSET)
        if is_sub_resource is None:
            is_sub_resource = UNSET
            d["is_sub_resource"] = None

        _raw_charging_mode = d.pop("charging_mode", UNSET)
        try:
            _charging_mode = _raw_charging_mode
            charging_mode: ResourceUsageInfoChargingMode | Unset
            if isinstance(_charging_mode, Unset):
                charging_mode = UNSET
            else:
                charging_mode = ResourceUsageInfoChargingMode(_charging_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            charging_mode = UNSET
            d["charging_mode"] = _raw_charging_mode

        _raw_resource_source = d.pop("resource_source", UNSET)
        try:
            _resource_source = _raw_resource_source
            resource_source: ResourceUsageInfoResourceSource | Unset
            if isinstance(_resource_source, Unset):
                resource_source = UNSET
            else:
                resource_source = ResourceUsageInfoResourceSource(_resource_source)

        except (TypeError, ValueError, KeyError, AttributeError):
            resource_source = UNSET
            d["resource_source"] = _raw_resource_source

        amount = d.pop("amount", UNSET)
        if amount is None:
            amount = UNSET
            d["amount"] = None

        usage = d.pop("usage", UNSET)
        if usage is None:
            usage = UNSET
            d["usage"] = None

        _raw_unit = d.pop("unit", UNSET)
        try:
            _unit = _raw_unit
            unit: ResourceUsageInfoUnit | Unset
            if isinstance(_unit, Unset):
                unit = UNSET
            else:
                unit = ResourceUsageInfoUnit(_unit)

        except (TypeError, ValueError, KeyError, AttributeError):
            unit = UNSET
            d["unit"] = _raw_unit

        resource_usage_info = cls(
            resource_type=resource_type,
            business_type=business_type,
            sub_resource_type=sub_resource_type,
            is_sub_resource=is_sub_resource,
            charging_mode=charging_mode,
            resource_source=resource_source,
            amount=amount,
            usage=usage,
            unit=unit,
        )

        resource_usage_info.additional_properties = d
        return resource_usage_info

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
