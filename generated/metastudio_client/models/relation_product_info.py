from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelationProductInfo")


@_attrs_define
class RelationProductInfo:
    """表 6-15 RelationProductInfo

    Attributes:
        product_id (str | Unset): 关联商品ID。如果配置，则段落切换回调中会携带该信息。美团平台对应goodsId
        product_title (str | Unset): 关联商品标题/名称。如果配置，则段落切换回调中会携带该信息。美团平台对应goodsTitle
    """

    product_id: str | Unset = UNSET
    product_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        product_title = self.product_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_title is not UNSET:
            field_dict["product_title"] = product_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("product_id", UNSET)
        if product_id is None:
            product_id = UNSET
            d["product_id"] = None

        product_title = d.pop("product_title", UNSET)
        if product_title is None:
            product_title = UNSET
            d["product_title"] = None

        relation_product_info = cls(
            product_id=product_id,
            product_title=product_title,
        )

        relation_product_info.additional_properties = d
        return relation_product_info

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
