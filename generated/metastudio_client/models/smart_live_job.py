from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_live_job_state import SmartLiveJobState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.co_streamer_config_for_response import CoStreamerConfigForResponse
    from ..models.error_info import ErrorInfo
    from ..models.live_event_call_back_config import LiveEventCallBackConfig
    from ..models.live_job_log import LiveJobLog
    from ..models.platform_live_detail_info import PlatformLiveDetailInfo
    from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig
    from ..models.rtc_room_info_list import RTCRoomInfoList


T = TypeVar("T", bound="SmartLiveJob")


@_attrs_define
class SmartLiveJob:
    """表 6-276 SmartLiveJob (same table: 表 6-325)

    Attributes:
        job_id (str | Unset): 数字人直播任务ID。
        room_id (str | Unset): 直播间ID
        room_name (str | Unset): 直播间名称
        state (SmartLiveJobState | Unset): 数字人直播任务的状态。 • WAITING: 等待 • PROCESSING: 处理中 • SUCCEED: 成功 • FAILED: 失败 •
            BLOCKED: 封禁
        duration (float | Unset): 参数解释: 数字人直播时长，单位秒。 取值范围: 0-2147483647
        start_time (datetime.datetime | Unset): 数字人直播任务开始时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        end_time (datetime.datetime | Unset): 数字人直播任务结束时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
        create_time (datetime.datetime | Unset): 数字人直播任务创建时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        lastupdate_time (datetime.datetime | Unset): 数字人直播任务最后更新时间。格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        rtc_room_info (RTCRoomInfoList | Unset): 表 6-264 RTCRoomInfoList (same table: 表 6-278, 6-294, 6-327); 表 7-103
            RTCRoomInfoList
        live_event_report_url (str | Unset): 直播事件上报地址。用户将自行获取的直播间事件上报到此地址，用于触发智能互动，自动回复话术。
        live_event_callback_config (LiveEventCallBackConfig | Unset): 表 6-29 LiveEventCallBackConfig; 表 6-258
            LiveEventCallBackConfig (same table: 表 6-266, 6-280, 6-296, 6-329)
        rtc_callback_config (RTCLiveEventCallBackConfig | Unset): 表 6-30 RTCLiveEventCallBackConfig; 表 6-259
            RTCLiveEventCallBackConfig (same table: 表 6-281, 6-297, 6-330)
        stream_duration (float | Unset): 参数解释： 数字人直播推流时长，单位秒。 取值范围： 0-2147483647
        block_reason (str | Unset): 封禁信息
        cover_url (str | Unset): 直播间封面图URL
        co_streamer_config (CoStreamerConfigForResponse | Unset): 表 6-86 CoStreamerConfig; 表 6-282 CoStreamerConfig
            (response variant; same table: 表 6-298, 6-331)
        live_job_log (LiveJobLog | Unset): 表 6-284 LiveJobLog (same table: 表 6-300, 6-333)
        relation_live_platform_info (PlatformLiveDetailInfo | Unset): 表 6-88 PlatformLiveDetailInfo; 表 6-285
            PlatformLiveDetailInfo (same table: 表 6-301, 6-334)
    """

    job_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    room_name: str | Unset = UNSET
    state: SmartLiveJobState | Unset = UNSET
    duration: float | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    lastupdate_time: datetime.datetime | Unset = UNSET
    rtc_room_info: RTCRoomInfoList | Unset = UNSET
    live_event_report_url: str | Unset = UNSET
    live_event_callback_config: LiveEventCallBackConfig | Unset = UNSET
    rtc_callback_config: RTCLiveEventCallBackConfig | Unset = UNSET
    stream_duration: float | Unset = UNSET
    block_reason: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    co_streamer_config: CoStreamerConfigForResponse | Unset = UNSET
    live_job_log: LiveJobLog | Unset = UNSET
    relation_live_platform_info: PlatformLiveDetailInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        job_id = self.job_id

        room_id = self.room_id

        room_name = self.room_name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        duration = self.duration

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        lastupdate_time: str | Unset = UNSET
        if not isinstance(self.lastupdate_time, Unset):
            lastupdate_time = self.lastupdate_time.isoformat()

        rtc_room_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtc_room_info, Unset):
            rtc_room_info = self.rtc_room_info.to_dict()

        live_event_report_url = self.live_event_report_url

        live_event_callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_event_callback_config, Unset):
            live_event_callback_config = self.live_event_callback_config.to_dict()

        rtc_callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtc_callback_config, Unset):
            rtc_callback_config = self.rtc_callback_config.to_dict()

        stream_duration = self.stream_duration

        block_reason = self.block_reason

        cover_url = self.cover_url

        co_streamer_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.co_streamer_config, Unset):
            co_streamer_config = self.co_streamer_config.to_dict()

        live_job_log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_job_log, Unset):
            live_job_log = self.live_job_log.to_dict()

        relation_live_platform_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relation_live_platform_info, Unset):
            relation_live_platform_info = self.relation_live_platform_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if room_name is not UNSET:
            field_dict["room_name"] = room_name
        if state is not UNSET:
            field_dict["state"] = state
        if duration is not UNSET:
            field_dict["duration"] = duration
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if error_info is not UNSET:
            field_dict["error_info"] = error_info
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time
        if rtc_room_info is not UNSET:
            field_dict["rtc_room_info"] = rtc_room_info
        if live_event_report_url is not UNSET:
            field_dict["live_event_report_url"] = live_event_report_url
        if live_event_callback_config is not UNSET:
            field_dict["live_event_callback_config"] = live_event_callback_config
        if rtc_callback_config is not UNSET:
            field_dict["rtc_callback_config"] = rtc_callback_config
        if stream_duration is not UNSET:
            field_dict["stream_duration"] = stream_duration
        if block_reason is not UNSET:
            field_dict["block_reason"] = block_reason
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if co_streamer_config is not UNSET:
            field_dict["co_streamer_config"] = co_streamer_config
        if live_job_log is not UNSET:
            field_dict["live_job_log"] = live_job_log
        if relation_live_platform_info is not UNSET:
            field_dict["relation_live_platform_info"] = relation_live_platform_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.co_streamer_config_for_response import CoStreamerConfigForResponse  # noqa: PLC0415
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.live_event_call_back_config import LiveEventCallBackConfig  # noqa: PLC0415
        from ..models.live_job_log import LiveJobLog  # noqa: PLC0415
        from ..models.platform_live_detail_info import PlatformLiveDetailInfo  # noqa: PLC0415
        from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig  # noqa: PLC0415
        from ..models.rtc_room_info_list import RTCRoomInfoList  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        room_name = d.pop("room_name", UNSET)
        if room_name is None:
            room_name = UNSET
            d["room_name"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: SmartLiveJobState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = SmartLiveJobState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        duration = d.pop("duration", UNSET)
        if duration is None:
            duration = UNSET
            d["duration"] = None

        _raw_start_time = d.pop("start_time", UNSET)
        try:
            _start_time = _raw_start_time
            start_time: datetime.datetime | Unset
            if isinstance(_start_time, Unset):
                start_time = UNSET
            else:
                start_time = datetime.datetime.fromisoformat(_start_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            start_time = UNSET
            d["start_time"] = _raw_start_time

        _raw_end_time = d.pop("end_time", UNSET)
        try:
            _end_time = _raw_end_time
            end_time: datetime.datetime | Unset
            if isinstance(_end_time, Unset):
                end_time = UNSET
            else:
                end_time = datetime.datetime.fromisoformat(_end_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            end_time = UNSET
            d["end_time"] = _raw_end_time

        _raw_error_info = d.pop("error_info", UNSET)
        try:

            def _parse_error_info(data: object) -> ErrorInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_info_type_0 = ErrorInfo.from_dict(data)

                    return componentsschemas_error_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorInfo | None | Unset, data)

            error_info = _parse_error_info(_raw_error_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_info = UNSET
            d["error_info"] = _raw_error_info

        _raw_create_time = d.pop("create_time", UNSET)
        try:
            _create_time = _raw_create_time
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_time = UNSET
            d["create_time"] = _raw_create_time

        _raw_lastupdate_time = d.pop("lastupdate_time", UNSET)
        try:
            _lastupdate_time = _raw_lastupdate_time
            lastupdate_time: datetime.datetime | Unset
            if isinstance(_lastupdate_time, Unset):
                lastupdate_time = UNSET
            else:
                lastupdate_time = datetime.datetime.fromisoformat(_lastupdate_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            lastupdate_time = UNSET
            d["lastupdate_time"] = _raw_lastupdate_time

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

        _raw_rtc_callback_config = d.pop("rtc_callback_config", UNSET)
        try:
            _rtc_callback_config = _raw_rtc_callback_config
            rtc_callback_config: RTCLiveEventCallBackConfig | Unset
            if isinstance(_rtc_callback_config, Unset):
                rtc_callback_config = UNSET
            else:
                rtc_callback_config = RTCLiveEventCallBackConfig.from_dict(_rtc_callback_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            rtc_callback_config = UNSET
            d["rtc_callback_config"] = _raw_rtc_callback_config

        stream_duration = d.pop("stream_duration", UNSET)
        if stream_duration is None:
            stream_duration = UNSET
            d["stream_duration"] = None

        block_reason = d.pop("block_reason", UNSET)
        if block_reason is None:
            block_reason = UNSET
            d["block_reason"] = None

        cover_url = d.pop("cover_url", UNSET)
        if cover_url is None:
            cover_url = UNSET
            d["cover_url"] = None

        _raw_co_streamer_config = d.pop("co_streamer_config", UNSET)
        try:
            _co_streamer_config = _raw_co_streamer_config
            co_streamer_config: CoStreamerConfigForResponse | Unset
            if isinstance(_co_streamer_config, Unset):
                co_streamer_config = UNSET
            else:
                co_streamer_config = CoStreamerConfigForResponse.from_dict(_co_streamer_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            co_streamer_config = UNSET
            d["co_streamer_config"] = _raw_co_streamer_config

        _raw_live_job_log = d.pop("live_job_log", UNSET)
        try:
            _live_job_log = _raw_live_job_log
            live_job_log: LiveJobLog | Unset
            if isinstance(_live_job_log, Unset):
                live_job_log = UNSET
            else:
                live_job_log = LiveJobLog.from_dict(_live_job_log)

        except (TypeError, ValueError, KeyError, AttributeError):
            live_job_log = UNSET
            d["live_job_log"] = _raw_live_job_log

        _raw_relation_live_platform_info = d.pop("relation_live_platform_info", UNSET)
        try:
            _relation_live_platform_info = _raw_relation_live_platform_info
            relation_live_platform_info: PlatformLiveDetailInfo | Unset
            if isinstance(_relation_live_platform_info, Unset):
                relation_live_platform_info = UNSET
            else:
                relation_live_platform_info = PlatformLiveDetailInfo.from_dict(_relation_live_platform_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            relation_live_platform_info = UNSET
            d["relation_live_platform_info"] = _raw_relation_live_platform_info

        smart_live_job = cls(
            job_id=job_id,
            room_id=room_id,
            room_name=room_name,
            state=state,
            duration=duration,
            start_time=start_time,
            end_time=end_time,
            error_info=error_info,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
            rtc_room_info=rtc_room_info,
            live_event_report_url=live_event_report_url,
            live_event_callback_config=live_event_callback_config,
            rtc_callback_config=rtc_callback_config,
            stream_duration=stream_duration,
            block_reason=block_reason,
            cover_url=cover_url,
            co_streamer_config=co_streamer_config,
            live_job_log=live_job_log,
            relation_live_platform_info=relation_live_platform_info,
        )

        smart_live_job.additional_properties = d
        return smart_live_job

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
