from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_2d_digital_human_video_response_job_type import Show2DDigitalHumanVideoResponseJobType
from ..models.show_2d_digital_human_video_response_state import Show2DDigitalHumanVideoResponseState
from ..models.show_2d_digital_human_video_response_video_making_type import (
    Show2DDigitalHumanVideoResponseVideoMakingType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_music_config import BackgroundMusicConfig
    from ..models.error_info import ErrorInfo
    from ..models.output_asset_info import OutputAssetInfo
    from ..models.shoot_script_item_for_response import ShootScriptItemForResponse
    from ..models.video_config_for_2d_video_show import VideoConfigFor2DVideoShow
    from ..models.voice_config_for_response import VoiceConfigForResponse


T = TypeVar("T", bound="Show2DDigitalHumanVideoResponse")


@_attrs_define
class Show2DDigitalHumanVideoResponse:
    """表 5-152 响应 Body 参数

    Attributes:
        job_id (str | Unset): 任务ID。
        state (Show2DDigitalHumanVideoResponseState | Unset): 任务的状态。 • WAITING: 等待 • PROCESSING: 处理中 • SUCCEED: 成功 •
            FAILED: 失败 • CANCELED: 取消 • BLOCK: 冻结
        job_type (Show2DDigitalHumanVideoResponseJobType | Unset): 任务类型。 • 2D_DIGITAL_HUMAN_VIDEO: 分身数字人视频制作任务 •
            PHOTO_DIGITAL_HUMAN_VIDEO: 照片数字人视频制作任务
        start_time (str | Unset): 数字人视频制作开始时间。
        end_time (str | Unset): 数字人视频制作结束时间。
        duration (float | Unset): 参数解释: 数字人视频内容时长。 取值范围: 0-2147483647
        output_asset_config (OutputAssetInfo | Unset): 表 5-114 OutputAssetInfo（同 表 5-153）
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
        create_time (str | Unset): 任务创建时间。
        lastupdate_time (str | Unset): 任务更新时间。
        script_id (str | Unset): 剧本ID。
        video_making_type (Show2DDigitalHumanVideoResponseVideoMakingType | Unset): 视频生成类型。该参数取值是MODEL时,
            model_asset_id必填; 取值是PICTURE时, human_image必填。 • MODEL: 通过分身数字人模型生成视频 • PICTURE: 通过单张照片生成视频 说明 • 该参数已废弃,
            照片数字人视频制作使用“创建照片分身数字人视频制作任务”接口。
        human_image (str | Unset): 人物照片, 需要Base64编码。 说明 • 该参数已废弃, 照片数字人视频制作使用“创建照片分身数字人视频制作任务”接口。
        model_asset_id (str | Unset): 分身数字人模型资产ID，可以从资产库中查询。
        voice_config (VoiceConfigForResponse | Unset): 表 5-42 VoiceConfig（同 表 5-155）; 表 6-87 VoiceConfig; 表 6-283
            VoiceConfig (response variant, nothing required; same table: 表 6-299, 6-332); 表 7-29 VoiceConfig
        video_config (VideoConfigFor2DVideoShow | Unset): 表 5-156 VideoConfig；按更新的 003 表9
            VideoConfig：is_subtitle_enabled 写作 is_subtitle_enable，新增 is_end_at_first_frame（见勘误）
        shoot_scripts (list[ShootScriptItemForResponse] | Unset): 拍摄脚本列表。
        background_music_config (BackgroundMusicConfig | Unset): 表 5-7 BackgroundMusicConfig（同 表 5-45、表 5-73、表 5-140、表
            5-171）
    """

    job_id: str | Unset = UNSET
    state: Show2DDigitalHumanVideoResponseState | Unset = UNSET
    job_type: Show2DDigitalHumanVideoResponseJobType | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    duration: float | Unset = UNSET
    output_asset_config: OutputAssetInfo | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    create_time: str | Unset = UNSET
    lastupdate_time: str | Unset = UNSET
    script_id: str | Unset = UNSET
    video_making_type: Show2DDigitalHumanVideoResponseVideoMakingType | Unset = UNSET
    human_image: str | Unset = UNSET
    model_asset_id: str | Unset = UNSET
    voice_config: VoiceConfigForResponse | Unset = UNSET
    video_config: VideoConfigFor2DVideoShow | Unset = UNSET
    shoot_scripts: list[ShootScriptItemForResponse] | Unset = UNSET
    background_music_config: BackgroundMusicConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        job_id = self.job_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        start_time = self.start_time

        end_time = self.end_time

        duration = self.duration

        output_asset_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_asset_config, Unset):
            output_asset_config = self.output_asset_config.to_dict()

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        create_time = self.create_time

        lastupdate_time = self.lastupdate_time

        script_id = self.script_id

        video_making_type: str | Unset = UNSET
        if not isinstance(self.video_making_type, Unset):
            video_making_type = self.video_making_type.value

        human_image = self.human_image

        model_asset_id = self.model_asset_id

        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        shoot_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shoot_scripts, Unset):
            shoot_scripts = []
            for shoot_scripts_item_data in self.shoot_scripts:
                shoot_scripts_item = shoot_scripts_item_data.to_dict()
                shoot_scripts.append(shoot_scripts_item)

        background_music_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_music_config, Unset):
            background_music_config = self.background_music_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if state is not UNSET:
            field_dict["state"] = state
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if output_asset_config is not UNSET:
            field_dict["output_asset_config"] = output_asset_config
        if error_info is not UNSET:
            field_dict["error_info"] = error_info
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if video_making_type is not UNSET:
            field_dict["video_making_type"] = video_making_type
        if human_image is not UNSET:
            field_dict["human_image"] = human_image
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if shoot_scripts is not UNSET:
            field_dict["shoot_scripts"] = shoot_scripts
        if background_music_config is not UNSET:
            field_dict["background_music_config"] = background_music_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_music_config import BackgroundMusicConfig  # noqa: PLC0415
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.output_asset_info import OutputAssetInfo  # noqa: PLC0415
        from ..models.shoot_script_item_for_response import ShootScriptItemForResponse  # noqa: PLC0415
        from ..models.video_config_for_2d_video_show import VideoConfigFor2DVideoShow  # noqa: PLC0415
        from ..models.voice_config_for_response import VoiceConfigForResponse  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: Show2DDigitalHumanVideoResponseState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = Show2DDigitalHumanVideoResponseState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        _raw_job_type = d.pop("job_type", UNSET)
        try:
            _job_type = _raw_job_type
            job_type: Show2DDigitalHumanVideoResponseJobType | Unset
            if isinstance(_job_type, Unset):
                job_type = UNSET
            else:
                job_type = Show2DDigitalHumanVideoResponseJobType(_job_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            job_type = UNSET
            d["job_type"] = _raw_job_type

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = UNSET
            d["start_time"] = None

        end_time = d.pop("end_time", UNSET)
        if end_time is None:
            end_time = UNSET
            d["end_time"] = None

        duration = d.pop("duration", UNSET)
        if duration is None:
            duration = UNSET
            d["duration"] = None

        _raw_output_asset_config = d.pop("output_asset_config", UNSET)
        try:
            _output_asset_config = _raw_output_asset_config
            output_asset_config: OutputAssetInfo | Unset
            if isinstance(_output_asset_config, Unset):
                output_asset_config = UNSET
            else:
                output_asset_config = OutputAssetInfo.from_dict(_output_asset_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            output_asset_config = UNSET
            d["output_asset_config"] = _raw_output_asset_config

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

        create_time = d.pop("create_time", UNSET)
        if create_time is None:
            create_time = UNSET
            d["create_time"] = None

        lastupdate_time = d.pop("lastupdate_time", UNSET)
        if lastupdate_time is None:
            lastupdate_time = UNSET
            d["lastupdate_time"] = None

        script_id = d.pop("script_id", UNSET)
        if script_id is None:
            script_id = UNSET
            d["script_id"] = None

        _raw_video_making_type = d.pop("video_making_type", UNSET)
        try:
            _video_making_type = _raw_video_making_type
            video_making_type: Show2DDigitalHumanVideoResponseVideoMakingType | Unset
            if isinstance(_video_making_type, Unset):
                video_making_type = UNSET
            else:
                video_making_type = Show2DDigitalHumanVideoResponseVideoMakingType(_video_making_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_making_type = UNSET
            d["video_making_type"] = _raw_video_making_type

        human_image = d.pop("human_image", UNSET)
        if human_image is None:
            human_image = UNSET
            d["human_image"] = None

        model_asset_id = d.pop("model_asset_id", UNSET)
        if model_asset_id is None:
            model_asset_id = UNSET
            d["model_asset_id"] = None

        _raw_voice_config = d.pop("voice_config", UNSET)
        try:
            _voice_config = _raw_voice_config
            voice_config: VoiceConfigForResponse | Unset
            if isinstance(_voice_config, Unset):
                voice_config = UNSET
            else:
                voice_config = VoiceConfigForResponse.from_dict(_voice_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_config = UNSET
            d["voice_config"] = _raw_voice_config

        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: VideoConfigFor2DVideoShow | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfigFor2DVideoShow.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        _raw_shoot_scripts = d.pop("shoot_scripts", UNSET)
        try:
            _shoot_scripts = _raw_shoot_scripts
            shoot_scripts: list[ShootScriptItemForResponse] | Unset = UNSET
            if _shoot_scripts is not UNSET:
                shoot_scripts = []
                for shoot_scripts_item_data in _shoot_scripts:
                    shoot_scripts_item = ShootScriptItemForResponse.from_dict(shoot_scripts_item_data)

                    shoot_scripts.append(shoot_scripts_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            shoot_scripts = UNSET
            d["shoot_scripts"] = _raw_shoot_scripts

        _raw_background_music_config = d.pop("background_music_config", UNSET)
        try:
            _background_music_config = _raw_background_music_config
            background_music_config: BackgroundMusicConfig | Unset
            if isinstance(_background_music_config, Unset):
                background_music_config = UNSET
            else:
                background_music_config = BackgroundMusicConfig.from_dict(_background_music_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            background_music_config = UNSET
            d["background_music_config"] = _raw_background_music_config

        show_2d_digital_human_video_response = cls(
            job_id=job_id,
            state=state,
            job_type=job_type,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            output_asset_config=output_asset_config,
            error_info=error_info,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
            script_id=script_id,
            video_making_type=video_making_type,
            human_image=human_image,
            model_asset_id=model_asset_id,
            voice_config=voice_config,
            video_config=video_config,
            shoot_scripts=shoot_scripts,
            background_music_config=background_music_config,
        )

        show_2d_digital_human_video_response.additional_properties = d
        return show_2d_digital_human_video_response

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
