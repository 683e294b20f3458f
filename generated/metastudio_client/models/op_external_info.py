from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpExternalInfo")


@_attrs_define
class OpExternalInfo:
    """表 9-40 OpExternalInfo

    Attributes:
        review_id_list (list[str] | Unset): 审核详情id列表
    """

    review_id_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_id_list: list[str] | Unset = UNSET
        if not isinstance(self.review_id_list, Unset):
            review_id_list = self.review_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if review_id_list is not UNSET:
            field_dict["review_id_list"] = review_id_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        review_id_list = d.pop("review_id_list", UNSET)
        if not isinstance(review_id_list, Unset | list):
            d["review_id_list"] = review_id_list
            review_id_list = UNSET

        op_external_info = cls(
            review_id_list=review_id_list,
        )

        op_external_info.additional_properties = d
        return op_external_info

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
