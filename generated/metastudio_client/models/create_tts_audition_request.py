from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTtsAuditionRequest")


@_attrs_define
class CreateTtsAuditionRequest:
    """表 10-3 请求 Body 参数

    Attributes:
        text (str): 待合成文本。
        emotion (str): 音色ID。
        speed (int | Unset): 语速。 默认值100，最小值50，最大值200。 说明 当取值为“100”时，表示一个成年人正常的语速，约为250字/分钟。
            50表示0.5倍语速，100表示正常语速，200表示2倍语速。 取值范围： 50-200 默认取值： 100 Default: 100.
        pitch (int | Unset): 音高。 默认值100，最小值50，最大值200。 取值范围： 50-200 默认取值： 100 Default: 100.
        volume (int | Unset): 音量。 默认值140，最小值90，最大值240。 取值范围： 90-240 默认取值： 140 Default: 140.
    """

    text: str
    emotion: str
    speed: int | Unset = 100
    pitch: int | Unset = 100
    volume: int | Unset = 140
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        emotion = self.emotion

        speed = self.speed

        pitch = self.pitch

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "emotion": emotion,
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
        text = d.pop("text")

        emotion = d.pop("emotion")

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

        create_tts_audition_request = cls(
            text=text,
            emotion=emotion,
            speed=speed,
            pitch=pitch,
            volume=volume,
        )

        create_tts_audition_request.additional_properties = d
        return create_tts_audition_request

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
