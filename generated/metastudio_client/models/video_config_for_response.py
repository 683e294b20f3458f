from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_config_for_response_clip_mode import VideoConfigForResponseClipMode
from ..models.video_config_for_response_codec import VideoConfigForResponseCodec
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subtitle_config import SubtitleConfig


T = TypeVar("T", bound="VideoConfigForResponse")


@_attrs_define
class VideoConfigForResponse:
    """表 5-43 VideoConfig; 表 6-80 VideoConfig

    Attributes:
        clip_mode (VideoConfigForResponseClipMode | Unset): 参数解释: 输出视频的剪辑方式。 约束限制: 不涉及。 取值范围: ● RESIZE: 视频缩放。 ● CROP:
            视频裁剪。 默认取值: RESIZE Default: VideoConfigForResponseClipMode.RESIZE.
        codec (VideoConfigForResponseCodec | Unset): 参数解释: 视频编码格式及视频文件格式。 约束限制: 仅分身数字人视频制作支持VP8编码。 取值范围: • H264: h264编码,
            输出mp4文件。 • VP8: vp8编码, 输出webm文件。 默认取值: 不涉及
        bitrate (int | Unset): 参数解释: 输出平均码率。单位: kbps。 约束限制: • 分身数字人视频制作采用质量优先, 可能会超过设置的码率。 • 分身数字人直播码率范围[1000, 8000]。
            默认取值: 不涉及 取值范围: 40-30000
        width (int | Unset): 参数解释: 视频宽度。单位: 像素。 约束限制: • clip_mode=RESIZE时,
            当前支持1920x1080、1080x1920、1280x720、720x1280、3840x2160、2160x3840六种分辨率。4K分辨率视频需要分身数字人模型支持4K的情况下才能使用。 •
            clip_mode=CROP, 裁剪后视频, ( dx,dy ) 为原点, 保留视频像宽度为width。 • 分身数字人直播目前只支持1080x1920、1920x1080。 默认取值: 不涉及 取值范围: 0-3840
        height (int | Unset): 参数解释: 视频高度。 单位: 像素。 约束限制: clip_mode=RESIZE时,
            当前支持1920x1080、1080x1920、1280x720、720x1280、3840x2160、2160x3840六种分辨率分辨率。 clip_mode=CROP, 裁剪后视频, ( dx,dy ) 为原点,
            保留视频像高度为height。 分身数字人直播目前只支持1080x1920、1920x1080。 默认取值: 不涉及 取值范围: 0-3840
        frame_rate (str | Unset): 参数解释: 帧率。单位: FPS。 约束限制: 分身数字人视频固定25FPS。 默认取值: 25 Default: '25'.
        is_subtitle_able (bool | Unset): 参数解释: 输出的视频是否带字幕。 约束限制: 分身数字人直播暂时不支持字幕。 取值范围: true: 打开字幕 false: 关闭字幕 默认取值:
            false Default: False.
        subtitle_config (SubtitleConfig | Unset): 表 5-6 SubtitleConfig（同 表 5-44、表 5-72、表 5-125、表 5-157）; 表 6-28
            SubtitleConfig; 表 6-256 SubtitleConfig; 表 7-5 SubtitleConfig
        dx (int | Unset): 参数解释: 裁剪视频左上角像素点横坐标。 说明 以模特分辨率为画布大小, 比如1920*1080分辨率的模特, dx最小值是0, 最大值是1920。 约束限制: clip_mode=
            CROP时生效。 默认取值: 不涉及 取值范围: -1920-3840
        dy (int | Unset): 参数解释: 裁剪视频左上角像素点纵坐标。 说明 以模特分辨率为画布大小, 比如1920*1080分辨率的模特, dy最小值是0, 最大值是1080 约束限制: clip_mode=
            CROP时生效。 默认取值: 不涉及 取值范围: -1920-3840
        is_enable_super_resolution (bool | Unset): 参数解释: 视频是否开启超分。 约束限制: 仅分身数字人视频制作支持。 取值范围 • true: 开启 • false: 不开启
            默认取值: false Default: False.
    """

    clip_mode: VideoConfigForResponseClipMode | Unset = VideoConfigForResponseClipMode.RESIZE
    codec: VideoConfigForResponseCodec | Unset = UNSET
    bitrate: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    frame_rate: str | Unset = "25"
    is_subtitle_able: bool | Unset = False
    subtitle_config: SubtitleConfig | Unset = UNSET
    dx: int | Unset = UNSET
    dy: int | Unset = UNSET
    is_enable_super_resolution: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clip_mode: str | Unset = UNSET
        if not isinstance(self.clip_mode, Unset):
            clip_mode = self.clip_mode.value

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.value

        bitrate = self.bitrate

        width = self.width

        height = self.height

        frame_rate = self.frame_rate

        is_subtitle_able = self.is_subtitle_able

        subtitle_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle_config, Unset):
            subtitle_config = self.subtitle_config.to_dict()

        dx = self.dx

        dy = self.dy

        is_enable_super_resolution = self.is_enable_super_resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clip_mode is not UNSET:
            field_dict["clip_mode"] = clip_mode
        if codec is not UNSET:
            field_dict["codec"] = codec
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if is_subtitle_able is not UNSET:
            field_dict["is_subtitle_able"] = is_subtitle_able
        if subtitle_config is not UNSET:
            field_dict["subtitle_config"] = subtitle_config
        if dx is not UNSET:
            field_dict["dx"] = dx
        if dy is not UNSET:
            field_dict["dy"] = dy
        if is_enable_super_resolution is not UNSET:
            field_dict["is_enable_super_resolution"] = is_enable_super_resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subtitle_config import SubtitleConfig  # noqa: PLC0415

        d = dict(src_dict)
        _raw_clip_mode = d.pop("clip_mode", UNSET)
        try:
            _clip_mode = _raw_clip_mode
            clip_mode: VideoConfigForResponseClipMode | Unset
            if isinstance(_clip_mode, Unset):
                clip_mode = UNSET
            else:
                clip_mode = VideoConfigForResponseClipMode(_clip_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            clip_mode = UNSET
            d["clip_mode"] = _raw_clip_mode

        _raw_codec = d.pop("codec", UNSET)
        try:
            _codec = _raw_codec
            codec: VideoConfigForResponseCodec | Unset
            if isinstance(_codec, Unset):
                codec = UNSET
            else:
                codec = VideoConfigForResponseCodec(_codec)

        except (TypeError, ValueError, KeyError, AttributeError):
            codec = UNSET
            d["codec"] = _raw_codec

        bitrate = d.pop("bitrate", UNSET)
        if bitrate is None:
            bitrate = UNSET
            d["bitrate"] = None

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

        is_subtitle_able = d.pop("is_subtitle_able", UNSET)
        if is_subtitle_able is None:
            is_subtitle_able = UNSET
            d["is_subtitle_able"] = None

        _raw_subtitle_config = d.pop("subtitle_config", UNSET)
        try:
            _subtitle_config = _raw_subtitle_config
            subtitle_config: SubtitleConfig | Unset
            if isinstance(_subtitle_config, Unset):
                subtitle_config = UNSET
            else:
                subtitle_config = SubtitleConfig.from_dict(_subtitle_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            subtitle_config = UNSET
            d["subtitle_config"] = _raw_subtitle_config

        dx = d.pop("dx", UNSET)
        if dx is None:
            dx = UNSET
            d["dx"] = None

        dy = d.pop("dy", UNSET)
        if dy is None:
            dy = UNSET
            d["dy"] = None

        is_enable_super_resolution = d.pop("is_enable_super_resolution", UNSET)
        if is_enable_super_resolution is None:
            is_enable_super_resolution = UNSET
            d["is_enable_super_resolution"] = None

        video_config_for_response = cls(
            clip_mode=clip_mode,
            codec=codec,
            bitrate=bitrate,
            width=width,
            height=height,
            frame_rate=frame_rate,
            is_subtitle_able=is_subtitle_able,
            subtitle_config=subtitle_config,
            dx=dx,
            dy=dy,
            is_enable_super_resolution=is_enable_super_resolution,
        )

        video_config_for_response.additional_properties = d
        return video_config_for_response

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
