from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_detail_info import ProductDetailInfo


T = TypeVar("T", bound="ListProductsResponse")


@_attrs_define
class ListProductsResponse:
    """表 6-363 响应 Body 参数

    Attributes:
        count (int | Unset): 参数解释： 商品信息总数 取值范围： 0-2147483647
        products (list[ProductDetailInfo] | Unset): 商品信息列表
    """

    count: int | Unset = UNSET
    products: list[ProductDetailInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_detail_info import ProductDetailInfo  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_products = d.pop("products", UNSET)
        try:
            _products = _raw_products
            products: list[ProductDetailInfo] | Unset = UNSET
            if _products is not UNSET:
                products = []
                for products_item_data in _products:
                    products_item = ProductDetailInfo.from_dict(products_item_data)

                    products.append(products_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            products = UNSET
            d["products"] = _raw_products

        list_products_response = cls(
            count=count,
            products=products,
        )

        list_products_response.additional_properties = d
        return list_products_response

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
