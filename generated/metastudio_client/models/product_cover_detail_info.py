from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCoverDetailInfo")


@_attrs_define
class ProductCoverDetailInfo:
    """表 6-365 ProductCoverDetailInfo (same table: 表 6-383)

    Attributes:
        asset_id (str | Unset): 资产ID
        cover_url (str | Unset): 封面图片路径。
        thumbnail_url (str | Unset): 缩略图路径。
    """

    asset_id: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        cover_url = self.cover_url

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        cover_url = d.pop("cover_url", UNSET)
        if cover_url is None:
            cover_url = UNSET
            d["cover_url"] = None

        thumbnail_url = d.pop("thumbnail_url", UNSET)
        if thumbnail_url is None:
            thumbnail_url = UNSET
            d["thumbnail_url"] = None

        product_cover_detail_info = cls(
            asset_id=asset_id,
            cover_url=cover_url,
            thumbnail_url=thumbnail_url,
        )

        product_cover_detail_info.additional_properties = d
        return product_cover_detail_info

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
