from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobvoiConfig")


@_attrs_define
class MobvoiConfig:
    """表 7-129 MobvoiConfig

    Attributes:
        app_key (str | Unset): 奇妙问应用帐号。
        app_secret (str | Unset): 奇妙问应用Secret。
        role_id (str | Unset): 奇妙问角色ID。
        sis_region (int | Unset): SIS所在区域 取值范围： 0-32
        sis_project_id (str | Unset): SIS所在区域的projectId
    """

    app_key: str | Unset = UNSET
    app_secret: str | Unset = UNSET
    role_id: str | Unset = UNSET
    sis_region: int | Unset = UNSET
    sis_project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_key = self.app_key

        app_secret = self.app_secret

        role_id = self.role_id

        sis_region = self.sis_region

        sis_project_id = self.sis_project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_key is not UNSET:
            field_dict["app_key"] = app_key
        if app_secret is not UNSET:
            field_dict["app_secret"] = app_secret
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if sis_region is not UNSET:
            field_dict["sis_region"] = sis_region
        if sis_project_id is not UNSET:
            field_dict["sis_project_id"] = sis_project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_key = d.pop("app_key", UNSET)
        if app_key is None:
            app_key = UNSET
            d["app_key"] = None

        app_secret = d.pop("app_secret", UNSET)
        if app_secret is None:
            app_secret = UNSET
            d["app_secret"] = None

        role_id = d.pop("role_id", UNSET)
        if role_id is None:
            role_id = UNSET
            d["role_id"] = None

        sis_region = d.pop("sis_region", UNSET)
        if sis_region is None:
            sis_region = UNSET
            d["sis_region"] = None

        sis_project_id = d.pop("sis_project_id", UNSET)
        if sis_project_id is None:
            sis_project_id = UNSET
            d["sis_project_id"] = None

        mobvoi_config = cls(
            app_key=app_key,
            app_secret=app_secret,
            role_id=role_id,
            sis_region=sis_region,
            sis_project_id=sis_project_id,
        )

        mobvoi_config.additional_properties = d
        return mobvoi_config

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
