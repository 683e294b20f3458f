from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowVoiceTrainingSegmentConfirmResultResponse")


@_attrs_define
class ShowVoiceTrainingSegmentConfirmResultResponse:
    """表 9-59 响应 Body 参数

    Attributes:
        confirmed_index (list[int] | Unset): 确认过的语句索引。 取值范围： 0-1024
    """

    confirmed_index: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed_index: list[int] | Unset = UNSET
        if not isinstance(self.confirmed_index, Unset):
            confirmed_index = self.confirmed_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmed_index is not UNSET:
            field_dict["confirmed_index"] = confirmed_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirmed_index = d.pop("confirmed_index", UNSET)
        if not isinstance(confirmed_index, Unset | list):
            d["confirmed_index"] = confirmed_index
            confirmed_index = UNSET

        show_voice_training_segment_confirm_result_response = cls(
            confirmed_index=confirmed_index,
        )

        show_voice_training_segment_confirm_result_response.additional_properties = d
        return show_voice_training_segment_confirm_result_response

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
