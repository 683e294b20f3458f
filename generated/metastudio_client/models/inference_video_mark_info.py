from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceVideoMarkInfo")


@_attrs_define
class InferenceVideoMarkInfo:
    """表 8-26 InferenceVideoMarkInfo

    Attributes:
        video_start_time (str | Unset): 选取推理数据预处理视频起始时间。格式：“HH:MM:SS.mmm”。
        video_end_time (str | Unset): 选取推理数据预处理视频结束时间。格式：“HH:MM:SS.mmm”。
        chat_video_start_time (str | Unset): 选取推理数据预处理智能交互视频起始时间。格式：“HH:MM:SS.mmm”。
        chat_video_end_time (str | Unset): 选取推理数据预处理智能交互视频结束时间。格式：“HH:MM:SS.mmm”。
    """

    video_start_time: str | Unset = UNSET
    video_end_time: str | Unset = UNSET
    chat_video_start_time: str | Unset = UNSET
    chat_video_end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_start_time = self.video_start_time

        video_end_time = self.video_end_time

        chat_video_start_time = self.chat_video_start_time

        chat_video_end_time = self.chat_video_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_start_time is not UNSET:
            field_dict["video_start_time"] = video_start_time
        if video_end_time is not UNSET:
            field_dict["video_end_time"] = video_end_time
        if chat_video_start_time is not UNSET:
            field_dict["chat_video_start_time"] = chat_video_start_time
        if chat_video_end_time is not UNSET:
            field_dict["chat_video_end_time"] = chat_video_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_start_time = d.pop("video_start_time", UNSET)
        if video_start_time is None:
            video_start_time = UNSET
            d["video_start_time"] = None

        video_end_time = d.pop("video_end_time", UNSET)
        if video_end_time is None:
            video_end_time = UNSET
            d["video_end_time"] = None

        chat_video_start_time = d.pop("chat_video_start_time", UNSET)
        if chat_video_start_time is None:
            chat_video_start_time = UNSET
            d["chat_video_start_time"] = None

        chat_video_end_time = d.pop("chat_video_end_time", UNSET)
        if chat_video_end_time is None:
            chat_video_end_time = UNSET
            d["chat_video_end_time"] = None

        inference_video_mark_info = cls(
            video_start_time=video_start_time,
            video_end_time=video_end_time,
            chat_video_start_time=chat_video_start_time,
            chat_video_end_time=chat_video_end_time,
        )

        inference_video_mark_info.additional_properties = d
        return inference_video_mark_info

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
