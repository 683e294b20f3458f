from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_shared_config_shared_type import AssetSharedConfigSharedType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetSharedConfig")


@_attrs_define
class AssetSharedConfig:
    """表 4-25 AssetSharedConfig

    Attributes:
        shared_type (AssetSharedConfigSharedType | Unset): 共享类型。 PRIVATE: 私有, 仅本租户可访问。 PUBLIC: 公开,
            所有租户可访问。当前仅提供系统资产可公开访问。 SHARED: 共享, 指定租户可访问。拥有者指定租户可访问。
        expire_time (str | Unset): 共享过期时间。默认过期时间为30天, 即共享当天+30的23:59:59。
        allowed_project_ids (list[str] | Unset): 允许访问本资产的租户列表。
    """

    shared_type: AssetSharedConfigSharedType | Unset = UNSET
    expire_time: str | Unset = UNSET
    allowed_project_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_type: str | Unset = UNSET
        if not isinstance(self.shared_type, Unset):
            shared_type = self.shared_type.value

        expire_time = self.expire_time

        allowed_project_ids: list[str] | Unset = UNSET
        if not isinstance(self.allowed_project_ids, Unset):
            allowed_project_ids = self.allowed_project_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shared_type is not UNSET:
            field_dict["shared_type"] = shared_type
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if allowed_project_ids is not UNSET:
            field_dict["allowed_project_ids"] = allowed_project_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_shared_type = d.pop("shared_type", UNSET)
        try:
            _shared_type = _raw_shared_type
            shared_type: AssetSharedConfigSharedType | Unset
            if isinstance(_shared_type, Unset):
                shared_type = UNSET
            else:
                shared_type = AssetSharedConfigSharedType(_shared_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            shared_type = UNSET
            d["shared_type"] = _raw_shared_type

        expire_time = d.pop("expire_time", UNSET)
        if expire_time is None:
            expire_time = UNSET
            d["expire_time"] = None

        allowed_project_ids = d.pop("allowed_project_ids", UNSET)
        if not isinstance(allowed_project_ids, Unset | list):
            d["allowed_project_ids"] = allowed_project_ids
            allowed_project_ids = UNSET

        asset_shared_config = cls(
            shared_type=shared_type,
            expire_time=expire_time,
            allowed_project_ids=allowed_project_ids,
        )

        asset_shared_config.additional_properties = d
        return asset_shared_config

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
