from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_music_config import BackgroundMusicConfig
    from ..models.call_back_config import CallBackConfig
    from ..models.output_asset_config import OutputAssetConfig
    from ..models.review_config import ReviewConfig
    from ..models.shoot_script_item import ShootScriptItem
    from ..models.video_config_for_2d_video import VideoConfigFor2DVideo
    from ..models.voice_config import VoiceConfig


T = TypeVar("T", bound="Create2DDigitalHumanVideoRequest")


@_attrs_define
class Create2DDigitalHumanVideoRequest:
    """表 5-122 请求 Body 参数

    Attributes:
        script_id (str | Unset): 剧本ID。 说明 如果填写了script_id,
            model_asset_id、voice_config、scene_asset_id、video_config、shoot_scripts可以不填，以脚本中的配置为准。 如果填写了script_id,
            并且同时也填写了model_asset_id、voice_config、scene_asset_id、video_config、shoot_scripts则以本接口中的配置为准。
        model_asset_id (str | Unset): 分身数字人模型资产ID，可以从资产库中查询。
        voice_config (VoiceConfig | Unset): 表 5-4 VoiceConfig（同 表 5-70、表 5-123）; 表 6-34 VoiceConfig; 表 6-261
            VoiceConfig; 表 7-6 VoiceConfig
        video_config (VideoConfigFor2DVideo | Unset): 表 5-124 VideoConfig；字段 is_subtitle_enabled 按 001 Table 5、003 表9 写作
            is_subtitle_enable（见勘误）
        shoot_scripts (list[ShootScriptItem] | Unset): 拍摄脚本列表。
        output_asset_config (OutputAssetConfig | Unset): 表 5-139 OutputAssetConfig
        background_music_config (BackgroundMusicConfig | Unset): 表 5-7 BackgroundMusicConfig（同 表 5-45、表 5-73、表 5-140、表
            5-171）
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
        callback_config (CallBackConfig | Unset): 表 5-142 CallBackConfig
    """

    script_id: str | Unset = UNSET
    model_asset_id: str | Unset = UNSET
    voice_config: VoiceConfig | Unset = UNSET
    video_config: VideoConfigFor2DVideo | Unset = UNSET
    shoot_scripts: list[ShootScriptItem] | Unset = UNSET
    output_asset_config: OutputAssetConfig | Unset = UNSET
    background_music_config: BackgroundMusicConfig | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    callback_config: CallBackConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_id = self.script_id

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

        output_asset_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_asset_config, Unset):
            output_asset_config = self.output_asset_config.to_dict()

        background_music_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_music_config, Unset):
            background_music_config = self.background_music_config.to_dict()

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_config, Unset):
            callback_config = self.callback_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if shoot_scripts is not UNSET:
            field_dict["shoot_scripts"] = shoot_scripts
        if output_asset_config is not UNSET:
            field_dict["output_asset_config"] = output_asset_config
        if background_music_config is not UNSET:
            field_dict["background_music_config"] = background_music_config
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if callback_config is not UNSET:
            field_dict["callback_config"] = callback_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_music_config import BackgroundMusicConfig  # noqa: PLC0415
        from ..models.call_back_config import CallBackConfig  # noqa: PLC0415
        from ..models.output_asset_config import OutputAssetConfig  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.shoot_script_item import ShootScriptItem  # noqa: PLC0415
        from ..models.video_config_for_2d_video import VideoConfigFor2DVideo  # noqa: PLC0415
        from ..models.voice_config import VoiceConfig  # noqa: PLC0415

        d = dict(src_dict)
        script_id = d.pop("script_id", UNSET)
        if script_id is None:
            script_id = UNSET
            d["script_id"] = None

        model_asset_id = d.pop("model_asset_id", UNSET)
        if model_asset_id is None:
            model_asset_id = UNSET
            d["model_asset_id"] = None

        _raw_voice_config = d.pop("voice_config", UNSET)
        try:
            _voice_config = _raw_voice_config
            voice_config: VoiceConfig | Unset
            if isinstance(_voice_config, Unset):
                voice_config = UNSET
            else:
                voice_config = VoiceConfig.from_dict(_voice_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_config = UNSET
            d["voice_config"] = _raw_voice_config

        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: VideoConfigFor2DVideo | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfigFor2DVideo.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        _raw_shoot_scripts = d.pop("shoot_scripts", UNSET)
        try:
            _shoot_scripts = _raw_shoot_scripts
            shoot_scripts: list[ShootScriptItem] | Unset = UNSET
            if _shoot_scripts is not UNSET:
                shoot_scripts = []
                for shoot_scripts_item_data in _shoot_scripts:
                    shoot_scripts_item = ShootScriptItem.from_dict(shoot_scripts_item_data)

                    shoot_scripts.append(shoot_scripts_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            shoot_scripts = UNSET
            d["shoot_scripts"] = _raw_shoot_scripts

        _raw_output_asset_config = d.pop("output_asset_config", UNSET)
        try:
            _output_asset_config = _raw_output_asset_config
            output_asset_config: OutputAssetConfig | Unset
            if isinstance(_output_asset_config, Unset):
                output_asset_config = UNSET
            else:
                output_asset_config = OutputAssetConfig.from_dict(_output_asset_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            output_asset_config = UNSET
            d["output_asset_config"] = _raw_output_asset_config

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

        _raw_review_config = d.pop("review_config", UNSET)
        try:
            _review_config = _raw_review_config
            review_config: ReviewConfig | Unset
            if isinstance(_review_config, Unset):
                review_config = UNSET
            else:
                review_config = ReviewConfig.from_dict(_review_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            review_config = UNSET
            d["review_config"] = _raw_review_config

        _raw_callback_config = d.pop("callback_config", UNSET)
        try:
            _callback_config = _raw_callback_config
            callback_config: CallBackConfig | Unset
            if isinstance(_callback_config, Unset):
                callback_config = UNSET
            else:
                callback_config = CallBackConfig.from_dict(_callback_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            callback_config = UNSET
            d["callback_config"] = _raw_callback_config

        create_2d_digital_human_video_request = cls(
            script_id=script_id,
            model_asset_id=model_asset_id,
            voice_config=voice_config,
            video_config=video_config,
            shoot_scripts=shoot_scripts,
            output_asset_config=output_asset_config,
            background_music_config=background_music_config,
            review_config=review_config,
            callback_config=callback_config,
        )

        create_2d_digital_human_video_request.additional_properties = d
        return create_2d_digital_human_video_request

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
