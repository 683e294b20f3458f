from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_action_result import AssetActionResult


T = TypeVar("T", bound="BatchActionDigitalAssetsResponse")


@_attrs_define
class BatchActionDigitalAssetsResponse:
    """表 4-152 响应 Body 参数

    Attributes:
        results (list[AssetActionResult] | Unset): 批量操作结果
    """

    results: list[AssetActionResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_action_result import AssetActionResult  # noqa: PLC0415

        d = dict(src_dict)
        _raw_results = d.pop("results", UNSET)
        try:
            _results = _raw_results
            results: list[AssetActionResult] | Unset = UNSET
            if _results is not UNSET:
                results = []
                for results_item_data in _results:
                    results_item = AssetActionResult.from_dict(results_item_data)

                    results.append(results_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            results = UNSET
            d["results"] = _raw_results

        batch_action_digital_assets_response = cls(
            results=results,
        )

        batch_action_digital_assets_response.additional_properties = d
        return batch_action_digital_assets_response

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
