from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_config_info_for_response import BackgroundConfigInfoForResponse
    from ..models.layer_config_for_response import LayerConfigForResponse
    from ..models.live_shoot_script_item_for_response import LiveShootScriptItemForResponse
    from ..models.voice_config_for_response import VoiceConfigForResponse


T = TypeVar("T", bound="LiveVideoScriptInfoForResponse")


@_attrs_define
class LiveVideoScriptInfoForResponse:
    """表 6-57 LiveVideoScriptInfo

    Attributes:
        script_id (str | Unset): 参数解释: 剧本ID。 约束限制: 该字段无需填写。 取值范围: 字符长度1-64位。 默认取值: 不涉及。
        script_name (str | Unset): 参数解释: 剧本名称。 约束限制: 该字段必须填写。 取值范围: 字符长度1-256位。 默认取值: 不涉及。
        script_description (str | Unset): 参数解释: 剧本描述。 约束限制: 该字段无需填写。 取值范围: 字符长度0-1024位。 默认取值: 不涉及。
        dh_id (str | Unset): 参数解释: 数字人ID。对应形象和音色组合。 约束限制: 该字段暂未启用，无需填写。 取值范围: 字符长度0-64位。 默认取值: 不涉及。
        model_asset_id (str | Unset): 参数解释: 数字人模型资产ID，可以从资产库中查询。 约束限制: 不涉及 取值范围: 字符长度0-64位。 默认取值: 不涉及
        voice_config (VoiceConfigForResponse | Unset): 表 5-42 VoiceConfig（同 表 5-155）; 表 6-87 VoiceConfig; 表 6-283
            VoiceConfig (response variant, nothing required; same table: 表 6-299, 6-332); 表 7-29 VoiceConfig
        background_config (list[BackgroundConfigInfoForResponse] | Unset): 背景配置。
        layer_config (list[LayerConfigForResponse] | Unset): 图层配置。
        shoot_scripts (list[LiveShootScriptItemForResponse] | Unset): 拍摄脚本列表。
    """

    script_id: str | Unset = UNSET
    script_name: str | Unset = UNSET
    script_description: str | Unset = UNSET
    dh_id: str | Unset = UNSET
    model_asset_id: str | Unset = UNSET
    voice_config: VoiceConfigForResponse | Unset = UNSET
    background_config: list[BackgroundConfigInfoForResponse] | Unset = UNSET
    layer_config: list[LayerConfigForResponse] | Unset = UNSET
    shoot_scripts: list[LiveShootScriptItemForResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_id = self.script_id

        script_name = self.script_name

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

        shoot_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shoot_scripts, Unset):
            shoot_scripts = []
            for shoot_scripts_item_data in self.shoot_scripts:
                shoot_scripts_item = shoot_scripts_item_data.to_dict()
                shoot_scripts.append(shoot_scripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if script_name is not UNSET:
            field_dict["script_name"] = script_name
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
        if shoot_scripts is not UNSET:
            field_dict["shoot_scripts"] = shoot_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_config_info_for_response import BackgroundConfigInfoForResponse  # noqa: PLC0415
        from ..models.layer_config_for_response import LayerConfigForResponse  # noqa: PLC0415
        from ..models.live_shoot_script_item_for_response import LiveShootScriptItemForResponse  # noqa: PLC0415
        from ..models.voice_config_for_response import VoiceConfigForResponse  # noqa: PLC0415

        d = dict(src_dict)
        script_id = d.pop("script_id", UNSET)
        if script_id is None:
            script_id = UNSET
            d["script_id"] = None

        script_name = d.pop("script_name", UNSET)
        if script_name is None:
            script_name = UNSET
            d["script_name"] = None

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
            voice_config: VoiceConfigForResponse | Unset
            if isinstance(_voice_config, Unset):
                voice_config = UNSET
            else:
                voice_config = VoiceConfigForResponse.from_dict(_voice_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_config = UNSET
            d["voice_config"] = _raw_voice_config

        _raw_background_config = d.pop("background_config", UNSET)
        try:
            _background_config = _raw_background_config
            background_config: list[BackgroundConfigInfoForResponse] | Unset = UNSET
            if _background_config is not UNSET:
                background_config = []
                for background_config_item_data in _background_config:
                    background_config_item = BackgroundConfigInfoForResponse.from_dict(background_config_item_data)

                    background_config.append(background_config_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            background_config = UNSET
            d["background_config"] = _raw_background_config

        _raw_layer_config = d.pop("layer_config", UNSET)
        try:
            _layer_config = _raw_layer_config
            layer_config: list[LayerConfigForResponse] | Unset = UNSET
            if _layer_config is not UNSET:
                layer_config = []
                for layer_config_item_data in _layer_config:
                    layer_config_item = LayerConfigForResponse.from_dict(layer_config_item_data)

                    layer_config.append(layer_config_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            layer_config = UNSET
            d["layer_config"] = _raw_layer_config

        _raw_shoot_scripts = d.pop("shoot_scripts", UNSET)
        try:
            _shoot_scripts = _raw_shoot_scripts
            shoot_scripts: list[LiveShootScriptItemForResponse] | Unset = UNSET
            if _shoot_scripts is not UNSET:
                shoot_scripts = []
                for shoot_scripts_item_data in _shoot_scripts:
                    shoot_scripts_item = LiveShootScriptItemForResponse.from_dict(shoot_scripts_item_data)

                    shoot_scripts.append(shoot_scripts_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            shoot_scripts = UNSET
            d["shoot_scripts"] = _raw_shoot_scripts

        live_video_script_info_for_response = cls(
            script_id=script_id,
            script_name=script_name,
            script_description=script_description,
            dh_id=dh_id,
            model_asset_id=model_asset_id,
            voice_config=voice_config,
            background_config=background_config,
            layer_config=layer_config,
            shoot_scripts=shoot_scripts,
        )

        live_video_script_info_for_response.additional_properties = d
        return live_video_script_info_for_response

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
