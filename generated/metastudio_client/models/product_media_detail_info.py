from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_media_detail_info_asset_type import ProductMediaDetailInfoAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductMediaDetailInfo")


@_attrs_define
class ProductMediaDetailInfo:
    """表 6-367 ProductMediaDetailInfo (same table: 表 6-385)

    Attributes:
        asset_id (str | Unset): 资产ID
        asset_type (ProductMediaDetailInfoAssetType | Unset): 资产类型 • IMAGE: 图片 • VIDEO: 视频 • AUDIO: 音频
        order (int | Unset): 参数解释: 资产次序。不设置或者0表示按照加入时间先后排序。业务上将次序最靠前的图片设置为商品封面。 取值范围: 0-300 默认取值: 0 Default: 0.
        asset_name (str | Unset): 资产名称。
        asset_state (str | Unset): 资产状态。
        cover_url (str | Unset): 封面图片路径。
        thumbnail_url (str | Unset): 缩略图路径。
        main_url (str | Unset): 缩略图路径。
    """

    asset_id: str | Unset = UNSET
    asset_type: ProductMediaDetailInfoAssetType | Unset = UNSET
    order: int | Unset = 0
    asset_name: str | Unset = UNSET
    asset_state: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    main_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.value

        order = self.order

        asset_name = self.asset_name

        asset_state = self.asset_state

        cover_url = self.cover_url

        thumbnail_url = self.thumbnail_url

        main_url = self.main_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if order is not UNSET:
            field_dict["order"] = order
        if asset_name is not UNSET:
            field_dict["asset_name"] = asset_name
        if asset_state is not UNSET:
            field_dict["asset_state"] = asset_state
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if main_url is not UNSET:
            field_dict["main_url"] = main_url

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
            asset_type: ProductMediaDetailInfoAssetType | Unset
            if isinstance(_asset_type, Unset):
                asset_type = UNSET
            else:
                asset_type = ProductMediaDetailInfoAssetType(_asset_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_type = UNSET
            d["asset_type"] = _raw_asset_type

        order = d.pop("order", UNSET)
        if order is None:
            order = UNSET
            d["order"] = None

        asset_name = d.pop("asset_name", UNSET)
        if asset_name is None:
            asset_name = UNSET
            d["asset_name"] = None

        asset_state = d.pop("asset_state", UNSET)
        if asset_state is None:
            asset_state = UNSET
            d["asset_state"] = None

        cover_url = d.pop("cover_url", UNSET)
        if cover_url is None:
            cover_url = UNSET
            d["cover_url"] = None

        thumbnail_url = d.pop("thumbnail_url", UNSET)
        if thumbnail_url is None:
            thumbnail_url = UNSET
            d["thumbnail_url"] = None

        main_url = d.pop("main_url", UNSET)
        if main_url is None:
            main_url = UNSET
            d["main_url"] = None

        product_media_detail_info = cls(
            asset_id=asset_id,
            asset_type=asset_type,
            order=order,
            asset_name=asset_name,
            asset_state=asset_state,
            cover_url=cover_url,
            thumbnail_url=thumbnail_url,
            main_url=main_url,
        )

        product_media_detail_info.additional_properties = d
        return product_media_detail_info

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
