from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_process_for_response_play_type import TriggerProcessForResponsePlayType
from ..models.trigger_process_for_response_reply_mode import TriggerProcessForResponseReplyMode
from ..models.trigger_process_for_response_reply_order import TriggerProcessForResponseReplyOrder
from ..models.trigger_process_for_response_reply_role import TriggerProcessForResponseReplyRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reply_audio_info import ReplyAudioInfo
    from ..models.smart_layer_config_for_response import SmartLayerConfigForResponse


T = TypeVar("T", bound="TriggerProcessForResponse")


@_attrs_define
class TriggerProcessForResponse:
    """表 6-73 TriggerProcess

    Attributes:
        time_window (int | Unset): 参数解释: 处理抑制时长。单位秒。 • -1: 表示整场直播仅触发一次。 • 0: 表示无抑制，每次都触发。 • 其他值n: 表示n秒内仅触发一次。 约束限制: 不涉及
            默认取值: 不涉及 取值范围: -1-7200
        reply_mode (TriggerProcessForResponseReplyMode | Unset): 参数解释: 回复类型。 约束限制: 不涉及 取值范围: • SYSTEM_REPLY:
            系统自动回复预先设置的话术。 • CALLBACK: 回调给其他服务, 携带设置的话术。 • SHOW_LAYER: 仅显示叠加图层, 不影响话术。 • INTELLIGENT_REPLY: 使用配置的大模型生成回复话术。
            默认取值: 不涉及
        layer_config (SmartLayerConfigForResponse | Unset): 表 6-74 SmartLayerConfig
        extra_layer_config (SmartLayerConfigForResponse | Unset): 表 6-74 SmartLayerConfig
        reply_texts (list[str] | Unset): 参数解释: 回复话术集。 约束限制: 不涉及 取值范围: 最大支持5条预置话术。 单条话术字符长度0-1024位。 默认取值: 不涉及
        reply_audios (list[ReplyAudioInfo] | Unset): 参数解释: 回复音频集。填写audio_url。 约束限制: 不涉及 取值范围: 最大支持5条预置音频。 默认取值: 不涉及
        reply_order (TriggerProcessForResponseReplyOrder | Unset): 参数解释: 回复话术选择次序。 约束限制: 不涉及 取值范围: • RANDOM: 随机 • ORDER:
            顺序循环 默认取值: 不涉及
        reply_role (TriggerProcessForResponseReplyRole | Unset): 参数解释: 回复角色。 约束限制: 不涉及 取值范围: • STREAMER: 主播 •
            CO_STREAMER: 助播, 仅声音。 默认取值: STREAMER Default: TriggerProcessForResponseReplyRole.STREAMER.
        robot_id (str | Unset): 参数解释: 机器人ID。 约束限制: reply_mode为INTELLIGENT_REPLY时必填, 智能交互配置的大模型机器人ID。 获取方法请参考 创建应用 。
            取值范围: 字符长度0-64位。 默认取值: 不涉及
        play_type (TriggerProcessForResponsePlayType | Unset): 回复播放类型。 • APPEND: 追加, 放置在场景播放队列尾部 • INSERT: 插入, 在两个音频文件,
            或者文本句末添加。 • PLAY_NOW: 立即插入, 收到指令后, 立即播放, 无需等待句末。 默认取值: PLAY_NOW Default:
            TriggerProcessForResponsePlayType.PLAY_NOW.
    """

    time_window: int | Unset = UNSET
    reply_mode: TriggerProcessForResponseReplyMode | Unset = UNSET
    layer_config: SmartLayerConfigForResponse | Unset = UNSET
    extra_layer_config: SmartLayerConfigForResponse | Unset = UNSET
    reply_texts: list[str] | Unset = UNSET
    reply_audios: list[ReplyAudioInfo] | Unset = UNSET
    reply_order: TriggerProcessForResponseReplyOrder | Unset = UNSET
    reply_role: TriggerProcessForResponseReplyRole | Unset = TriggerProcessForResponseReplyRole.STREAMER
    robot_id: str | Unset = UNSET
    play_type: TriggerProcessForResponsePlayType | Unset = TriggerProcessForResponsePlayType.PLAY_NOW
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_window = self.time_window

        reply_mode: str | Unset = UNSET
        if not isinstance(self.reply_mode, Unset):
            reply_mode = self.reply_mode.value

        layer_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layer_config, Unset):
            layer_config = self.layer_config.to_dict()

        extra_layer_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_layer_config, Unset):
            extra_layer_config = self.extra_layer_config.to_dict()

        reply_texts: list[str] | Unset = UNSET
        if not isinstance(self.reply_texts, Unset):
            reply_texts = self.reply_texts

        reply_audios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_audios, Unset):
            reply_audios = []
            for reply_audios_item_data in self.reply_audios:
                reply_audios_item = reply_audios_item_data.to_dict()
                reply_audios.append(reply_audios_item)

        reply_order: str | Unset = UNSET
        if not isinstance(self.reply_order, Unset):
            reply_order = self.reply_order.value

        reply_role: str | Unset = UNSET
        if not isinstance(self.reply_role, Unset):
            reply_role = self.reply_role.value

        robot_id = self.robot_id

        play_type: str | Unset = UNSET
        if not isinstance(self.play_type, Unset):
            play_type = self.play_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_window is not UNSET:
            field_dict["time_window"] = time_window
        if reply_mode is not UNSET:
            field_dict["reply_mode"] = reply_mode
        if layer_config is not UNSET:
            field_dict["layer_config"] = layer_config
        if extra_layer_config is not UNSET:
            field_dict["extra_layer_config"] = extra_layer_config
        if reply_texts is not UNSET:
            field_dict["reply_texts"] = reply_texts
        if reply_audios is not UNSET:
            field_dict["reply_audios"] = reply_audios
        if reply_order is not UNSET:
            field_dict["reply_order"] = reply_order
        if reply_role is not UNSET:
            field_dict["reply_role"] = reply_role
        if robot_id is not UNSET:
            field_dict["robot_id"] = robot_id
        if play_type is not UNSET:
            field_dict["play_type"] = play_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reply_audio_info import ReplyAudioInfo  # noqa: PLC0415
        from ..models.smart_layer_config_for_response import SmartLayerConfigForResponse  # noqa: PLC0415

        d = dict(src_dict)
        time_window = d.pop("time_window", UNSET)
        if time_window is None:
            time_window = UNSET
            d["time_window"] = None

        _raw_reply_mode = d.pop("reply_mode", UNSET)
        try:
            _reply_mode = _raw_reply_mode
            reply_mode: TriggerProcessForResponseReplyMode | Unset
            if isinstance(_reply_mode, Unset):
                reply_mode = UNSET
            else:
                reply_mode = TriggerProcessForResponseReplyMode(_reply_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            reply_mode = UNSET
            d["reply_mode"] = _raw_reply_mode

        _raw_layer_config = d.pop("layer_config", UNSET)
        try:
            _layer_config = _raw_layer_config
            layer_config: SmartLayerConfigForResponse | Unset
            if isinstance(_layer_config, Unset):
                layer_config = UNSET
            else:
                layer_config = SmartLayerConfigForResponse.from_dict(_layer_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            layer_config = UNSET
            d["layer_config"] = _raw_layer_config

        _raw_extra_layer_config = d.pop("extra_layer_config", UNSET)
        try:
            _extra_layer_config = _raw_extra_layer_config
            extra_layer_config: SmartLayerConfigForResponse | Unset
            if isinstance(_extra_layer_config, Unset):
                extra_layer_config = UNSET
            else:
                extra_layer_config = SmartLayerConfigForResponse.from_dict(_extra_layer_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            extra_layer_config = UNSET
            d["extra_layer_config"] = _raw_extra_layer_config

        reply_texts = d.pop("reply_texts", UNSET)
        if not isinstance(reply_texts, Unset | list):
            d["reply_texts"] = reply_texts
            reply_texts = UNSET

        _raw_reply_audios = d.pop("reply_audios", UNSET)
        try:
            _reply_audios = _raw_reply_audios
            reply_audios: list[ReplyAudioInfo] | Unset = UNSET
            if _reply_audios is not UNSET:
                reply_audios = []
                for reply_audios_item_data in _reply_audios:
                    reply_audios_item = ReplyAudioInfo.from_dict(reply_audios_item_data)

                    reply_audios.append(reply_audios_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            reply_audios = UNSET
            d["reply_audios"] = _raw_reply_audios

        _raw_reply_order = d.pop("reply_order", UNSET)
        try:
            _reply_order = _raw_reply_order
            reply_order: TriggerProcessForResponseReplyOrder | Unset
            if isinstance(_reply_order, Unset):
                reply_order = UNSET
            else:
                reply_order = TriggerProcessForResponseReplyOrder(_reply_order)

        except (TypeError, ValueError, KeyError, AttributeError):
            reply_order = UNSET
            d["reply_order"] = _raw_reply_order

        _raw_reply_role = d.pop("reply_role", UNSET)
        try:
            _reply_role = _raw_reply_role
            reply_role: TriggerProcessForResponseReplyRole | Unset
            if isinstance(_reply_role, Unset):
                reply_role = UNSET
            else:
                reply_role = TriggerProcessForResponseReplyRole(_reply_role)

        except (TypeError, ValueError, KeyError, AttributeError):
            reply_role = UNSET
            d["reply_role"] = _raw_reply_role

        robot_id = d.pop("robot_id", UNSET)
        if robot_id is None:
            robot_id = UNSET
            d["robot_id"] = None

        _raw_play_type = d.pop("play_type", UNSET)
        try:
            _play_type = _raw_play_type
            play_type: TriggerProcessForResponsePlayType | Unset
            if isinstance(_play_type, Unset):
                play_type = UNSET
            else:
                play_type = TriggerProcessForResponsePlayType(_play_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            play_type = UNSET
            d["play_type"] = _raw_play_type

        trigger_process_for_response = cls(
            time_window=time_window,
            reply_mode=reply_mode,
            layer_config=layer_config,
            extra_layer_config=extra_layer_config,
            reply_texts=reply_texts,
            reply_audios=reply_audios,
            reply_order=reply_order,
            reply_role=reply_role,
            robot_id=robot_id,
            play_type=play_type,
        )

        trigger_process_for_response.additional_properties = d
        return trigger_process_for_response

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
