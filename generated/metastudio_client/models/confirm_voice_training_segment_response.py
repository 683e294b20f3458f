from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmVoiceTrainingSegmentResponse")


@_attrs_define
class ConfirmVoiceTrainingSegmentResponse:
    """表 9-55 响应 Body 参数

    Attributes:
        confirm_result (bool | Unset): 是否确认成功。
        unmatched_index_hit (list[int] | Unset): 讲解不匹配的文本索引。 取值范围： 0-4096
    """

    confirm_result: bool | Unset = UNSET
    unmatched_index_hit: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm_result = self.confirm_result

        unmatched_index_hit: list[int] | Unset = UNSET
        if not isinstance(self.unmatched_index_hit, Unset):
            unmatched_index_hit = self.unmatched_index_hit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirm_result is not UNSET:
            field_dict["confirm_result"] = confirm_result
        if unmatched_index_hit is not UNSET:
            field_dict["unmatched_index_hit"] = unmatched_index_hit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm_result = d.pop("confirm_result", UNSET)
        if confirm_result is None:
            confirm_result = UNSET
            d["confirm_result"] = None

        unmatched_index_hit = d.pop("unmatched_index_hit", UNSET)
        if not isinstance(unmatched_index_hit, Unset | list):
            d["unmatched_index_hit"] = unmatched_index_hit
            unmatched_index_hit = UNSET

        confirm_voice_training_segment_response = cls(
            confirm_result=confirm_result,
            unmatched_index_hit=unmatched_index_hit,
        )

        confirm_voice_training_segment_response.additional_properties = d
        return confirm_voice_training_segment_response

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
