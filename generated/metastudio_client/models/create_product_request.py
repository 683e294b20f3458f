from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_cover_info import ProductCoverInfo
    from ..models.product_media_info import ProductMediaInfo
    from ..models.product_text_info import ProductTextInfo


T = TypeVar("T", bound="CreateProductRequest")


@_attrs_define
class CreateProductRequest:
    """表 6-351 请求 Body 参数

    Attributes:
        name (str): 商品名称
        description (str | Unset): 商品描述
        tags (list[str] | Unset): 标签。单个标签16字节，多个用逗号分隔，最多50个。
        cover (ProductCoverInfo | Unset): 表 6-352 ProductCoverInfo (same table: 表 6-373)
        text_list (list[ProductTextInfo] | Unset): 文本列表
        asset_list (list[ProductMediaInfo] | Unset): 素材资产列表
        auto_active (bool | Unset): 参数解释： 自动激活商品 默认取值： true Default: True.
    """

    name: str
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    cover: ProductCoverInfo | Unset = UNSET
    text_list: list[ProductTextInfo] | Unset = UNSET
    asset_list: list[ProductMediaInfo] | Unset = UNSET
    auto_active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        cover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover, Unset):
            cover = self.cover.to_dict()

        text_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.text_list, Unset):
            text_list = []
            for text_list_item_data in self.text_list:
                text_list_item = text_list_item_data.to_dict()
                text_list.append(text_list_item)

        asset_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_list, Unset):
            asset_list = []
            for asset_list_item_data in self.asset_list:
                asset_list_item = asset_list_item_data.to_dict()
                asset_list.append(asset_list_item)

        auto_active = self.auto_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cover is not UNSET:
            field_dict["cover"] = cover
        if text_list is not UNSET:
            field_dict["text_list"] = text_list
        if asset_list is not UNSET:
            field_dict["asset_list"] = asset_list
        if auto_active is not UNSET:
            field_dict["auto_active"] = auto_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_cover_info import ProductCoverInfo  # noqa: PLC0415
        from ..models.product_media_info import ProductMediaInfo  # noqa: PLC0415
        from ..models.product_text_info import ProductTextInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
            d["description"] = None

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, Unset | list):
            d["tags"] = tags
            tags = UNSET

        _raw_cover = d.pop("cover", UNSET)
        try:
            _cover = _raw_cover
            cover: ProductCoverInfo | Unset
            if isinstance(_cover, Unset):
                cover = UNSET
            else:
                cover = ProductCoverInfo.from_dict(_cover)

        except (TypeError, ValueError, KeyError, AttributeError):
            cover = UNSET
            d["cover"] = _raw_cover

        _raw_text_list = d.pop("text_list", UNSET)
        try:
            _text_list = _raw_text_list
            text_list: list[ProductTextInfo] | Unset = UNSET
            if _text_list is not UNSET:
                text_list = []
                for text_list_item_data in _text_list:
                    text_list_item = ProductTextInfo.from_dict(text_list_item_data)

                    text_list.append(text_list_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_list = UNSET
            d["text_list"] = _raw_text_list

        _raw_asset_list = d.pop("asset_list", UNSET)
        try:
            _asset_list = _raw_asset_list
            asset_list: list[ProductMediaInfo] | Unset = UNSET
            if _asset_list is not UNSET:
                asset_list = []
                for asset_list_item_data in _asset_list:
                    asset_list_item = ProductMediaInfo.from_dict(asset_list_item_data)

                    asset_list.append(asset_list_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_list = UNSET
            d["asset_list"] = _raw_asset_list

        auto_active = d.pop("auto_active", UNSET)
        if auto_active is None:
            auto_active = UNSET
            d["auto_active"] = None

        create_product_request = cls(
            name=name,
            description=description,
            tags=tags,
            cover=cover,
            text_list=text_list,
            asset_list=asset_list,
            auto_active=auto_active,
        )

        create_product_request.additional_properties = d
        return create_product_request

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
