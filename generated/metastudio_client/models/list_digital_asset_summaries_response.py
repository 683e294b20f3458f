from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digital_asset_summary import DigitalAssetSummary


T = TypeVar("T", bound="ListDigitalAssetSummariesResponse")


@_attrs_define
class ListDigitalAssetSummariesResponse:
    """表 4-161 响应 Body 参数

    Attributes:
        asset_list (list[DigitalAssetSummary] | Unset): 资产列表。
    """

    asset_list: list[DigitalAssetSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_list, Unset):
            asset_list = []
            for asset_list_item_data in self.asset_list:
                asset_list_item = asset_list_item_data.to_dict()
                asset_list.append(asset_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_list is not UNSET:
            field_dict["asset_list"] = asset_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digital_asset_summary import DigitalAssetSummary  # noqa: PLC0415

        d = dict(src_dict)
        _raw_asset_list = d.pop("asset_list", UNSET)
        try:
            _asset_list = _raw_asset_list
            asset_list: list[DigitalAssetSummary] | Unset = UNSET
            if _asset_list is not UNSET:
                asset_list = []
                for asset_list_item_data in _asset_list:
                    asset_list_item = DigitalAssetSummary.from_dict(asset_list_item_data)

                    asset_list.append(asset_list_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_list = UNSET
            d["asset_list"] = _raw_asset_list

        list_digital_asset_summaries_response = cls(
            asset_list=asset_list,
        )

        list_digital_asset_summaries_response.additional_properties = d
        return list_digital_asset_summaries_response

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
