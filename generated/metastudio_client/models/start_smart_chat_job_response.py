from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_smart_chat_job_response_chat_video_type import StartSmartChatJobResponseChatVideoType
from ..models.start_smart_chat_job_response_language import StartSmartChatJobResponseLanguage
from ..models.start_smart_chat_job_response_region import StartSmartChatJobResponseRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rtc_room_info_list import RTCRoomInfoList
    from ..models.smart_chat_subtitle_config import SmartChatSubtitleConfig
    from ..models.smart_chat_video_config import SmartChatVideoConfig


T = TypeVar("T", bound="StartSmartChatJobResponse")


@_attrs_define
class StartSmartChatJobResponse:
    """表 7-102 响应 Body 参数

    Attributes:
        job_id (str | Unset): 智能交互对话任务ID。
        language (StartSmartChatJobResponseLanguage | Unset): 智能交互语言 zh_CN:简体中文 en_US:英语
        rtc_room_info (RTCRoomInfoList | Unset): 表 6-264 RTCRoomInfoList (same table: 表 6-278, 6-294, 6-327); 表 7-103
            RTCRoomInfoList
        chat_subtitle_config (SmartChatSubtitleConfig | Unset): 表 7-105 SmartChatSubtitleConfig
        video_config (SmartChatVideoConfig | Unset): 表 7-106 SmartChatVideoConfig
        chat_video_type (StartSmartChatJobResponseChatVideoType | Unset): 智能交互对话端配置。 COMPUTER: 电脑端 MOBILE: 手机端 HUB: 大屏
        region (StartSmartChatJobResponseRegion | Unset): 算力所在region。 cn-north-4: 北京4 cn-southwest-2: 贵阳1
        chat_access_address (str | Unset): 智能交互接入地址。
        is_transparent (bool | Unset): 是否透明背景 默认取值: false Default: False.
    """

    job_id: str | Unset = UNSET
    language: StartSmartChatJobResponseLanguage | Unset = UNSET
    rtc_room_info: RTCRoomInfoList | Unset = UNSET
    chat_subtitle_config: SmartChatSubtitleConfig | Unset = UNSET
    video_config: SmartChatVideoConfig | Unset = UNSET
    chat_video_type: StartSmartChatJobResponseChatVideoType | Unset = UNSET
    region: StartSmartChatJobResponseRegion | Unset = UNSET
    chat_access_address: str | Unset = UNSET
    is_transparent: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        rtc_room_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtc_room_info, Unset):
            rtc_room_info = self.rtc_room_info.to_dict()

        chat_subtitle_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat_subtitle_config, Unset):
            chat_subtitle_config = self.chat_subtitle_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        chat_video_type: str | Unset = UNSET
        if not isinstance(self.chat_video_type, Unset):
            chat_video_type = self.chat_video_type.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        chat_access_address = self.chat_access_address

        is_transparent = self.is_transparent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if language is not UNSET:
            field_dict["language"] = language
        if rtc_room_info is not UNSET:
            field_dict["rtc_room_info"] = rtc_room_info
        if chat_subtitle_config is not UNSET:
            field_dict["chat_subtitle_config"] = chat_subtitle_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if chat_video_type is not UNSET:
            field_dict["chat_video_type"] = chat_video_type
        if region is not UNSET:
            field_dict["region"] = region
        if chat_access_address is not UNSET:
            field_dict["chat_access_address"] = chat_access_address
        if is_transparent is not UNSET:
            field_dict["is_transparent"] = is_transparent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rtc_room_info_list import RTCRoomInfoList  # noqa: PLC0415
        from ..models.smart_chat_subtitle_config import SmartChatSubtitleConfig  # noqa: PLC0415
        from ..models.smart_chat_video_config import SmartChatVideoConfig  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: StartSmartChatJobResponseLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = StartSmartChatJobResponseLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

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

        _raw_chat_video_type = d.pop("chat_video_type", UNSET)
        try:
            _chat_video_type = _raw_chat_video_type
            chat_video_type: StartSmartChatJobResponseChatVideoType | Unset
            if isinstance(_chat_video_type, Unset):
                chat_video_type = UNSET
            else:
                chat_video_type = StartSmartChatJobResponseChatVideoType(_chat_video_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            chat_video_type = UNSET
            d["chat_video_type"] = _raw_chat_video_type

        _raw_region = d.pop("region", UNSET)
        try:
            _region = _raw_region
            region: StartSmartChatJobResponseRegion | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = StartSmartChatJobResponseRegion(_region)

        except (TypeError, ValueError, KeyError, AttributeError):
            region = UNSET
            d["region"] = _raw_region

        chat_access_address = d.pop("chat_access_address", UNSET)
        if chat_access_address is None:
            chat_access_address = UNSET
            d["chat_access_address"] = None

        is_transparent = d.pop("is_transparent", UNSET)
        if is_transparent is None:
            is_transparent = UNSET
            d["is_transparent"] = None

        start_smart_chat_job_response = cls(
            job_id=job_id,
            language=language,
            rtc_room_info=rtc_room_info,
            chat_subtitle_config=chat_subtitle_config,
            video_config=video_config,
            chat_video_type=chat_video_type,
            region=region,
            chat_access_address=chat_access_address,
            is_transparent=is_transparent,
        )

        start_smart_chat_job_response.additional_properties = d
        return start_smart_chat_job_response

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
