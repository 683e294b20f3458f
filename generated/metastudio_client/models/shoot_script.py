from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shoot_script_script_type import ShootScriptScriptType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_drive_action_config import AudioDriveActionConfig
    from ..models.background_config_info import BackgroundConfigInfo
    from ..models.layer_config import LayerConfig
    from ..models.text_config import TextConfig


T = TypeVar("T", bound="ShootScript")


@_attrs_define
class ShootScript:
    """表 5-10 ShootScript（同 表 5-76、表 5-127）

    Attributes:
        script_type (ShootScriptScriptType | Unset): 参数解释: 脚本类型，即视频制作的驱动方式 约束限制: 不涉及 取值范围 • TEXT: 文本驱动，即通过TTS合成语音 •
            AUDIO: 语音驱动 默认取值: TEXT Default: ShootScriptScriptType.TEXT.
        text_config (TextConfig | Unset): 表 5-11 TextConfig（同 表 5-77、表 5-128）; 表 6-13 TextConfig
        audio_drive_action_config (list[AudioDriveActionConfig] | Unset): 语音驱动时的动作配置。
        background_config (list[BackgroundConfigInfo] | Unset): 背景配置。
        layer_config (list[LayerConfig] | Unset): 图层配置。
    """

    script_type: ShootScriptScriptType | Unset = ShootScriptScriptType.TEXT
    text_config: TextConfig | Unset = UNSET
    audio_drive_action_config: list[AudioDriveActionConfig] | Unset = UNSET
    background_config: list[BackgroundConfigInfo] | Unset = UNSET
    layer_config: list[LayerConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_type: str | Unset = UNSET
        if not isinstance(self.script_type, Unset):
            script_type = self.script_type.value

        text_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_config, Unset):
            text_config = self.text_config.to_dict()

        audio_drive_action_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_drive_action_config, Unset):
            audio_drive_action_config = []
            for audio_drive_action_config_item_data in self.audio_drive_action_config:
                audio_drive_action_config_item = audio_drive_action_config_item_data.to_dict()
                audio_drive_action_config.append(audio_drive_action_config_item)

        background_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.background_config, Unset):
            background_config = []
            for background_config_item_data in self.background_config:
                background_config_item = background_config_item_data.to_dict()
                background_config.append(background_config_item)

        layer_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.layer_config, Unset):
            layer_config = []
            for layer_config_item_data in self.layer_config:
                layer_config_item = layer_config_item_data.to_dict()
                layer_config.append(layer_config_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_type is not UNSET:
            field_dict["script_type"] = script_type
        if text_config is not UNSET:
            field_dict["text_config"] = text_config
        if audio_drive_action_config is not UNSET:
            field_dict["audio_drive_action_config"] = audio_drive_action_config
        if background_config is not UNSET:
            field_dict["background_config"] = background_config
        if layer_config is not UNSET:
            field_dict["layer_config"] = layer_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_drive_action_config import AudioDriveActionConfig  # noqa: PLC0415
        from ..models.background_config_info import BackgroundConfigInfo  # noqa: PLC0415
        from ..models.layer_config import LayerConfig  # noqa: PLC0415
        from ..models.text_config import TextConfig  # noqa: PLC0415

        d = dict(src_dict)
        _raw_script_type = d.pop("script_type", UNSET)
        try:
            _script_type = _raw_script_type
            script_type: ShootScriptScriptType | Unset
            if isinstance(_script_type, Unset):
                script_type = UNSET
            else:
                script_type = ShootScriptScriptType(_script_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            script_type = UNSET
            d["script_type"] = _raw_script_type

        _raw_text_config = d.pop("text_config", UNSET)
        try:
            _text_config = _raw_text_config
            text_config: TextConfig | Unset
            if isinstance(_text_config, Unset):
                text_config = UNSET
            else:
                text_config = TextConfig.from_dict(_text_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_config = UNSET
            d["text_config"] = _raw_text_config

        _raw_audio_drive_action_config = d.pop("audio_drive_action_config", UNSET)
        try:
            _audio_drive_action_config = _raw_audio_drive_action_config
            audio_drive_action_config: list[AudioDriveActionConfig] | Unset = UNSET
            if _audio_drive_action_config is not UNSET:
                audio_drive_action_config = []
                for audio_drive_action_config_item_data in _audio_drive_action_config:
                    audio_drive_action_config_item = AudioDriveActionConfig.from_dict(
                        audio_drive_action_config_item_data
                    )

                    audio_drive_action_config.append(audio_drive_action_config_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            audio_drive_action_config = UNSET
            d["audio_drive_action_config"] = _raw_audio_drive_action_config

        _raw_background_config = d.pop("background_config", UNSET)
        try:
            _background_config = _raw_background_config
            background_config: list[BackgroundConfigInfo] | Unset = UNSET
            if _background_config is not UNSET:
                background_config = []
                for background_config_item_data in _background_config:
                    background_config_item = BackgroundConfigInfo.from_dict(background_config_item_data)

                    background_config.append(background_config_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            background_config = UNSET
            d["background_config"] = _raw_background_config

        _raw_layer_config = d.pop("layer_config", UNSET)
        try:
            _layer_config = _raw_layer_config
            layer_config: list[LayerConfig] | Unset = UNSET
            if _layer_config is not UNSET:
                layer_config = []
                for layer_config_item_data in _layer_config:
                    layer_config_item = LayerConfig.from_dict(layer_config_item_data)

                    layer_config.append(layer_config_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            layer_config = UNSET
            d["layer_config"] = _raw_layer_config

        shoot_script = cls(
            script_type=script_type,
            text_config=text_config,
            audio_drive_action_config=audio_drive_action_config,
            background_config=background_config,
            layer_config=layer_config,
        )

        shoot_script.additional_properties = d
        return shoot_script

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
