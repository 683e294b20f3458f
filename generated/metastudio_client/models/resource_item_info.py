from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_item_info_business_type import ResourceItemInfoBusinessType
from ..models.resource_item_info_charging_mode import ResourceItemInfoChargingMode
from ..models.resource_item_info_resource_source import ResourceItemInfoResourceSource
from ..models.resource_item_info_sub_resource_type import ResourceItemInfoSubResourceType
from ..models.resource_item_info_unit import ResourceItemInfoUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceItemInfo")


@_attrs_define
class ResourceItemInfo:
    """表 11-13 ResourceItemInfo

    Attributes:
        resource_id (str | Unset): 资源ID。
        order_id (str | Unset): cloudServiceId的订单id。 云服务购买清单等场景必填（purchaseMode取值为3、4），每个CloudService生成一个订单；此场景如果为空，则报错。
            其他场景，为空。
        resource_expire_time (datetime.datetime | Unset): 资源截止时间。格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"
        resource_type (str | Unset): 资源类型。详见 资源类型 。
        business_type (ResourceItemInfoBusinessType | Unset): 业务类型。 VOICE_CLONE: 声音制作 SYNTHETICS_SOUND: 声音合成
            ASSET_MANAGER: 资产管理 MODELING_2D: 形象制作 LIVE_2D: 分身数字人视频直播 VIDEO_2D: 分身数字人视频制作 CHAT_2D: 分身数字人智能交互
            BUSINESS_CARD_2D: 分身数字人名片 PICTURE_2D: 照片数字人视频 MODELING_3D: 3D照片建模 VDS_3D: 3D视觉驱动 TTSA_3D: 3D语音驱动 FLEXUS_2D:
            flexus版本资源
        sub_resource_type (ResourceItemInfoSubResourceType | Unset): 子资源类型。当前只有flexus套餐包存在该字段 voice_clone_flexus:
            语音克隆Flexus版 modeling_count_2d_model_flexus: 分身数字人形象制作Flexus版 video_time_flexus_2d_model: 分身数字人Flexus版本视频制作
        is_sub_resource (bool | Unset): 是否子资源。子资源描述的是子资源的数量和单位 默认取值: false Default: False.
        charging_mode (ResourceItemInfoChargingMode | Unset): 计费类型。 ● PERIODIC: 包周期 ● ONE_TIME: 一次性 ● ON_DEMAND: 按需
        resource_source (ResourceItemInfoResourceSource | Unset): 资源来源。 ● PURCHASED: 购买 ● SP_ALLOCATED: SP分配 ●
            ADMIN_ALLOCATED: 系统管理员分配
        amount (float | Unset): 总量 取值范围: 0-1000000
        usage (float | Unset): 使用量 取值范围: 0-1000000
        unit (ResourceItemInfoUnit | Unset): 单位。 ● NUM: 个数(形象/声音) ● MIN: 分钟 ( 视频制作 ) ● HOUR: 小时 ( 直播 ) ● CHANNEL: 路 (
            直播/交互 ) ● GB: GB(资产管理) ● MILLION_WORDS: 百万字 ● TEN_THOUSAND_WORDS: 万字 ● TIME: 次
    """

    resource_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    resource_expire_time: datetime.datetime | Unset = UNSET
    resource_type: str | Unset = UNSET
    business_type: ResourceItemInfoBusinessType | Unset = UNSET
    sub_resource_type: ResourceItemInfoSubResourceType | Unset = UNSET
    is_sub_resource: bool | Unset = False
    charging_mode: ResourceItemInfoChargingMode | Unset = UNSET
    resource_source: ResourceItemInfoResourceSource | Unset = UNSET
    amount: float | Unset = UNSET
    usage: float | Unset = UNSET
    unit: ResourceItemInfoUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        order_id = self.order_id

        resource_expire_time: str | Unset = UNSET
        if not isinstance(self.resource_expire_time, Unset):
            resource_expire_time = self.resource_expire_time.isoformat()

        resource_type = self.resource_type

        business_type: str | Unset = UNSET
        if not isinstance(self.business_type, Unset):
            business_type = self.business_type.value

        sub_resource_type: str | Unset = UNSET
        if not isinstance(self.sub_resource_type, Unset):
            sub_resource_type = self.sub_resource_type.value

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
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if resource_expire_time is not UNSET:
            field_dict["resource_expire_time"] = resource_expire_time
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
        resource_id = d.pop("resource_id", UNSET)
        if resource_id is None:
            resource_id = UNSET
            d["resource_id"] = None

        order_id = d.pop("order_id", UNSET)
        if order_id is None:
            order_id = UNSET
            d["order_id"] = None

        _raw_resource_expire_time = d.pop("resource_expire_time", UNSET)
        try:
            _resource_expire_time = _raw_resource_expire_time
            resource_expire_time: datetime.datetime | Unset
            if isinstance(_resource_expire_time, Unset):
                resource_expire_time = UNSET
            else:
                resource_expire_time = datetime.datetime.fromisoformat(_resource_expire_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            resource_expire_time = UNSET
            d["resource_expire_time"] = _raw_resource_expire_time

        resource_type = d.pop("resource_type", UNSET)
        if resource_type is None:
            resource_type = UNSET
            d["resource_type"] = None

        _raw_business_type = d.pop("business_type", UNSET)
        try:
            _business_type = _raw_business_type
            business_type: ResourceItemInfoBusinessType | Unset
            if isinstance(_business_type, Unset):
                business_type = UNSET
            else:
                business_type = ResourceItemInfoBusinessType(_business_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            business_type = UNSET
            d["business_type"] = _raw_business_type

        _raw_sub_resource_type = d.pop("sub_resource_type", UNSET)
        try:
            _sub_resource_type = _raw_sub_resource_type
            sub_resource_type: ResourceItemInfoSubResourceType | Unset
            if isinstance(_sub_resource_type, Unset):
                sub_resource_type = UNSET
            else:
                sub_resource_type = ResourceItemInfoSubResourceType(_sub_resource_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            sub_resource_type = UNSET
            d["sub_resource_type"] = _raw_sub_resource_type

        is_sub_resource = d.pop("is_sub_resource", UNSET)
        if is_sub_resource is None:
            is_sub_resource = UNSET
            d["is_sub_resource"] = None

        _raw_charging_mode = d.pop("charging_mode", UNSET)
        try:
            _charging_mode = _raw_charging_mode
            charging_mode: ResourceItemInfoChargingMode | Unset
            if isinstance(_charging_mode, Unset):
                charging_mode = UNSET
            else:
                charging_mode = ResourceItemInfoChargingMode(_charging_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            charging_mode = UNSET
            d["charging_mode"] = _raw_charging_mode

        _raw_resource_source = d.pop("resource_source", UNSET)
        try:
            _resource_source = _raw_resource_source
            resource_source: ResourceItemInfoResourceSource | Unset
            if isinstance(_resource_source, Unset):
                resource_source = UNSET
            else:
                resource_source = ResourceItemInfoResourceSource(_resource_source)

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
            unit: ResourceItemInfoUnit | Unset
            if isinstance(_unit, Unset):
                unit = UNSET
            else:
                unit = ResourceItemInfoUnit(_unit)

        except (TypeError, ValueError, KeyError, AttributeError):
            unit = UNSET
            d["unit"] = _raw_unit

        resource_item_info = cls(
            resource_id=resource_id,
            order_id=order_id,
            resource_expire_time=resource_expire_time,
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

        resource_item_info.additional_properties = d
        return resource_item_info

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
