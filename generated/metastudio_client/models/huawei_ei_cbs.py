from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HuaweiEiCbs")


@_attrs_define
class HuaweiEiCbs:
    """表 7-125 HuaweiEiCbs

    Attributes:
        app_id (str | Unset): CBS应用ID。
        region (int | Unset): CBS所在区域 取值范围： 0-32
        cbs_project_id (str | Unset): CBS所在区域的projectId
        sis_region (int | Unset): SIS所在区域 取值范围： 0-32
        sis_project_id (str | Unset): SIS所在区域的projectId
    """

    app_id: str | Unset = UNSET
    region: int | Unset = UNSET
    cbs_project_id: str | Unset = UNSET
    sis_region: int | Unset = UNSET
    sis_project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        region = self.region

        cbs_project_id = self.cbs_project_id

        sis_region = self.sis_region

        sis_project_id = self.sis_project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if region is not UNSET:
            field_dict["region"] = region
        if cbs_project_id is not UNSET:
            field_dict["cbs_project_id"] = cbs_project_id
        if sis_region is not UNSET:
            field_dict["sis_region"] = sis_region
        if sis_project_id is not UNSET:
            field_dict["sis_project_id"] = sis_project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)
        if app_id is None:
            app_id = UNSET
            d["app_id"] = None

        region = d.pop("region", UNSET)
        if region is None:
            region = UNSET
            d["region"] = None

        cbs_project_id = d.pop("cbs_project_id", UNSET)
        if cbs_project_id is None:
            cbs_project_id = UNSET
            d["cbs_project_id"] = None

        sis_region = d.pop("sis_region", UNSET)
        if sis_region is None:
            sis_region = UNSET
            d["sis_region"] = None

        sis_project_id = d.pop("sis_project_id", UNSET)
        if sis_project_id is None:
            sis_project_id = UNSET
            d["sis_project_id"] = None

        huawei_ei_cbs = cls(
            app_id=app_id,
            region=region,
            cbs_project_id=cbs_project_id,
            sis_region=sis_region,
            sis_project_id=sis_project_id,
        )

        huawei_ei_cbs.additional_properties = d
        return huawei_ei_cbs

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
