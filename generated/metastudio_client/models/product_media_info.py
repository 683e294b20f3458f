from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_media_info_asset_type import ProductMediaInfoAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductMediaInfo")


@_attrs_define
class ProductMediaInfo:
    """表 6-354 ProductMediaInfo (same table: 表 6-375, 6-396)

    Attributes:
        asset_id (str | Unset): 资产ID
        asset_type (ProductMediaInfoAssetType | Unset): 资产类型 • IMAGE: 图片 • VIDEO: 视频 • AUDIO: 音频
        order (int | Unset): 参数解释: 资产次序。不设置或者0表示按照加入时间先后排序。业务上将次序最靠前的图片设置为商品封面。 取值范围: 0-300 默认取值: 0 Default: 0.
    """

    asset_id: str | Unset = UNSET
    asset_type: ProductMediaInfoAssetType | Unset = UNSET
    order: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.value

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        _raw_asset_type = d.pop("asset_type", UNSET)
        try:
            _asset_type = _raw_asset_type
            asset_type: ProductMediaInfoAssetType | Unset
            if isinstance(_asset_type, Unset):
                asset_type = UNSET
            else:
                asset_type = ProductMediaInfoAssetType(_asset_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_type = UNSET
            d["asset_type"] = _raw_asset_type

        order = d.pop("order", UNSET)
        if order is None:
            order = UNSET
            d["order"] = None

        product_media_info = cls(
            asset_id=asset_id,
            asset_type=asset_type,
            order=order,
        )

        product_media_info.additional_properties = d
        return product_media_info

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
