from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplicationEnclInfo")


@_attrs_define
class ReplicationEnclInfo:
    """表 4-168 ReplicationEnclInfo

    Attributes:
        algorithm (str | Unset): 加密算法
        key_id (str | Unset): 秘钥id
        iv (str | Unset): 初始化向量
    """

    algorithm: str | Unset = UNSET
    key_id: str | Unset = UNSET
    iv: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm

        key_id = self.key_id

        iv = self.iv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if iv is not UNSET:
            field_dict["iv"] = iv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm = d.pop("algorithm", UNSET)
        if algorithm is None:
            algorithm = UNSET
            d["algorithm"] = None

        key_id = d.pop("key_id", UNSET)
        if key_id is None:
            key_id = UNSET
            d["key_id"] = None

        iv = d.pop("iv", UNSET)
        if iv is None:
            iv = UNSET
            d["iv"] = None

        replication_encl_info = cls(
            algorithm=algorithm,
            key_id=key_id,
            iv=iv,
        )

        replication_encl_info.additional_properties = d
        return replication_encl_info

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
