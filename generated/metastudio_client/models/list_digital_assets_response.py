from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digital_asset_info import DigitalAssetInfo


T = TypeVar("T", bound="ListDigitalAssetsResponse")


@_attrs_define
class ListDigitalAssetsResponse:
    """表 4-33 响应 Body 参数

    Attributes:
        count (int | Unset): 资产总数。 取值范围： 0-2147483647
        assets (list[DigitalAssetInfo] | Unset): 资产信息列表。
    """

    count: int | Unset = UNSET
    assets: list[DigitalAssetInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digital_asset_info import DigitalAssetInfo  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_assets = d.pop("assets", UNSET)
        try:
            _assets = _raw_assets
            assets: list[DigitalAssetInfo] | Unset = UNSET
            if _assets is not UNSET:
                assets = []
                for assets_item_data in _assets:
                    assets_item = DigitalAssetInfo.from_dict(assets_item_data)

                    assets.append(assets_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            assets = UNSET
            d["assets"] = _raw_assets

        list_digital_assets_response = cls(
            count=count,
            assets=assets,
        )

        list_digital_assets_response.additional_properties = d
        return list_digital_assets_response

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
