from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.configure_product_assets_request_action import ConfigureProductAssetsRequestAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_media_info import ProductMediaInfo
    from ..models.product_text_info import ProductTextInfo


T = TypeVar("T", bound="ConfigureProductAssetsRequest")


@_attrs_define
class ConfigureProductAssetsRequest:
    """表 6-395 请求 Body 参数

    Attributes:
        asset_item (ProductMediaInfo | Unset): 表 6-354 ProductMediaInfo (same table: 表 6-375, 6-396)
        text_item (ProductTextInfo | Unset): 表 6-353 ProductTextInfo (same table: 表 6-366, 6-374, 6-384, 6-397)
        action (ConfigureProductAssetsRequestAction | Unset): 添加或删除资产关联 - LINK：将资产纳入管理 - UNLINK：将资产移除管理
    """

    asset_item: ProductMediaInfo | Unset = UNSET
    text_item: ProductTextInfo | Unset = UNSET
    action: ConfigureProductAssetsRequestAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_item, Unset):
            asset_item = self.asset_item.to_dict()

        text_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_item, Unset):
            text_item = self.text_item.to_dict()

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_item is not UNSET:
            field_dict["asset_item"] = asset_item
        if text_item is not UNSET:
            field_dict["text_item"] = text_item
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_media_info import ProductMediaInfo  # noqa: PLC0415
        from ..models.product_text_info import ProductTextInfo  # noqa: PLC0415

        d = dict(src_dict)
        _raw_asset_item = d.pop("asset_item", UNSET)
        try:
            _asset_item = _raw_asset_item
            asset_item: ProductMediaInfo | Unset
            if isinstance(_asset_item, Unset):
                asset_item = UNSET
            else:
                asset_item = ProductMediaInfo.from_dict(_asset_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_item = UNSET
            d["asset_item"] = _raw_asset_item

        _raw_text_item = d.pop("text_item", UNSET)
        try:
            _text_item = _raw_text_item
            text_item: ProductTextInfo | Unset
            if isinstance(_text_item, Unset):
                text_item = UNSET
            else:
                text_item = ProductTextInfo.from_dict(_text_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_item = UNSET
            d["text_item"] = _raw_text_item

        _raw_action = d.pop("action", UNSET)
        try:
            _action = _raw_action
            action: ConfigureProductAssetsRequestAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = ConfigureProductAssetsRequestAction(_action)

        except (TypeError, ValueError, KeyError, AttributeError):
            action = UNSET
            d["action"] = _raw_action

        configure_product_assets_request = cls(
            asset_item=asset_item,
            text_item=text_item,
            action=action,
        )

        configure_product_assets_request.additional_properties = d
        return configure_product_assets_request

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
