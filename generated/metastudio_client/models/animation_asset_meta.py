from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.animation_asset_meta_animation_insert_restriction import AnimationAssetMetaAnimationInsertRestriction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnimationAssetMeta")


@_attrs_define
class AnimationAssetMeta:
    """表 4-13 AnimationAssetMeta

    Attributes:
        style_id (str | Unset): 数字人模型风格ID。
        duration (float | Unset): 动作动画时长。 取值范围: 0-32767 默认取值: 0 Default: 0.0.
        auto_analysis (bool | Unset): 动作是否需要自动解析。 默认取值: false Default: False.
        voice_delay (float | Unset): 语音延迟播放时长。 单位秒。 使用场景举例：入场动画3秒，voice_delay设置成4秒，则语音从入场动画开始后第4秒开始播放。 取值范围： 0-100 默认取值：
            0 Default: 0.0.
        animation_insert_restriction (AnimationAssetMetaAnimationInsertRestriction | Unset): 动画插入位置限制。 •
            ONLY_BEGINNING：视频制作时，动画只允许出现在起始位置。 • ONLY_END：视频制作时，动画只允许出现在结束位置。
    """

    style_id: str | Unset = UNSET
    duration: float | Unset = 0.0
    auto_analysis: bool | Unset = False
    voice_delay: float | Unset = 0.0
    animation_insert_restriction: AnimationAssetMetaAnimationInsertRestriction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style_id = self.style_id

        duration = self.duration

        auto_analysis = self.auto_analysis

        voice_delay = self.voice_delay

        animation_insert_restriction: str | Unset = UNSET
        if not isinstance(self.animation_insert_restriction, Unset):
            animation_insert_restriction = self.animation_insert_restriction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if auto_analysis is not UNSET:
            field_dict["auto_analysis"] = auto_analysis
        if voice_delay is not UNSET:
            field_dict["voice_delay"] = voice_delay
        if animation_insert_restriction is not UNSET:
            field_dict["animation_insert_restriction"] = animation_insert_restriction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        style_id = d.pop("style_id", UNSET)
        if style_id is None:
            style_id = UNSET
            d["style_id"] = None

        duration = d.pop("duration", UNSET)
        if duration is None:
            duration = UNSET
            d["duration"] = None

        auto_analysis = d.pop("auto_analysis", UNSET)
        if auto_analysis is None:
            auto_analysis = UNSET
            d["auto_analysis"] = None

        voice_delay = d.pop("voice_delay", UNSET)
        if voice_delay is None:
            voice_delay = UNSET
            d["voice_delay"] = None

        _raw_animation_insert_restriction = d.pop("animation_insert_restriction", UNSET)
        try:
            _animation_insert_restriction = _raw_animation_insert_restriction
            animation_insert_restriction: AnimationAssetMetaAnimationInsertRestriction | Unset
            if isinstance(_animation_insert_restriction, Unset):
                animation_insert_restriction = UNSET
            else:
                animation_insert_restriction = AnimationAssetMetaAnimationInsertRestriction(
                    _animation_insert_restriction
                )

        except (TypeError, ValueError, KeyError, AttributeError):
            animation_insert_restriction = UNSET
            d["animation_insert_restriction"] = _raw_animation_insert_restriction

        animation_asset_meta = cls(
            style_id=style_id,
            duration=duration,
            auto_analysis=auto_analysis,
            voice_delay=voice_delay,
            animation_insert_restriction=animation_insert_restriction,
        )

        animation_asset_meta.additional_properties = d
        return animation_asset_meta

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
