from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceCapability")


@_attrs_define
class VoiceCapability:
    """表 4-40 VoiceCapability

    Attributes:
        is_support_phoneme_en (bool | Unset): 参数解释: 该声音是否支持英文音标。 约束限制: 不涉及 取值范围: • true: 支持英文音标 • false: 不支持英文音标 默认取值:
            false Default: False.
        is_support_phoneme (bool | Unset): 参数解释: 该声音是否支持中文多音字。 约束限制: 不涉及 取值范围: • true: 支持中文多音字 • false: 不支持中文多音字 默认取值:
            false Default: False.
        is_support_break_time (bool | Unset): 参数解释: 该声音是否支持停顿。 约束限制: 不涉及 取值范围: • true: 支持停顿 • false: 不支持停顿 默认取值: false
            Default: False.
        is_support_break_strength (bool | Unset): 参数解释: 该声音是否支持韵律。 约束限制: 不涉及 取值范围: • true: 支持韵律 • false: 不支持韵律 默认取值:
            false Default: False.
        is_support_speed (bool | Unset): 参数解释: 该声音是否支持全局语速。 约束限制: 不涉及 取值范围: • true: 支持全局语速 • false: 不支持全局语速 默认取值: false
            Default: False.
        is_support_prosody (bool | Unset): 参数解释: 该声音是否支持局部语速。 约束限制: 不涉及 取值范围: • true: 支持局部语速 • false: 不支持局部语速 默认取值:
            false Default: False.
        is_support_ssml_say_as (bool | Unset): 参数解释: 该声音是否支持SSML的say-as标签。 约束限制: 不涉及 取值范围: • true: 支持SSML的say-as标签 •
            false: 不支持SSML的say-as标签 默认取值: false Default: False.
        is_support_ssml_sub (bool | Unset): 参数解释: 该声音是否支持SSML的sub标签。 约束限制: 不涉及 取值范围: • true: 支持SSML的sub标签 • false:
            不支持SSML的sub标签 默认取值: false Default: False.
        is_support_word (bool | Unset): 参数解释: 该声音是否支持连读。 约束限制: 不涉及 取值范围: • true: 支持连读 • false: 不支持连读 默认取值: false
            Default: False.
        is_support_voice_cache (bool | Unset): 是否支持缓存。 默认取值: false Default: False.
        conversion_rate (float | Unset): 参数解释: 合成率。 约束限制: 不涉及 取值范围: • 0-50 取值范围: 0-50 默认取值: 0.0 Default: 0.0.
        conversion_rate_en (float | Unset): 参数解释: 英语的合成率。 约束限制: 不涉及 取值范围: 0-50 取值范围: 0-50 默认取值: 0.0 Default: 0.0.
        is_support_srt (bool | Unset): 是否支持生成STR字幕文件。 默认取值: false Default: False.
    """

    is_support_phoneme_en: bool | Unset = False
    is_support_phoneme: bool | Unset = False
    is_support_break_time: bool | Unset = False
    is_support_break_strength: bool | Unset = False
    is_support_speed: bool | Unset = False
    is_support_prosody: bool | Unset = False
    is_support_ssml_say_as: bool | Unset = False
    is_support_ssml_sub: bool | Unset = False
    is_support_word: bool | Unset = False
    is_support_voice_cache: bool | Unset = False
    conversion_rate: float | Unset = 0.0
    conversion_rate_en: float | Unset = 0.0
    is_support_srt: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_support_phoneme_en = self.is_support_phoneme_en

        is_support_phoneme = self.is_support_phoneme

        is_support_break_time = self.is_support_break_time

        is_support_break_strength = self.is_support_break_strength

        is_support_speed = self.is_support_speed

        is_support_prosody = self.is_support_prosody

        is_support_ssml_say_as = self.is_support_ssml_say_as

        is_support_ssml_sub = self.is_support_ssml_sub

        is_support_word = self.is_support_word

        is_support_voice_cache = self.is_support_voice_cache

        conversion_rate = self.conversion_rate

        conversion_rate_en = self.conversion_rate_en

        is_support_srt = self.is_support_srt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_support_phoneme_en is not UNSET:
            field_dict["is_support_phoneme_en"] = is_support_phoneme_en
        if is_support_phoneme is not UNSET:
            field_dict["is_support_phoneme"] = is_support_phoneme
        if is_support_break_time is not UNSET:
            field_dict["is_support_break_time"] = is_support_break_time
        if is_support_break_strength is not UNSET:
            field_dict["is_support_break_strength"] = is_support_break_strength
        if is_support_speed is not UNSET:
            field_dict["is_support_speed"] = is_support_speed
        if is_support_prosody is not UNSET:
            field_dict["is_support_prosody"] = is_support_prosody
        if is_support_ssml_say_as is not UNSET:
            field_dict["is_support_ssml_say_as"] = is_support_ssml_say_as
        if is_support_ssml_sub is not UNSET:
            field_dict["is_support_ssml_sub"] = is_support_ssml_sub
        if is_support_word is not UNSET:
            field_dict["is_support_word"] = is_support_word
        if is_support_voice_cache is not UNSET:
            field_dict["is_support_voice_cache"] = is_support_voice_cache
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate
        if conversion_rate_en is not UNSET:
            field_dict["conversion_rate_en"] = conversion_rate_en
        if is_support_srt is not UNSET:
            field_dict["is_support_srt"] = is_support_srt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_support_phoneme_en = d.pop("is_support_phoneme_en", UNSET)
        if is_support_phoneme_en is None:
            is_support_phoneme_en = UNSET
            d["is_support_phoneme_en"] = None

        is_support_phoneme = d.pop("is_support_phoneme", UNSET)
        if is_support_phoneme is None:
            is_support_phoneme = UNSET
            d["is_support_phoneme"] = None

        is_support_break_time = d.pop("is_support_break_time", UNSET)
        if is_support_break_time is None:
            is_support_break_time = UNSET
            d["is_support_break_time"] = None

        is_support_break_strength = d.pop("is_support_break_strength", UNSET)
        if is_support_break_strength is None:
            is_support_break_strength = UNSET
            d["is_support_break_strength"] = None

        is_support_speed = d.pop("is_support_speed", UNSET)
        if is_support_speed is None:
            is_support_speed = UNSET
            d["is_support_speed"] = None

        is_support_prosody = d.pop("is_support_prosody", UNSET)
        if is_support_prosody is None:
            is_support_prosody = UNSET
            d["is_support_prosody"] = None

        is_support_ssml_say_as = d.pop("is_support_ssml_say_as", UNSET)
        if is_support_ssml_say_as is None:
            is_support_ssml_say_as = UNSET
            d["is_support_ssml_say_as"] = None

        is_support_ssml_sub = d.pop("is_support_ssml_sub", UNSET)
        if is_support_ssml_sub is None:
            is_support_ssml_sub = UNSET
            d["is_support_ssml_sub"] = None

        is_support_word = d.pop("is_support_word", UNSET)
        if is_support_word is None:
            is_support_word = UNSET
            d["is_support_word"] = None

        is_support_voice_cache = d.pop("is_support_voice_cache", UNSET)
        if is_support_voice_cache is None:
            is_support_voice_cache = UNSET
            d["is_support_voice_cache"] = None

        conversion_rate = d.pop("conversion_rate", UNSET)
        if conversion_rate is None:
            conversion_rate = UNSET
            d["conversion_rate"] = None

        conversion_rate_en = d.pop("conversion_rate_en", UNSET)
        if conversion_rate_en is None:
            conversion_rate_en = UNSET
            d["conversion_rate_en"] = None

        is_support_srt = d.pop("is_support_srt", UNSET)
        if is_support_srt is None:
            is_support_srt = UNSET
            d["is_support_srt"] = None

        voice_capability = cls(
            is_support_phoneme_en=is_support_phoneme_en,
            is_support_phoneme=is_support_phoneme,
            is_support_break_time=is_support_break_time,
            is_support_break_strength=is_support_break_strength,
            is_support_speed=is_support_speed,
            is_support_prosody=is_support_prosody,
            is_support_ssml_say_as=is_support_ssml_say_as,
            is_support_ssml_sub=is_support_ssml_sub,
            is_support_word=is_support_word,
            is_support_voice_cache=is_support_voice_cache,
            conversion_rate=conversion_rate,
            conversion_rate_en=conversion_rate_en,
            is_support_srt=is_support_srt,
        )

        voice_capability.additional_properties = d
        return voice_capability

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
