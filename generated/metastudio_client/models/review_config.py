from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewConfig")


@_attrs_define
class ReviewConfig:
    """表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31 ReviewConfig; 表 6-314 ReviewConfig (same
    table: 表 6-343); 表 7-14 ReviewConfig

        Attributes:
            no_need_review (bool | Unset): 免审核。目前仅白名单用户可使用此参数, 非白名单用户跟随系统策略审核。
    """

    no_need_review: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no_need_review = self.no_need_review

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if no_need_review is not UNSET:
            field_dict["no_need_review"] = no_need_review

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no_need_review = d.pop("no_need_review", UNSET)
        if no_need_review is None:
            no_need_review = UNSET
            d["no_need_review"] = None

        review_config = cls(
            no_need_review=no_need_review,
        )

        review_config.additional_properties = d
        return review_config

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
