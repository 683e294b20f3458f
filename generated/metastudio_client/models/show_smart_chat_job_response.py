from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_smart_chat_job_response_chat_video_type import ShowSmartChatJobResponseChatVideoType
from ..models.show_smart_chat_job_response_language import ShowSmartChatJobResponseLanguage
from ..models.show_smart_chat_job_response_state import ShowSmartChatJobResponseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo
    from ..models.rtc_room_info_list import RTCRoomInfoList
    from ..models.smart_chat_subtitle_config import SmartChatSubtitleConfig
    from ..models.smart_chat_video_config import SmartChatVideoConfig


T = TypeVar("T", bound="ShowSmartChatJobResponse")


@_attrs_define
class ShowSmartChatJobResponse:
    """表 7-115 响应 Body 参数

    Attributes:
        job_id (str | Unset): 数字人智能交互对话任务ID。
        state (ShowSmartChatJobResponseState | Unset): 数字人智能交互对话任务的状态。 • WAITING: 等待 • PROCESSING: 处理中 • SUCCEED: 成功 •
            FAILED: 失败 • CANCELED: 取消 • HEARTBEAT: 心跳
        duration (float | Unset): 数字人智能交互对话时长，单位秒。 取值范围： 0-2147483647
        start_time (datetime.datetime | Unset): 数字人智能交互对话任务开始时间。格式遵循：RFC 3339 如"2021-01-10T08:43:17Z"。
        end_time (datetime.datetime | Unset): 数字人智能交互对话任务结束时间。格式遵循：RFC 3339 如"2021-01-10T08:43:17Z"。
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
        create_time (datetime.datetime | Unset): 数字人智能交互对话任务创建时间。格式遵循：RFC 3339 如"2021-01-10T08:43:17Z"。
        lastupdate_time (datetime.datetime | Unset): 数字人智能交互对话任务最后更新时间。格式遵循：RFC 3339 如"2021-01-10T08:43:17Z"。
        rtc_room_info (RTCRoomInfoList | Unset): 表 6-264 RTCRoomInfoList (same table: 表 6-278, 6-294, 6-327); 表 7-103
            RTCRoomInfoList
        chat_subtitle_config (SmartChatSubtitleConfig | Unset): 表 7-105 SmartChatSubtitleConfig
        video_config (SmartChatVideoConfig | Unset): 表 7-106 SmartChatVideoConfig
        chat_state (int | Unset): 数字人智能交互对话的状态。 0: 等待建链 1: 等待关闭链路 2: 建链成功 3: 进入休眠 4: 等待休眠 取值范围： 0-32
        language (ShowSmartChatJobResponseLanguage | Unset): 智能交互语言 zh_CN:简体中文 en_US:英语
        chat_video_type (ShowSmartChatJobResponseChatVideoType | Unset): 智能交互对话端配置。 COMPUTER: 电脑端 MOBILE: 手机端 HUB: 大屏
        chat_access_address (str | Unset): 智能交互接入地址。
        is_transparent (bool | Unset): 是否透明背景 默认取值： false Default: False.
    """

    job_id: str | Unset = UNSET
    state: ShowSmartChatJobResponseState | Unset = UNSET
    duration: float | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    lastupdate_time: datetime.datetime | Unset = UNSET
    rtc_room_info: RTCRoomInfoList | Unset = UNSET
    chat_subtitle_config: SmartChatSubtitleConfig | Unset = UNSET
    video_config: SmartChatVideoConfig | Unset = UNSET
    chat_state: int | Unset = UNSET
    language: ShowSmartChatJobResponseLanguage | Unset = UNSET
    chat_video_type: ShowSmartChatJobResponseChatVideoType | Unset = UNSET
    chat_access_address: str | Unset = UNSET
    is_transparent: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        job_id = self.job_id

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

        chat_subtitle_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat_subtitle_config, Unset):
            chat_subtitle_config = self.chat_subtitle_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        chat_state = self.chat_state

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        chat_video_type: str | Unset = UNSET
        if not isinstance(self.chat_video_type, Unset):
            chat_video_type = self.chat_video_type.value

        chat_access_address = self.chat_access_address

        is_transparent = self.is_transparent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
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
        if chat_subtitle_config is not UNSET:
            field_dict["chat_subtitle_config"] = chat_subtitle_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if chat_state is not UNSET:
            field_dict["chat_state"] = chat_state
        if language is not UNSET:
            field_dict["language"] = language
        if chat_video_type is not UNSET:
            field_dict["chat_video_type"] = chat_video_type
        if chat_access_address is not UNSET:
            field_dict["chat_access_address"] = chat_access_address
        if is_transparent is not UNSET:
            field_dict["is_transparent"] = is_transparent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.rtc_room_info_list import RTCRoomInfoList  # noqa: PLC0415
        from ..models.smart_chat_subtitle_config import SmartChatSubtitleConfig  # noqa: PLC0415
        from ..models.smart_chat_video_config import SmartChatVideoConfig  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: ShowSmartChatJobResponseState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = ShowSmartChatJobResponseState(_state)

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

        _raw_chat_subtitle_config = d.pop("chat_subtitle_config", UNSET)
        try:
            _chat_subtitle_config = _raw_chat_subtitle_config
            chat_subtitle_config: SmartChatSubtitleConfig | Unset
            if isinstance(_chat_subtitle_config, Unset):
                chat_subtitle_config = UNSET
            else:
                chat_subtitle_config = SmartChatSubtitleConfig.from_dict(_chat_subtitle_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            chat_subtitle_config = UNSET
            d["chat_subtitle_config"] = _raw_chat_subtitle_config

        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: SmartChatVideoConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = SmartChatVideoConfig.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        chat_state = d.pop("chat_state", UNSET)
        if chat_state is None:
            chat_state = UNSET
            d["chat_state"] = None

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: ShowSmartChatJobResponseLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = ShowSmartChatJobResponseLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

        _raw_chat_video_type = d.pop("chat_video_type", UNSET)
        try:
            _chat_video_type = _raw_chat_video_type
            chat_video_type: ShowSmartChatJobResponseChatVideoType | Unset
            if isinstance(_chat_video_type, Unset):
                chat_video_type = UNSET
            else:
                chat_video_type = ShowSmartChatJobResponseChatVideoType(_chat_video_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            chat_video_type = UNSET
            d["chat_video_type"] = _raw_chat_video_type

        chat_access_address = d.pop("chat_access_address", UNSET)
        if chat_access_address is None:
            chat_access_address = UNSET
            d["chat_access_address"] = None

        is_transparent = d.pop("is_transparent", UNSET)
        if is_transparent is None:
            is_transparent = UNSET
            d["is_transparent"] = None

        show_smart_chat_job_response = cls(
            job_id=job_id,
            state=state,
            duration=duration,
            start_time=start_time,
            end_time=end_time,
            error_info=error_info,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
            rtc_room_info=rtc_room_info,
            chat_subtitle_config=chat_subtitle_config,
            video_config=video_config,
            chat_state=chat_state,
            language=language,
            chat_video_type=chat_video_type,
            chat_access_address=chat_access_address,
            is_transparent=is_transparent,
        )

        show_smart_chat_job_response.additional_properties = d
        return show_smart_chat_job_response

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
