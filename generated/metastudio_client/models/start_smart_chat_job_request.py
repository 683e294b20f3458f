from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartSmartChatJobRequest")


@_attrs_define
class StartSmartChatJobRequest:
    """表 7-100 请求 Body 参数

    Attributes:
        extend_param (str | Unset): 扩展参数，按照Json格式携带 city:所在城市
    """

    extend_param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extend_param = self.extend_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extend_param is not UNSET:
            field_dict["extend_param"] = extend_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extend_param = d.pop("extend_param", UNSET)
        if extend_param is None:
            extend_param = UNSET
            d["extend_param"] = None

        start_smart_chat_job_request = cls(
            extend_param=extend_param,
        )

        start_smart_chat_job_request.additional_properties = d
        return start_smart_chat_job_request

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
