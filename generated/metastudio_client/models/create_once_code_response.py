from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOnceCodeResponse")


@_attrs_define
class CreateOnceCodeResponse:
    """表 7-173 响应 Body 参数

    Attributes:
        once_code (str | Unset): 一次性鉴权码。
    """

    once_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        once_code = self.once_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if once_code is not UNSET:
            field_dict["once_code"] = once_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        once_code = d.pop("once_code", UNSET)
        if once_code is None:
            once_code = UNSET
            d["once_code"] = None

        create_once_code_response = cls(
            once_code=once_code,
        )

        create_once_code_response.additional_properties = d
        return create_once_code_response

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
