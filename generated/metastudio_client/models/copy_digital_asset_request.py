from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.replication_encl_info import ReplicationEnclInfo


T = TypeVar("T", bound="CopyDigitalAssetRequest")


@_attrs_define
class CopyDigitalAssetRequest:
    """表 4-172 请求 Body 参数

    Attributes:
        asset_id (str | Unset): 资产ID。
        asset_info (str | Unset): 加密后的资产信息。
        encryption_info (ReplicationEnclInfo | Unset): 表 4-168 ReplicationEnclInfo
        expire_time (int | Unset): 过期时间 取值范围： 0-9223372036854775807
    """

    asset_id: str | Unset = UNSET
    asset_info: str | Unset = UNSET
    encryption_info: ReplicationEnclInfo | Unset = UNSET
    expire_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_info = self.asset_info

        encryption_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.encryption_info, Unset):
            encryption_info = self.encryption_info.to_dict()

        expire_time = self.expire_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_info is not UNSET:
            field_dict["asset_info"] = asset_info
        if encryption_info is not UNSET:
            field_dict["encryption_info"] = encryption_info
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.replication_encl_info import ReplicationEnclInfo  # noqa: PLC0415

        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        asset_info = d.pop("asset_info", UNSET)
        if asset_info is None:
            asset_info = UNSET
            d["asset_info"] = None

        _raw_encryption_info = d.pop("encryption_info", UNSET)
        try:
            _encryption_info = _raw_encryption_info
            encryption_info: ReplicationEnclInfo | Unset
            if isinstance(_encryption_info, Unset):
                encryption_info = UNSET
            else:
                encryption_info = ReplicationEnclInfo.from_dict(_encryption_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            encryption_info = UNSET
            d["encryption_info"] = _raw_encryption_info

        expire_time = d.pop("expire_time", UNSET)
        if expire_time is None:
            expire_time = UNSET
            d["expire_time"] = None

        copy_digital_asset_request = cls(
            asset_id=asset_id,
            asset_info=asset_info,
            encryption_info=encryption_info,
            expire_time=expire_time,
        )

        copy_digital_asset_request.additional_properties = d
        return copy_digital_asset_request

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
