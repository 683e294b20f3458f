from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetActiveCodeRequest")


@_attrs_define
class ResetActiveCodeRequest:
    """表 7-201 请求 Body 参数

    Attributes:
        clean_auth_credential (bool | Unset): 是否清除鉴权凭证。 默认取值： true Default: True.
    """

    clean_auth_credential: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clean_auth_credential = self.clean_auth_credential

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clean_auth_credential is not UNSET:
            field_dict["clean_auth_credential"] = clean_auth_credential

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clean_auth_credential = d.pop("clean_auth_credential", UNSET)
        if clean_auth_credential is None:
            clean_auth_credential = UNSET
            d["clean_auth_credential"] = None

        reset_active_code_request = cls(
            clean_auth_credential=clean_auth_credential,
        )

        reset_active_code_request.additional_properties = d
        return reset_active_code_request

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
