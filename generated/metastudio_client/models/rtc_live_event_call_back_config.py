from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rtc_live_event_call_back_config_rtc_callback_event_type_item import (
    RTCLiveEventCallBackConfigRtcCallbackEventTypeItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RTCLiveEventCallBackConfig")


@_attrs_define
class RTCLiveEventCallBackConfig:
    """表 6-30 RTCLiveEventCallBackConfig; 表 6-259 RTCLiveEventCallBackConfig (same table: 表 6-281, 6-297, 6-330)

    Attributes:
        rtc_callback_event_type (list[RTCLiveEventCallBackConfigRtcCallbackEventTypeItem] | Unset):
            RTC回调的直播事件类型列表。当前仅支持如下取值： LIVE_PROGRESS: 直播剧本进度通知。 REPLY_COMMAND_FINISH: 回复播放完成通知。 回调事件结构体定义： message_type:
            消息类型。 data: 消息描述。 LIVE_PROGRESS事件回调定义如下： { "message_type": "live_progress_notify", "data": { "script_name":
            "场景一", "shoot_script_sequence_no": 2, "shoot_script_title": "引导语", "offset": "247", "reply_id":
            "e87104f76d7546ce8a46ac6b04c49c3c" } } REPLY_COMMAND_FINISH回调定义如下： { "message_type":
            "reply_command_finish_notify", "data": {" "reply_id": "e87104f76d7546ce8a46ac6b04c49c3c" }"}
    """

    rtc_callback_event_type: list[RTCLiveEventCallBackConfigRtcCallbackEventTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rtc_callback_event_type: list[str] | Unset = UNSET
        if not isinstance(self.rtc_callback_event_type, Unset):
            rtc_callback_event_type = []
            for rtc_callback_event_type_item_data in self.rtc_callback_event_type:
                rtc_callback_event_type_item = rtc_callback_event_type_item_data.value
                rtc_callback_event_type.append(rtc_callback_event_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtc_callback_event_type is not UNSET:
            field_dict["rtc_callback_event_type"] = rtc_callback_event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_rtc_callback_event_type = d.pop("rtc_callback_event_type", UNSET)
        try:
            _rtc_callback_event_type = _raw_rtc_callback_event_type
            rtc_callback_event_type: list[RTCLiveEventCallBackConfigRtcCallbackEventTypeItem] | Unset = UNSET
            if _rtc_callback_event_type is not UNSET:
                rtc_callback_event_type = []
                for rtc_callback_event_type_item_data in _rtc_callback_event_type:
                    rtc_callback_event_type_item = RTCLiveEventCallBackConfigRtcCallbackEventTypeItem(
                        rtc_callback_event_type_item_data
                    )

                    rtc_callback_event_type.append(rtc_callback_event_type_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            rtc_callback_event_type = UNSET
            d["rtc_callback_event_type"] = _raw_rtc_callback_event_type

        rtc_live_event_call_back_config = cls(
            rtc_callback_event_type=rtc_callback_event_type,
        )

        rtc_live_event_call_back_config.additional_properties = d
        return rtc_live_event_call_back_config

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
