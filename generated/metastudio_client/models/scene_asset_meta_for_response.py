from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scene_asset_meta_for_response_default_configs import SceneAssetMetaForResponseDefaultConfigs
    from ..models.scene_component_info_for_response import SceneComponentInfoForResponse


T = TypeVar("T", bound="SceneAssetMetaForResponse")


@_attrs_define
class SceneAssetMetaForResponse:
    """表 4-45 SceneAssetMeta

    Attributes:
        components (list[SceneComponentInfoForResponse] | Unset): 可操作组件列表（如屏幕，灯光，摄像机）。
        default_configs (SceneAssetMetaForResponseDefaultConfigs | Unset): 默认场景设置（机位，初始人位置）。
    """

    components: list[SceneComponentInfoForResponse] | Unset = UNSET
    default_configs: SceneAssetMetaForResponseDefaultConfigs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        default_configs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_configs, Unset):
            default_configs = self.default_configs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components
        if default_configs is not UNSET:
            field_dict["default_configs"] = default_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scene_asset_meta_for_response_default_configs import SceneAssetMetaForResponseDefaultConfigs  # noqa: PLC0415
        from ..models.scene_component_info_for_response import SceneComponentInfoForResponse  # noqa: PLC0415

        d = dict(src_dict)
        _raw_components = d.pop("components", UNSET)
        try:
            _components = _raw_components
            components: list[SceneComponentInfoForResponse] | Unset = UNSET
            if _components is not UNSET:
                components = []
                for components_item_data in _components:
                    components_item = SceneComponentInfoForResponse.from_dict(components_item_data)

                    components.append(components_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            components = UNSET
            d["components"] = _raw_components

        _raw_default_configs = d.pop("default_configs", UNSET)
        try:
            _default_configs = _raw_default_configs
            default_configs: SceneAssetMetaForResponseDefaultConfigs | Unset
            if isinstance(_default_configs, Unset):
                default_configs = UNSET
            else:
                default_configs = SceneAssetMetaForResponseDefaultConfigs.from_dict(_default_configs)

        except (TypeError, ValueError, KeyError, AttributeError):
            default_configs = UNSET
            d["default_configs"] = _raw_default_configs

        scene_asset_meta_for_response = cls(
            components=components,
            default_configs=default_configs,
        )

        scene_asset_meta_for_response.additional_properties = d
        return scene_asset_meta_for_response

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
