from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_room_interaction_config_play_type import LiveRoomInteractionConfigPlayType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveRoomInteractionConfig")


@_attrs_define
class LiveRoomInteractionConfig:
    """表 6-16 LiveRoomInteractionConfig

    Attributes:
        play_type (LiveRoomInteractionConfigPlayType | Unset): 播放类型。 • APPEND: 追加, 放置在场景播放队列尾部 • INSERT: 插入, 在两个音频文件,
            或者文本句末添加。 • PLAY_NOW : 立即插入, 收到指令后, 立即播放, 无需等待句末。 默认取值: INSERT Default:
            LiveRoomInteractionConfigPlayType.INSERT.
        ignore_current_sentence (bool | Unset): 忽略互动回复中断句子后半句不再播放。用于立即中断场景。默认不忽略。 默认取值: false Default: False.
    """

    play_type: LiveRoomInteractionConfigPlayType | Unset = LiveRoomInteractionConfigPlayType.INSERT
    ignore_current_sentence: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        play_type: str | Unset = UNSET
        if not isinstance(self.play_type, Unset):
            play_type = self.play_type.value

        ignore_current_sentence = self.ignore_current_sentence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if play_type is not UNSET:
            field_dict["play_type"] = play_type
        if ignore_current_sentence is not UNSET:
            field_dict["ignore_current_sentence"] = ignore_current_sentence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_play_type = d.pop("play_type", UNSET)
        try:
            _play_type = _raw_play_type
            play_type: LiveRoomInteractionConfigPlayType | Unset
            if isinstance(_play_type, Unset):
                play_type = UNSET
            else:
                play_type = LiveRoomInteractionConfigPlayType(_play_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            play_type = UNSET
            d["play_type"] = _raw_play_type

        ignore_current_sentence = d.pop("ignore_current_sentence", UNSET)
        if ignore_current_sentence is None:
            ignore_current_sentence = UNSET
            d["ignore_current_sentence"] = None

        live_room_interaction_config = cls(
            play_type=play_type,
            ignore_current_sentence=ignore_current_sentence,
        )

        live_room_interaction_config.additional_properties = d
        return live_room_interaction_config

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
