from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_smart_live_job_request_view_mode import StartSmartLiveJobRequestViewMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.co_streamer_config import CoStreamerConfig
    from ..models.live_event_call_back_config import LiveEventCallBackConfig
    from ..models.play_policy import PlayPolicy
    from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig
    from ..models.video_config import VideoConfig


T = TypeVar("T", bound="StartSmartLiveJobRequest")


@_attrs_define
class StartSmartLiveJobRequest:
    """表 6-254 请求 Body 参数

    Attributes:
        video_config (VideoConfig | Unset): 表 5-5 VideoConfig（同 表 5-71）; 表 6-27 VideoConfig; 表 6-255 VideoConfig; 表 7-4
            VideoConfig
        play_policy (PlayPolicy | Unset): 表 6-26 PlayPolicy; 表 6-257 PlayPolicy
        output_urls (list[str] | Unset): 参数解释： RTMP视频推流第三方直播平台地址。 说明 直播过程中刷新地址，需要调用COMMAND命令 REFRESH_OUTPUT_URL。 约束限制：
            不涉及 取值范围： 当前仅支持一条RTMP出流地址。 默认取值： 不涉及。
        stream_keys (list[str] | Unset): 参数解释: RTMP视频推流第三方直播平台流密钥，与推流地址对应。 说明 直播过程中刷新地址，需要调用COMMAND命令REFRESH_OUTPUT_URL。
            约束限制: 不涉及 取值范围: 当前仅支持一条RTMP出流地址。 默认取值: 不涉及。
        interaction_callback_url (str | Unset): 参数解释: 互动回调URL，含鉴权信息。 互动规则trigger.reply_mode配置为CALLBACK时填写 约束限制: 不涉及
            取值范围: 字符长度0-2048位 默认取值: 不涉及。
        live_event_callback_config (LiveEventCallBackConfig | Unset): 表 6-29 LiveEventCallBackConfig; 表 6-258
            LiveEventCallBackConfig (same table: 表 6-266, 6-280, 6-296, 6-329)
        rtc_callback_config (RTCLiveEventCallBackConfig | Unset): 表 6-30 RTCLiveEventCallBackConfig; 表 6-259
            RTCLiveEventCallBackConfig (same table: 表 6-281, 6-297, 6-330)
        view_mode (StartSmartLiveJobRequestViewMode | Unset): 参数解释: 横竖屏类型。 约束限制: 用户无需填写，通过video_config中分辨率判断 取值范围: •
            LANDSCAPE: 横屏。 • VERTICAL: 竖屏。 默认取值: VERTICAL Default: StartSmartLiveJobRequestViewMode.VERTICAL.
        co_streamer_config (CoStreamerConfig | Unset): 表 6-33 CoStreamerConfig; 表 6-260 CoStreamerConfig
    """

    video_config: VideoConfig | Unset = UNSET
    play_policy: PlayPolicy | Unset = UNSET
    output_urls: list[str] | Unset = UNSET
    stream_keys: list[str] | Unset = UNSET
    interaction_callback_url: str | Unset = UNSET
    live_event_callback_config: LiveEventCallBackConfig | Unset = UNSET
    rtc_callback_config: RTCLiveEventCallBackConfig | Unset = UNSET
    view_mode: StartSmartLiveJobRequestViewMode | Unset = StartSmartLiveJobRequestViewMode.VERTICAL
    co_streamer_config: CoStreamerConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        play_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.play_policy, Unset):
            play_policy = self.play_policy.to_dict()

        output_urls: list[str] | Unset = UNSET
        if not isinstance(self.output_urls, Unset):
            output_urls = self.output_urls

        stream_keys: list[str] | Unset = UNSET
        if not isinstance(self.stream_keys, Unset):
            stream_keys = self.stream_keys

        interaction_callback_url = self.interaction_callback_url

        live_event_callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_event_callback_config, Unset):
            live_event_callback_config = self.live_event_callback_config.to_dict()

        rtc_callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtc_callback_config, Unset):
            rtc_callback_config = self.rtc_callback_config.to_dict()

        view_mode: str | Unset = UNSET
        if not isinstance(self.view_mode, Unset):
            view_mode = self.view_mode.value

        co_streamer_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.co_streamer_config, Unset):
            co_streamer_config = self.co_streamer_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if play_policy is not UNSET:
            field_dict["play_policy"] = play_policy
        if output_urls is not UNSET:
            field_dict["output_urls"] = output_urls
        if stream_keys is not UNSET:
            field_dict["stream_keys"] = stream_keys
        if interaction_callback_url is not UNSET:
            field_dict["interaction_callback_url"] = interaction_callback_url
        if live_event_callback_config is not UNSET:
            field_dict["live_event_callback_config"] = live_event_callback_config
        if rtc_callback_config is not UNSET:
            field_dict["rtc_callback_config"] = rtc_callback_config
        if view_mode is not UNSET:
            field_dict["view_mode"] = view_mode
        if co_streamer_config is not UNSET:
            field_dict["co_streamer_config"] = co_streamer_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.co_streamer_config import CoStreamerConfig  # noqa: PLC0415
        from ..models.live_event_call_back_config import LiveEventCallBackConfig  # noqa: PLC0415
        from ..models.play_policy import PlayPolicy  # noqa: PLC0415
        from ..models.rtc_live_event_call_back_config import RTCLiveEventCallBackConfig  # noqa: PLC0415
        from ..models.video_config import VideoConfig  # noqa: PLC0415

        d = dict(src_dict)
        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: VideoConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfig.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        _raw_play_policy = d.pop("play_policy", UNSET)
        try:
            _play_policy = _raw_play_policy
            play_policy: PlayPolicy | Unset
            if isinstance(_play_policy, Unset):
                play_policy = UNSET
            else:
                play_policy = PlayPolicy.from_dict(_play_policy)

        except (TypeError, ValueError, KeyError, AttributeError):
            play_policy = UNSET
            d["play_policy"] = _raw_play_policy

        output_urls = d.pop("output_urls", UNSET)
        if not isinstance(output_urls, Unset | list):
            d["output_urls"] = output_urls
            output_urls = UNSET

        stream_keys = d.pop("stream_keys", UNSET)
        if not isinstance(stream_keys, Unset | list):
            d["stream_keys"] = stream_keys
            stream_keys = UNSET

        interaction_callback_url = d.pop("interaction_callback_url", UNSET)
        if interaction_callback_url is None:
            interaction_callback_url = UNSET
            d["interaction_callback_url"] = None

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

        _raw_view_mode = d.pop("view_mode", UNSET)
        try:
            _view_mode = _raw_view_mode
            view_mode: StartSmartLiveJobRequestViewMode | Unset
            if isinstance(_view_mode, Unset):
                view_mode = UNSET
            else:
                view_mode = StartSmartLiveJobRequestViewMode(_view_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            view_mode = UNSET
            d["view_mode"] = _raw_view_mode

        _raw_co_streamer_config = d.pop("co_streamer_config", UNSET)
        try:
            _co_streamer_config = _raw_co_streamer_config
            co_streamer_config: CoStreamerConfig | Unset
            if isinstance(_co_streamer_config, Unset):
                co_streamer_config = UNSET
            else:
                co_streamer_config = CoStreamerConfig.from_dict(_co_streamer_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            co_streamer_config = UNSET
            d["co_streamer_config"] = _raw_co_streamer_config

        start_smart_live_job_request = cls(
            video_config=video_config,
            play_policy=play_policy,
            output_urls=output_urls,
            stream_keys=stream_keys,
            interaction_callback_url=interaction_callback_url,
            live_event_callback_config=live_event_callback_config,
            rtc_callback_config=rtc_callback_config,
            view_mode=view_mode,
            co_streamer_config=co_streamer_config,
        )

        start_smart_live_job_request.additional_properties = d
        return start_smart_live_job_request

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
