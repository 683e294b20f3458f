from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_script_base_info import VideoScriptBaseInfo


T = TypeVar("T", bound="ListVideoScriptsResponse")


@_attrs_define
class ListVideoScriptsResponse:
    """表 5-33 响应 Body 参数

    Attributes:
        count (int | Unset): 剧本总数。 取值范围： 0-2147483647
        video_scripts (list[VideoScriptBaseInfo] | Unset): 剧本列表。
    """

    count: int | Unset = UNSET
    video_scripts: list[VideoScriptBaseInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        video_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_scripts, Unset):
            video_scripts = []
            for video_scripts_item_data in self.video_scripts:
                video_scripts_item = video_scripts_item_data.to_dict()
                video_scripts.append(video_scripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if video_scripts is not UNSET:
            field_dict["video_scripts"] = video_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_script_base_info import VideoScriptBaseInfo  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_video_scripts = d.pop("video_scripts", UNSET)
        try:
            _video_scripts = _raw_video_scripts
            video_scripts: list[VideoScriptBaseInfo] | Unset = UNSET
            if _video_scripts is not UNSET:
                video_scripts = []
                for video_scripts_item_data in _video_scripts:
                    video_scripts_item = VideoScriptBaseInfo.from_dict(video_scripts_item_data)

                    video_scripts.append(video_scripts_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_scripts = UNSET
            d["video_scripts"] = _raw_video_scripts

        list_video_scripts_response = cls(
            count=count,
            video_scripts=video_scripts,
        )

        list_video_scripts_response.additional_properties = d
        return list_video_scripts_response

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
