from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IflytekSpark")


@_attrs_define
class IflytekSpark:
    """表 7-127 IflytekSpark

    Attributes:
        app_id (str | Unset): 星火大模型应用ID。
        app_key (str | Unset): 星火大模型应用密钥。
        api_secret (str | Unset): 星火大模型API密钥。
        is_production (bool | Unset): 是否为正式环境 默认取值: false Default: False.
    """

    app_id: str | Unset = UNSET
    app_key: str | Unset = UNSET
    api_secret: str | Unset = UNSET
    is_production: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_key = self.app_key

        api_secret = self.api_secret

        is_production = self.is_production

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_key is not UNSET:
            field_dict["app_key"] = app_key
        if api_secret is not UNSET:
            field_dict["api_secret"] = api_secret
        if is_production is not UNSET:
            field_dict["is_production"] = is_production

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)
        if app_id is None:
            app_id = UNSET
            d["app_id"] = None

        app_key = d.pop("app_key", UNSET)
        if app_key is None:
            app_key = UNSET
            d["app_key"] = None

        api_secret = d.pop("api_secret", UNSET)
        if api_secret is None:
            api_secret = UNSET
            d["api_secret"] = None

        is_production = d.pop("is_production", UNSET)
        if is_production is None:
            is_production = UNSET
            d["is_production"] = None

        iflytek_spark = cls(
            app_id=app_id,
            app_key=app_key,
            api_secret=api_secret,
            is_production=is_production,
        )

        iflytek_spark.additional_properties = d
        return iflytek_spark

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
