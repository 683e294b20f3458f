from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.co_streamer_config_for_response_streamer_action import CoStreamerConfigForResponseStreamerAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_config_for_response import VoiceConfigForResponse


T = TypeVar("T", bound="CoStreamerConfigForResponse")


@_attrs_define
class CoStreamerConfigForResponse:
    """表 6-86 CoStreamerConfig; 表 6-282 CoStreamerConfig (response variant; same table: 表 6-298, 6-331)

    Attributes:
        voice_config (VoiceConfigForResponse | Unset): 表 5-42 VoiceConfig（同 表 5-155）; 表 6-87 VoiceConfig; 表 6-283
            VoiceConfig (response variant, nothing required; same table: 表 6-299, 6-332); 表 7-29 VoiceConfig
        streamer_action (CoStreamerConfigForResponseStreamerAction | Unset): 参数解释: 助播出声时主播行为设置。 约束限制: 不涉及 取值范围: •
            SILENCE: 静默 • VOLUME_DOWN: 音量降低 默认取值: 不涉及。
    """

    voice_config: VoiceConfigForResponse | Unset = UNSET
    streamer_action: CoStreamerConfigForResponseStreamerAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

        streamer_action: str | Unset = UNSET
        if not isinstance(self.streamer_action, Unset):
            streamer_action = self.streamer_action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if streamer_action is not UNSET:
            field_dict["streamer_action"] = streamer_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_config_for_response import VoiceConfigForResponse  # noqa: PLC0415

        d = dict(src_dict)
        _raw_voice_config = d.pop("voice_config", UNSET)
        try:
            _voice_config = _raw_voice_config
            voice_config: VoiceConfigForResponse | Unset
            if isinstance(_voice_config, Unset):
                voice_config = UNSET
            else:
                voice_config = VoiceConfigForResponse.from_dict(_voice_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_config = UNSET
            d["voice_config"] = _raw_voice_config

        _raw_streamer_action = d.pop("streamer_action", UNSET)
        try:
            _streamer_action = _raw_streamer_action
            streamer_action: CoStreamerConfigForResponseStreamerAction | Unset
            if isinstance(_streamer_action, Unset):
                streamer_action = UNSET
            else:
                streamer_action = CoStreamerConfigForResponseStreamerAction(_streamer_action)

        except (TypeError, ValueError, KeyError, AttributeError):
            streamer_action = UNSET
            d["streamer_action"] = _raw_streamer_action

        co_streamer_config_for_response = cls(
            voice_config=voice_config,
            streamer_action=streamer_action,
        )

        co_streamer_config_for_response.additional_properties = d
        return co_streamer_config_for_response

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
