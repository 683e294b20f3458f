from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoLayerConfig")


@_attrs_define
class VideoLayerConfig:
    """表 5-18 VideoLayerConfig（同 表 5-56、表 5-84、表 5-135、表 5-167）; 表 6-10 VideoLayerConfig; 表 7-12 VideoLayerConfig

    Attributes:
        video_url (str | Unset): 参数解释: 视频文件的URL。 约束限制: 仅直播支持外部URL，其他业务通过资产库查询获取，不支持外部URL。 取值范围: 字符长度1-2048位。 默认取值: 不涉及。
        video_cover_url (str | Unset): 参数解释: 视频封面文件的URL。 约束限制: 仅直播支持外部URL，其他业务通过资产库查询获取，不支持外部URL。 取值范围: 字符长度1-2048位。
            默认取值: 不涉及。
        loop_count (int | Unset): 参数解释: 循环播放视频次数。 特殊取值: 0: 表示不播放 -1: 表示持续循环播放 约束限制: 不涉及。 取值范围: -1-100 默认取值: -1 Default:
            -1.
    """

    video_url: str | Unset = UNSET
    video_cover_url: str | Unset = UNSET
    loop_count: int | Unset = -1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        video_cover_url = self.video_cover_url

        loop_count = self.loop_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_cover_url is not UNSET:
            field_dict["video_cover_url"] = video_cover_url
        if loop_count is not UNSET:
            field_dict["loop_count"] = loop_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url", UNSET)
        if video_url is None:
            video_url = UNSET
            d["video_url"] = None

        video_cover_url = d.pop("video_cover_url", UNSET)
        if video_cover_url is None:
            video_cover_url = UNSET
            d["video_cover_url"] = None

        loop_count = d.pop("loop_count", UNSET)
        if loop_count is None:
            loop_count = UNSET
            d["loop_count"] = None

        video_layer_config = cls(
            video_url=video_url,
            video_cover_url=video_cover_url,
            loop_count=loop_count,
        )

        video_layer_config.additional_properties = d
        return video_layer_config

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
