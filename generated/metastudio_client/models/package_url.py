from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageUrl")


@_attrs_define
class PackageUrl:
    """表 9-45 package_url

    Attributes:
        training_data_uploading_url (str | Unset): 上传的训练数据地址,用户需要将训练数据打成zip包后上传到该url。 说明 通过该obs地址上传时需要设置content-
            type为application/zip
    """

    training_data_uploading_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        training_data_uploading_url = self.training_data_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if training_data_uploading_url is not UNSET:
            field_dict["training_data_uploading_url"] = training_data_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_data_uploading_url = d.pop("training_data_uploading_url", UNSET)
        if training_data_uploading_url is None:
            training_data_uploading_url = UNSET
            d["training_data_uploading_url"] = None

        package_url = cls(
            training_data_uploading_url=training_data_uploading_url,
        )

        package_url.additional_properties = d
        return package_url

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
