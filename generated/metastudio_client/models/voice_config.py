from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceConfig")


@_attrs_define
class VoiceConfig:
    """表 5-4 VoiceConfig（同 表 5-70、表 5-123）; 表 6-34 VoiceConfig; 表 6-261 VoiceConfig; 表 7-6 VoiceConfig

    Attributes:
        voice_asset_id (str): 参数解释: 音色资产ID, 可以从资产库中查询。 约束限制: 不涉及。 取值范围: 字符长度1-256位。 默认取值: 不涉及。
        speed (int | Unset): 参数解释: 语速。50表示0.5倍语速, 100表示正常语速, 200表示2倍语速。 当取值为“100”时, 表示一个成年人的正常语速, 约为250字/分钟。 约束限制: 不涉及。
            取值范围: 50-200 默认取值: 100 Default: 100.
        pitch (int | Unset): 参数解释: 音高。 约束限制: 不涉及。 取值范围: 50-200 默认取值: 100 Default: 100.
        volume (int | Unset): 参数解释: 音量。 约束限制: 不涉及。 取值范围: 90-240 默认取值: 140 Default: 140.
    """

    voice_asset_id: str
    speed: int | Unset = 100
    pitch: int | Unset = 100
    volume: int | Unset = 140
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_asset_id = self.voice_asset_id

        speed = self.speed

        pitch = self.pitch

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_asset_id": voice_asset_id,
            }
        )
        if speed is not UNSET:
            field_dict["speed"] = speed
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_asset_id = d.pop("voice_asset_id")

        speed = d.pop("speed", UNSET)
        if speed is None:
            speed = UNSET
            d["speed"] = None

        pitch = d.pop("pitch", UNSET)
        if pitch is None:
            pitch = UNSET
            d["pitch"] = None

        volume = d.pop("volume", UNSET)
        if volume is None:
            volume = UNSET
            d["volume"] = None

        voice_config = cls(
            voice_asset_id=voice_asset_id,
            speed=speed,
            pitch=pitch,
            volume=volume,
        )

        voice_config.additional_properties = d
        return voice_config

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
