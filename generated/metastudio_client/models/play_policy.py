from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.play_policy_play_mode import PlayPolicyPlayMode
from ..models.play_policy_random_play_mode import PlayPolicyRandomPlayMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayPolicy")


@_attrs_define
class PlayPolicy:
    """表 6-26 PlayPolicy; 表 6-257 PlayPolicy

    Attributes:
        repeat_count (int | Unset): 参数解释: 剧本重复播放次数。 -1: 表示持续重复, 直至人工停止。 0: 表示不重复, 仅执行一次。 其他值n: 实际运行次数为n+1次。 约束限制: 不涉及。
            取值范围: -1-100 默认取值: 0 Default: 0.
        auto_play_script (bool | Unset): 参数解释: 是否自动播放剧本。 约束限制: 不涉及。 取值范围: true: 服务完成任务初始化后, 自动播放剧本。 false: 服务完成任务初始化后,
            等待信号后再开始播放剧本。 默认取值: true Default: True.
        play_mode (PlayPolicyPlayMode | Unset): 参数解释: 驱动方式。 约束限制: 不涉及。 取值范围: TEXT: 文本驱动, 即通过TTS合成语音。 AUDIO: 语音驱动。
            NO_PRESET: 无预置剧本, 人工控制模式。 默认取值: TEXT Default: PlayPolicyPlayMode.TEXT.
        random_play_mode (PlayPolicyRandomPlayMode | Unset): 参数解释: 随机播报模式。 约束限制: 从第二轮播报开始随机。 取值范围: • NONE: 不启动随机播报。 •
            SCENE: 按场景随机播报。场景内段落按顺序播报。 • SCRIPT_ITEM: 按段落随机播报。场景按顺序播报。 • SCENE_AND_SCRIPT_ITEM : 场景和段落都随机播报。 默认取值:
            SCRIPT_ITEM Default: PlayPolicyRandomPlayMode.SCRIPT_ITEM.
        need_independent_capture_client (bool | Unset): 参数解释: 是否需要独立采集端。用于客户端播放与命令分离场景。 约束限制: 不涉及。 取值范围: • true:
            分配CAPTURE、PLAYER两个RTC用户。 • false: 仅分配PLAYER一个RTC用户。 默认取值: false Default: False.
    """

    repeat_count: int | Unset = 0
    auto_play_script: bool | Unset = True
    play_mode: PlayPolicyPlayMode | Unset = PlayPolicyPlayMode.TEXT
    random_play_mode: PlayPolicyRandomPlayMode | Unset = PlayPolicyRandomPlayMode.SCRIPT_ITEM
    need_independent_capture_client: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repeat_count = self.repeat_count

        auto_play_script = self.auto_play_script

        play_mode: str | Unset = UNSET
        if not isinstance(self.play_mode, Unset):
            play_mode = self.play_mode.value

        random_play_mode: str | Unset = UNSET
        if not isinstance(self.random_play_mode, Unset):
            random_play_mode = self.random_play_mode.value

        need_independent_capture_client = self.need_independent_capture_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repeat_count is not UNSET:
            field_dict["repeat_count"] = repeat_count
        if auto_play_script is not UNSET:
            field_dict["auto_play_script"] = auto_play_script
        if play_mode is not UNSET:
            field_dict["play_mode"] = play_mode
        if random_play_mode is not UNSET:
            field_dict["random_play_mode"] = random_play_mode
        if need_independent_capture_client is not UNSET:
            field_dict["need_independent_capture_client"] = need_independent_capture_client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repeat_count = d.pop("repeat_count", UNSET)
        if repeat_count is None:
            repeat_count = UNSET
            d["repeat_count"] = None

        auto_play_script = d.pop("auto_play_script", UNSET)
        if auto_play_script is None:
            auto_play_script = UNSET
            d["auto_play_script"] = None

        _raw_play_mode = d.pop("play_mode", UNSET)
        try:
            _play_mode = _raw_play_mode
            play_mode: PlayPolicyPlayMode | Unset
            if isinstance(_play_mode, Unset):
                play_mode = UNSET
            else:
                play_mode = PlayPolicyPlayMode(_play_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            play_mode = UNSET
            d["play_mode"] = _raw_play_mode

        _raw_random_play_mode = d.pop("random_play_mode", UNSET)
        try:
            _random_play_mode = _raw_random_play_mode
            random_play_mode: PlayPolicyRandomPlayMode | Unset
            if isinstance(_random_play_mode, Unset):
                random_play_mode = UNSET
            else:
                random_play_mode = PlayPolicyRandomPlayMode(_random_play_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            random_play_mode = UNSET
            d["random_play_mode"] = _raw_random_play_mode

        need_independent_capture_client = d.pop("need_independent_capture_client", UNSET)
        if need_independent_capture_client is None:
            need_independent_capture_client = UNSET
            d["need_independent_capture_client"] = None

        play_policy = cls(
            repeat_count=repeat_count,
            auto_play_script=auto_play_script,
            play_mode=play_mode,
            random_play_mode=random_play_mode,
            need_independent_capture_client=need_independent_capture_client,
        )

        play_policy.additional_properties = d
        return play_policy

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
