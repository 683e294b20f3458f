from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_event_call_back_config_auth_type import LiveEventCallBackConfigAuthType
from ..models.live_event_call_back_config_callback_event_type_item import LiveEventCallBackConfigCallbackEventTypeItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveEventCallBackConfig")


@_attrs_define
class LiveEventCallBackConfig:
    """表 6-29 LiveEventCallBackConfig; 表 6-258 LiveEventCallBackConfig (same table: 表 6-266, 6-280, 6-296, 6-329)

    Attributes:
        live_event_type_callback_url (str | Unset): 参数解释: 直播事件回调地址, 为https地址。 约束限制: 不涉及。 取值范围: 字符长度0-2048位。 默认取值: 不涉及。
        auth_type (LiveEventCallBackConfigAuthType | Unset): 参数解释: 认证类型。 约束限制: 不涉及。 取值范围: • NONE: URL中自带认证。 • MSS_A:
            HMACSHA256签名模式, 在URL中追加参数 hwSecret、hwTime。 取值方式: hwSecret=hmac_sha256(Key, URI ( live_event_callback_url ) +
            hwTime)&hwTime=hex(timestamp) • MSS_A_HEAD: HMACSHA256签名模式, 参数hwSecret、hwTime放置在Head中。 取值方式: x-hw-mss-
            secret=hmac_sha256(Key, URI ( live_event_callback_url ) + hwTime) x-hw-mss-time=hex(timestamp) •
            MEITUAN_DEFAULT: 仅用于美团平台调用回调使用。 默认取值: NONE Default: LiveEventCallBackConfigAuthType.NONE.
        key (str | Unset): 参数解释: 密钥Key。 约束限制: 不涉及。 取值范围: 字符长度0-32位。 默认取值: 不涉及。
        callback_event_type (list[LiveEventCallBackConfigCallbackEventTypeItem] | Unset): 参数解释： 回调的直播事件类型列表。 约束限制： 不涉及。
            取值范围： 当前仅支持如下取值： SHOOT_SCRIPT_SWITCH：剧本段落切换事件。 RTMP_STREAM_STATE_CHANGE：RTMP链接发生变化回调事件。
            REPLY_COMMAND_FINISH：回复播放完成通知。 回调事件结构体定义： event_type：事件类型。 message：事件描述。 SHOOT_SCRIPT_SWITCH事件回调定义如下： {
            "event_type": "SHOOT_SCRIPT_SWITCH", "message":{"room_id \\\\:"26f065244f754b3aa853b649 a21aaf66\\\\","job_id
            \\\\:"e87104f76d7546ce8a46ac6b 04c49c3c\\\\","scene_script_name \\\\:"商品 1\\\\","shoot_script_sequence_no
            \\\\:"2\\\\","shoot_script_title\\\\:"段落2\\"}"} } RTMP_STREAM_STATE_CHANGE回调定义如下： { "event_type":
            "RTMP_STREAM_STATE_CHANG E", "message":{"room_id \\\\:"26f065244f754b3aa853b649 a21aaf66\\\\","job_id
            \\\\:"e87104f76d7546ce8a46ac6b 04c49c3c\\\\","output_url \\\\:"rtmp://xxx/xx/xx \\\\","stream_key\\\\:"xxxxx
            \\\\","state\\\\:"CONNECTED\\"}"} } 其中state取值： CONNECTING链路连接中；CONNECTED链路已连接；DISCONNECTED链路已断开，
            RECONNECTING链路重连中；END联络不再重连，链路已结束。 - REPLY_COMMAND_FINISH回调定义如下： { "event_type": "REPLY_COMMAND_FINISH",
            "message":{"room_id \\\\":"26f065244f754b3aa853b649 a21aaf66\\\\","job_id \\\\":"e87104f76d7546ce8a46ac6b
            04c49c3c\\\\","reply_id \\\\":"e87104f76d7546ce8a46ac6b 04c49c3c"}" }
    """

    live_event_type_callback_url: str | Unset = UNSET
    auth_type: LiveEventCallBackConfigAuthType | Unset = LiveEventCallBackConfigAuthType.NONE
    key: str | Unset = UNSET
    callback_event_type: list[LiveEventCallBackConfigCallbackEventTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_event_type_callback_url = self.live_event_type_callback_url

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        key = self.key

        callback_event_type: list[str] | Unset = UNSET
        if not isinstance(self.callback_event_type, Unset):
            callback_event_type = []
            for callback_event_type_item_data in self.callback_event_type:
                callback_event_type_item = callback_event_type_item_data.value
                callback_event_type.append(callback_event_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_event_type_callback_url is not UNSET:
            field_dict["live_event_type_callback_url"] = live_event_type_callback_url
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if key is not UNSET:
            field_dict["key"] = key
        if callback_event_type is not UNSET:
            field_dict["callback_event_type"] = callback_event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        live_event_type_callback_url = d.pop("live_event_type_callback_url", UNSET)
        if live_event_type_callback_url is None:
            live_event_type_callback_url = UNSET
            d["live_event_type_callback_url"] = None

        _raw_auth_type = d.pop("auth_type", UNSET)
        try:
            _auth_type = _raw_auth_type
            auth_type: LiveEventCallBackConfigAuthType | Unset
            if isinstance(_auth_type, Unset):
                auth_type = UNSET
            else:
                auth_type = LiveEventCallBackConfigAuthType(_auth_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            auth_type = UNSET
            d["auth_type"] = _raw_auth_type

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
            d["key"] = None

        _raw_callback_event_type = d.pop("callback_event_type", UNSET)
        try:
            _callback_event_type = _raw_callback_event_type
            callback_event_type: list[LiveEventCallBackConfigCallbackEventTypeItem] | Unset = UNSET
            if _callback_event_type is not UNSET:
                callback_event_type = []
                for callback_event_type_item_data in _callback_event_type:
                    callback_event_type_item = LiveEventCallBackConfigCallbackEventTypeItem(
                        callback_event_type_item_data
                    )

                    callback_event_type.append(callback_event_type_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            callback_event_type = UNSET
            d["callback_event_type"] = _raw_callback_event_type

        live_event_call_back_config = cls(
            live_event_type_callback_url=live_event_type_callback_url,
            auth_type=auth_type,
            key=key,
            callback_event_type=callback_event_type,
        )

        live_event_call_back_config.additional_properties = d
        return live_event_call_back_config

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
