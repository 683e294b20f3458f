from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateActiveCodeRequest")


@_attrs_define
class UpdateActiveCodeRequest:
    """表 7-195 请求 Body 参数

    Attributes:
        valid_period (int | Unset): 有效天数（0表示长期有效）。 取值范围： 0-65535
    """

    valid_period: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid_period = self.valid_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid_period is not UNSET:
            field_dict["valid_period"] = valid_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid_period = d.pop("valid_period", UNSET)
        if valid_period is None:
            valid_period = UNSET
            d["valid_period"] = None

        update_active_code_request = cls(
            valid_period=valid_period,
        )

        update_active_code_request.additional_properties = d
        return update_active_code_request

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
