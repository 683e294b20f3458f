from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundMusicConfig")


@_attrs_define
class BackgroundMusicConfig:
    """表 5-7 BackgroundMusicConfig（同 表 5-45、表 5-73、表 5-140、表 5-171）

    Attributes:
        music_asset_id (str | Unset): 参数解释： 音乐资产ID。 约束限制： 不涉及。 取值范围： 字符长度0-64位。 默认取值： 不涉及。
        volume (int | Unset): 参数解释： 音乐音量。如100，表示音量100%，50表示音量50%。 约束限制： 不涉及。 取值范围： 0-100 默认取值： 100 Default: 100.
    """

    music_asset_id: str | Unset = UNSET
    volume: int | Unset = 100
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_asset_id = self.music_asset_id

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if music_asset_id is not UNSET:
            field_dict["music_asset_id"] = music_asset_id
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        music_asset_id = d.pop("music_asset_id", UNSET)
        if music_asset_id is None:
            music_asset_id = UNSET
            d["music_asset_id"] = None

        volume = d.pop("volume", UNSET)
        if volume is None:
            volume = UNSET
            d["volume"] = None

        background_music_config = cls(
            music_asset_id=music_asset_id,
            volume=volume,
        )

        background_music_config.additional_properties = d
        return background_music_config

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
