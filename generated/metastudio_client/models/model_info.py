from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """表 6-49 ModelInfo; 表 7-28 ModelInfo

    Attributes:
        model_asset_id (str | Unset): 模型资产ID, 可以从资产库中查询。
        asset_name (str | Unset): 资产名称
        backup_model_asset_ids (list[str] | Unset): 主播轮换时备选主播数字人资产ID（仅形象资产，不包含音色），可以从资产库中查询。
    """

    model_asset_id: str | Unset = UNSET
    asset_name: str | Unset = UNSET
    backup_model_asset_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_asset_id = self.model_asset_id

        asset_name = self.asset_name

        backup_model_asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.backup_model_asset_ids, Unset):
            backup_model_asset_ids = self.backup_model_asset_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if asset_name is not UNSET:
            field_dict["asset_name"] = asset_name
        if backup_model_asset_ids is not UNSET:
            field_dict["backup_model_asset_ids"] = backup_model_asset_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_asset_id = d.pop("model_asset_id", UNSET)
        if model_asset_id is None:
            model_asset_id = UNSET
            d["model_asset_id"] = None

        asset_name = d.pop("asset_name", UNSET)
        if asset_name is None:
            asset_name = UNSET
            d["asset_name"] = None

        backup_model_asset_ids = d.pop("backup_model_asset_ids", UNSET)
        if not isinstance(backup_model_asset_ids, Unset | list):
            d["backup_model_asset_ids"] = backup_model_asset_ids
            backup_model_asset_ids = UNSET

        model_info = cls(
            model_asset_id=model_asset_id,
            asset_name=asset_name,
            backup_model_asset_ids=backup_model_asset_ids,
        )

        model_info.additional_properties = d
        return model_info

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
