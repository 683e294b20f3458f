from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_event_call_back_config import LiveEventCallBackConfig
    from ..models.live_warning_item import LiveWarningItem
    from ..models.rtc_room_info_list import RTCRoomInfoList


T = TypeVar("T", bound="StartSmartLiveJobResponse")


@_attrs_define
class StartSmartLiveJobResponse:
    """表 6-263 响应 Body 参数

    Attributes:
        job_id (str | Unset): 直播任务ID。
        rtc_room_info (RTCRoomInfoList | Unset): 表 6-264 RTCRoomInfoList (same table: 表 6-278, 6-294, 6-327); 表 7-103
            RTCRoomInfoList
        live_event_report_url (str | Unset): 直播事件上报地址。用户将自行获取的直播间事件上报到此地址，用于触发智能互动，自动回复话术。
        live_event_callback_config (LiveEventCallBackConfig | Unset): 表 6-29 LiveEventCallBackConfig; 表 6-258
            LiveEventCallBackConfig (same table: 表 6-266, 6-280, 6-296, 6-329)
        live_warning_info (list[LiveWarningItem] | Unset): 开播风险告警列表。
    """

    job_id: str | Unset = UNSET
    rtc_room_info: RTCRoomInfoList | Unset = UNSET
    live_event_report_url: str | Unset = UNSET
    live_event_callback_config: LiveEventCallBackConfig | Unset = UNSET
    live_warning_info: list[LiveWarningItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        rtc_room_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtc_room_info, Unset):
            rtc_room_info = self.rtc_room_info.to_dict()

        live_event_report_url = self.live_event_report_url

        live_event_callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_event_callback_config, Unset):
            live_event_callback_config = self.live_event_callback_config.to_dict()

        live_warning_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.live_warning_info, Unset):
            live_warning_info = []
            for live_warning_info_item_data in self.live_warning_info:
                live_warning_info_item = live_warning_info_item_data.to_dict()
                live_warning_info.append(live_warning_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if rtc_room_info is not UNSET:
            field_dict["rtc_room_info"] = rtc_room_info
        if live_event_report_url is not UNSET:
            field_dict["live_event_report_url"] = live_event_report_url
        if live_event_callback_config is not UNSET:
            field_dict["live_event_callback_config"] = live_event_callback_config
        if live_warning_info is not UNSET:
            field_dict["live_warning_info"] = live_warning_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_event_call_back_config import LiveEventCallBackConfig  # noqa: PLC0415
        from ..models.live_warning_item import LiveWarningItem  # noqa: PLC0415
        from ..models.rtc_room_info_list import RTCRoomInfoList  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        _raw_rtc_room_info = d.pop("rtc_room_info", UNSET)
        try:
            _rtc_room_info = _raw_rtc_room_info
            rtc_room_info: RTCRoomInfoList | Unset
            if isinstance(_rtc_room_info, Unset):
                rtc_room_info = UNSET
            else:
                rtc_room_info = RTCRoomInfoList.from_dict(_rtc_room_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            rtc_room_info = UNSET
            d["rtc_room_info"] = _raw_rtc_room_info

        live_event_report_url = d.pop("live_event_report_url", UNSET)
        if live_event_report_url is None:
            live_event_report_url = UNSET
            d["live_event_report_url"] = None

        _raw_live_event_callback_config = d.pop("live_event_callback_config", UNSET)
        try:
            _live_event_callback_config = _raw_live_event_callback_config
            live_event_callback_config: LiveEventCallBackConfig | Unset
            if isinstance(_live_event_callback_config, Unset):
                live_event_callback_config = UNSET
            else:
                live_event_callback_config = LiveEventCallBackConfig.from_dict(_live_event_callback_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            live_event_callback_config = UNSET
            d["live_event_callback_config"] = _raw_live_event_callback_config

        _raw_live_warning_info = d.pop("live_warning_info", UNSET)
        try:
            _live_warning_info = _raw_live_warning_info
            live_warning_info: list[LiveWarningItem] | Unset = UNSET
            if _live_warning_info is not UNSET:
                live_warning_info = []
                for live_warning_info_item_data in _live_warning_info:
                    live_warning_info_item = LiveWarningItem.from_dict(live_warning_info_item_data)

                    live_warning_info.append(live_warning_info_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            live_warning_info = UNSET
            d["live_warning_info"] = _raw_live_warning_info

        start_smart_live_job_response = cls(
            job_id=job_id,
            rtc_room_info=rtc_room_info,
            live_event_report_url=live_event_report_url,
            live_event_callback_config=live_event_callback_config,
            live_warning_info=live_warning_info,
        )

        start_smart_live_job_response.additional_properties = d
        return start_smart_live_job_response

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
