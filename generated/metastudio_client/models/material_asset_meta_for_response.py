from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.material_component_info_for_response import MaterialComponentInfoForResponse


T = TypeVar("T", bound="MaterialAssetMetaForResponse")


@_attrs_define
class MaterialAssetMetaForResponse:
    """表 4-47 MaterialAssetMeta

    Attributes:
        components (list[MaterialComponentInfoForResponse] | Unset): 可替换的素材组件列表。
    """

    components: list[MaterialComponentInfoForResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_component_info_for_response import MaterialComponentInfoForResponse  # noqa: PLC0415

        d = dict(src_dict)
        _raw_components = d.pop("components", UNSET)
        try:
            _components = _raw_components
            components: list[MaterialComponentInfoForResponse] | Unset = UNSET
            if _components is not UNSET:
                components = []
                for components_item_data in _components:
                    components_item = MaterialComponentInfoForResponse.from_dict(components_item_data)

                    components.append(components_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            components = UNSET
            d["components"] = _raw_components

        material_asset_meta_for_response = cls(
            components=components,
        )

        material_asset_meta_for_response.additional_properties = d
        return material_asset_meta_for_response

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
