from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceEyeCorrectionMarkInfo")


@_attrs_define
class InferenceEyeCorrectionMarkInfo:
    """表 8-29 InferenceEyeCorrectionMarkInfo

    Attributes:
        eye_correction_start_time (str | Unset): 选取推理数据预处理眼神矫正起始时间。格式：“HH:MM:SS.mmm”。
        eye_correction_end_time (str | Unset): 选取推理数据预处理眼神矫正结束时间。格式：“HH:MM:SS.mmm”。
    """

    eye_correction_start_time: str | Unset = UNSET
    eye_correction_end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eye_correction_start_time = self.eye_correction_start_time

        eye_correction_end_time = self.eye_correction_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eye_correction_start_time is not UNSET:
            field_dict["eye_correction_start_time"] = eye_correction_start_time
        if eye_correction_end_time is not UNSET:
            field_dict["eye_correction_end_time"] = eye_correction_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eye_correction_start_time = d.pop("eye_correction_start_time", UNSET)
        if eye_correction_start_time is None:
            eye_correction_start_time = UNSET
            d["eye_correction_start_time"] = None

        eye_correction_end_time = d.pop("eye_correction_end_time", UNSET)
        if eye_correction_end_time is None:
            eye_correction_end_time = UNSET
            d["eye_correction_end_time"] = None

        inference_eye_correction_mark_info = cls(
            eye_correction_start_time=eye_correction_start_time,
            eye_correction_end_time=eye_correction_end_time,
        )

        inference_eye_correction_mark_info.additional_properties = d
        return inference_eye_correction_mark_info

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
