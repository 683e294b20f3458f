from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageLayerConfig")


@_attrs_define
class ImageLayerConfig:
    """表 5-17 ImageLayerConfig（同 表 5-55、表 5-83、表 5-134、表 5-166）; 表 6-9 ImageLayerConfig; 表 7-11 ImageLayerConfig

    Attributes:
        image_url (str | Unset): 参数解释: 图片文件的URL。 约束限制: 仅直播支持外部URL，其他业务通过资产库查询获取，不支持外部URL。 取值范围: 字符长度1-2048位。 默认取值: 不涉及
    """

    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)
        if image_url is None:
            image_url = UNSET
            d["image_url"] = None

        image_layer_config = cls(
            image_url=image_url,
        )

        image_layer_config.additional_properties = d
        return image_layer_config

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
