from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_asset_meta_mode import VideoAssetMetaMode
from ..models.video_asset_meta_video_transcoding_status import VideoAssetMetaVideoTranscodingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo


T = TypeVar("T", bound="VideoAssetMeta")


@_attrs_define
class VideoAssetMeta:
    """表 4-21 VideoAssetMeta

    Attributes:
        video_codec (str | Unset): 参数解释: 视频编码格式。 约束限制: 用户无需填写，系统自行提取。 取值范围: 字符长度0-32位。 默认取值: 不涉及
        width (int | Unset): 参数解释: 视频画面宽度。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及 取值范围: 0-8196
        height (int | Unset): 参数解释: 视频画面高度。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及 取值范围: 0-8196
        frame_rate (str | Unset): 参数解释: 视频帧率。 约束限制: 用户无需填写，系统自行提取。 取值范围: 字符长度0-32位。 默认取值: 不涉及
        video_bit_rate (int | Unset): 参数解释: 视频平均码率,单位kbps。 约束限制: 用户无需填写,系统自行提取。 默认取值: 不涉及 取值范围: 0-104857600
        duration (int | Unset): 参数解释: 时长,单位秒。 约束限制: 用户无需填写,系统自行提取。 默认取值: 不涉及 取值范围: 0-86400
        audio_codec (str | Unset): 参数解释: 音频编码格式。 约束限制: 用户无需填写,系统自行提取。 取值范围: 字符长度0-32位。 默认取值: 不涉及
        audio_bit_rate (int | Unset): 参数解释: 音频平均码率,单位kbps。 约束限制: 用户无需填写,系统自行提取。 默认取值: 不涉及 取值范围: 0-16384
        audio_channels (int | Unset): 参数解释: 音频声道数。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及 取值范围: 0-100
        sample (int | Unset): 参数解释: 采样率,HZ。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及 取值范围: 0-100000
        mode (VideoAssetMetaMode | Unset): 参数解释: 横向画面或纵向画面。 约束限制: 用户无需填写，系统自行提取。 取值范围: • Horizontal: 横向 • Vertical: 纵向
            默认取值: 不涉及
        video_transcoding_status (VideoAssetMetaVideoTranscodingStatus | Unset): 参数解释: 视频转码状态。 约束限制: 用户无需填写，系统自行填写。
            取值范围: • WAITING: 等待 • TRANSCODING: 转码中 • FAILED: 失败 • SUCCEEDED: 成功 默认取值: 不涉及
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
    """

    video_codec: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    frame_rate: str | Unset = UNSET
    video_bit_rate: int | Unset = UNSET
    duration: int | Unset = UNSET
    audio_codec: str | Unset = UNSET
    audio_bit_rate: int | Unset = UNSET
    audio_channels: int | Unset = UNSET
    sample: int | Unset = UNSET
    mode: VideoAssetMetaMode | Unset = UNSET
    video_transcoding_status: VideoAssetMetaVideoTranscodingStatus | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        video_codec = self.video_codec

        width = self.width

        height = self.height

        frame_rate = self.frame_rate

        video_bit_rate = self.video_bit_rate

        duration = self.duration

        audio_codec = self.audio_codec

        audio_bit_rate = self.audio_bit_rate

        audio_channels = self.audio_channels

        sample = self.sample

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        video_transcoding_status: str | Unset = UNSET
        if not isinstance(self.video_transcoding_status, Unset):
            video_transcoding_status = self.video_transcoding_status.value

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_codec is not UNSET:
            field_dict["video_codec"] = video_codec
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if video_bit_rate is not UNSET:
            field_dict["video_bit_rate"] = video_bit_rate
        if duration is not UNSET:
            field_dict["duration"] = duration
        if audio_codec is not UNSET:
            field_dict["audio_codec"] = audio_codec
        if audio_bit_rate is not UNSET:
            field_dict["audio_bit_rate"] = audio_bit_rate
        if audio_channels is not UNSET:
            field_dict["audio_channels"] = audio_channels
        if sample is not UNSET:
            field_dict["sample"] = sample
        if mode is not UNSET:
            field_dict["mode"] = mode
        if video_transcoding_status is not UNSET:
            field_dict["video_transcoding_status"] = video_transcoding_status
        if error_info is not UNSET:
            field_dict["error_info"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        d = dict(src_dict)
        video_codec = d.pop("video_codec", UNSET)
        if video_codec is None:
            video_codec = UNSET
            d["video_codec"] = None

        width = d.pop("width", UNSET)
        if width is None:
            width = UNSET
            d["width"] = None

        height = d.pop("height", UNSET)
        if height is None:
            height = UNSET
            d["height"] = None

        frame_rate = d.pop("frame_rate", UNSET)
        if frame_rate is None:
            frame_rate = UNSET
            d["frame_rate"] = None

        video_bit_rate = d.pop("video_bit_rate", UNSET)
        if video_bit_rate is None:
            video_bit_rate = UNSET
            d["video_bit_rate"] = None

        duration = d.pop("duration", UNSET)
        if duration is None:
            duration = UNSET
            d["duration"] = None

        audio_codec = d.pop("audio_codec", UNSET)
        if audio_codec is None:
            audio_codec = UNSET
            d["audio_codec"] = None

        audio_bit_rate = d.pop("audio_bit_rate", UNSET)
        if audio_bit_rate is None:
            audio_bit_rate = UNSET
            d["audio_bit_rate"] = None

        audio_channels = d.pop("audio_channels", UNSET)
        if audio_channels is None:
            audio_channels = UNSET
            d["audio_channels"] = None

        sample = d.pop("sample", UNSET)
        if sample is None:
            sample = UNSET
            d["sample"] = None

        _raw_mode = d.pop("mode", UNSET)
        try:
            _mode = _raw_mode
            mode: VideoAssetMetaMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = VideoAssetMetaMode(_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            mode = UNSET
            d["mode"] = _raw_mode

        _raw_video_transcoding_status = d.pop("video_transcoding_status", UNSET)
        try:
            _video_transcoding_status = _raw_video_transcoding_status
            video_transcoding_status: VideoAssetMetaVideoTranscodingStatus | Unset
            if isinstance(_video_transcoding_status, Unset):
                video_transcoding_status = UNSET
            else:
                video_transcoding_status = VideoAssetMetaVideoTranscodingStatus(_video_transcoding_status)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_transcoding_status = UNSET
            d["video_transcoding_status"] = _raw_video_transcoding_status

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

        video_asset_meta = cls(
            video_codec=video_codec,
            width=width,
            height=height,
            frame_rate=frame_rate,
            video_bit_rate=video_bit_rate,
            duration=duration,
            audio_codec=audio_codec,
            audio_bit_rate=audio_bit_rate,
            audio_channels=audio_channels,
            sample=sample,
            mode=mode,
            video_transcoding_status=video_transcoding_status,
            error_info=error_info,
        )

        video_asset_meta.additional_properties = d
        return video_asset_meta

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
