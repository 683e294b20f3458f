from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_config_info import BackgroundConfigInfo
    from ..models.layer_config import LayerConfig
    from ..models.live_shoot_script_item import LiveShootScriptItem
    from ..models.voice_config import VoiceConfig


T = TypeVar("T", bound="LiveVideoScriptInfo")


@_attrs_define
class LiveVideoScriptInfo:
    """表 6-4 LiveVideoScriptInfo

    Attributes:
        script_name (str): 参数解释: 剧本名称。 约束限制: 该字段必须填写。 取值范围: 字符长度1-256位。 默认取值: 不涉及。
        shoot_scripts (list[LiveShootScriptItem]): 拍摄脚本列表。
        script_id (str | Unset): 参数解释: 剧本ID。 约束限制: 该字段无需填写。 取值范围: 字符长度1-64位。 默认取值: 不涉及。
        script_description (str | Unset): 参数解释: 剧本描述。 约束限制: 该字段无需填写。 取值范围: 字符长度0-1024位。 默认取值: 不涉及。
        dh_id (str | Unset): 参数解释: 数字人ID。对应形象和音色组合。 约束限制: 该字段暂未启用，无需填写。 取值范围: 字符长度0-64位。 默认取值: 不涉及。
        model_asset_id (str | Unset): 参数解释: 数字人模型资产ID, 可以从资产库中查询。 约束限制: 不涉及 取值范围: 字符长度0-64位。 默认取值: 不涉及
        voice_config (VoiceConfig | Unset): 表 5-4 VoiceConfig（同 表 5-70、表 5-123）; 表 6-34 VoiceConfig; 表 6-261
            VoiceConfig; 表 7-6 VoiceConfig
        background_config (list[BackgroundConfigInfo] | Unset): 背景配置。
        layer_config (list[LayerConfig] | Unset): 图层配置。
    """

    script_name: str
    shoot_scripts: list[LiveShootScriptItem]
    script_id: str | Unset = UNSET
    script_description: str | Unset = UNSET
    dh_id: str | Unset = UNSET
    model_asset_id: str | Unset = UNSET
    voice_config: VoiceConfig | Unset = UNSET
    background_config: list[BackgroundConfigInfo] | Unset = UNSET
    layer_config: list[LayerConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_name = self.script_name

        shoot_scripts = []
        for shoot_scripts_item_data in self.shoot_scripts:
            shoot_scripts_item = shoot_scripts_item_data.to_dict()
            shoot_scripts.append(shoot_scripts_item)

        script_id = self.script_id

        script_description = self.script_description

        dh_id = self.dh_id

        model_asset_id = self.model_asset_id

        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

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
        field_dict.update(
            {
                "script_name": script_name,
                "shoot_scripts": shoot_scripts,
            }
        )
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if script_description is not UNSET:
            field_dict["script_description"] = script_description
        if dh_id is not UNSET:
            field_dict["dh_id"] = dh_id
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if background_config is not UNSET:
            field_dict["background_config"] = background_config
        if layer_config is not UNSET:
            field_dict["layer_config"] = layer_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_config_info import BackgroundConfigInfo  # noqa: PLC0415
        from ..models.layer_config import LayerConfig  # noqa: PLC0415
        from ..models.live_shoot_script_item import LiveShootScriptItem  # noqa: PLC0415
        from ..models.voice_config import VoiceConfig  # noqa: PLC0415

        d = dict(src_dict)
        script_name = d.pop("script_name")

        shoot_scripts = []
        _shoot_scripts = d.pop("shoot_scripts")
        for shoot_scripts_item_data in _shoot_scripts:
            shoot_scripts_item = LiveShootScriptItem.from_dict(shoot_scripts_item_data)

            shoot_scripts.append(shoot_scripts_item)

        script_id = d.pop("script_id", UNSET)
        if script_id is None:
            script_id = UNSET
            d["script_id"] = None

        script_description = d.pop("script_description", UNSET)
        if script_description is None:
            script_description = UNSET
            d["script_description"] = None

        dh_id = d.pop("dh_id", UNSET)
        if dh_id is None:
            dh_id = UNSET
            d["dh_id"] = None

        model_asset_id = d.pop("model_asset_id", UNSET)
        if model_asset_id is None:
            model_asset_id = UNSET
            d["model_asset_id"] = None

        _raw_voice_config = d.pop("voice_config", UNSET)
        try:
            _voice_config = _raw_voice_config
            voice_config: VoiceConfig | Unset
            if isinstance(_voice_config, Unset):
                voice_config = UNSET
            else:
                voice_config = VoiceConfig.from_dict(_voice_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_config = UNSET
            d["voice_config"] = _raw_voice_config

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

        live_video_script_info = cls(
            script_name=script_name,
            shoot_scripts=shoot_scripts,
            script_id=script_id,
            script_description=script_description,
            dh_id=dh_id,
            model_asset_id=model_asset_id,
            voice_config=voice_config,
            background_config=background_config,
            layer_config=layer_config,
        )

        live_video_script_info.additional_properties = d
        return live_video_script_info

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
