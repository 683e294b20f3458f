from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformLiveDetailInfo")


@_attrs_define
class PlatformLiveDetailInfo:
    """表 6-88 PlatformLiveDetailInfo; 表 6-285 PlatformLiveDetailInfo (same table: 表 6-301, 6-334)

    Attributes:
        platform_id (str | Unset): 直播平台ID。
        platform (str | Unset): 直播平台。美团填写meituan
        account (str | Unset): 授权账号信息。 美团平台对应：opBizCode
        live_id (str | Unset): 直播ID。如果配置，则段落切换回调中会携带该信息。 美团对应liveId
    """

    platform_id: str | Unset = UNSET
    platform: str | Unset = UNSET
    account: str | Unset = UNSET
    live_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_id = self.platform_id

        platform = self.platform

        account = self.account

        live_id = self.live_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform_id is not UNSET:
            field_dict["platform_id"] = platform_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if account is not UNSET:
            field_dict["account"] = account
        if live_id is not UNSET:
            field_dict["live_id"] = live_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_id = d.pop("platform_id", UNSET)
        if platform_id is None:
            platform_id = UNSET
            d["platform_id"] = None

        platform = d.pop("platform", UNSET)
        if platform is None:
            platform = UNSET
            d["platform"] = None

        account = d.pop("account", UNSET)
        if account is None:
            account = UNSET
            d["account"] = None

        live_id = d.pop("live_id", UNSET)
        if live_id is None:
            live_id = UNSET
            d["live_id"] = None

        platform_live_detail_info = cls(
            platform_id=platform_id,
            platform=platform,
            account=account,
            live_id=live_id,
        )

        platform_live_detail_info.additional_properties = d
        return platform_live_detail_info

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
