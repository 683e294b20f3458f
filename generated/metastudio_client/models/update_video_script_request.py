from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_video_script_request_model_asset_type import UpdateVideoScriptRequestModelAssetType
from ..models.update_video_script_request_view_mode import UpdateVideoScriptRequestViewMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_music_config import BackgroundMusicConfig
    from ..models.review_config import ReviewConfig
    from ..models.shoot_script_item import ShootScriptItem
    from ..models.video_config import VideoConfig
    from ..models.voice_config import VoiceConfig


T = TypeVar("T", bound="UpdateVideoScriptRequest")


@_attrs_define
class UpdateVideoScriptRequest:
    """表 5-69 请求 Body 参数

    Attributes:
        script_name (str | Unset): 参数解释： 剧本名称。 约束限制： 不涉及。 取值范围： 只能使用中英文字符，字符长度1-256位。 默认取值： 不涉及。
        script_description (str | Unset): 参数解释: 剧本描述。 约束限制: 不涉及。 取值范围: 字符长度0-1024位。 默认取值: 不涉及。
        view_mode (UpdateVideoScriptRequestViewMode | Unset): 参数解释: 横竖屏类型。 约束限制: 不涉及。 取值范围: • LANDSCAPE: 横屏。 • VERTICAL:
            竖屏。 默认取值: LANDSCAPE Default: UpdateVideoScriptRequestViewMode.LANDSCAPE.
        model_asset_id (str | Unset): 参数解释: 数字人模型资产ID。 约束限制: 不涉及 取值范围: 字符长度0-64位。 默认取值: 不涉及
        model_asset_type (UpdateVideoScriptRequestModelAssetType | Unset): 参数解释: 数字人模型类型。 约束限制: 不涉及 取值范围: •
            HUMAN_MODEL_2D: 分身数字人 • HUMAN_MODEL_3D: 3D数字人 默认取值: 不涉及
        voice_config (VoiceConfig | Unset): 表 5-4 VoiceConfig（同 表 5-70、表 5-123）; 表 6-34 VoiceConfig; 表 6-261
            VoiceConfig; 表 7-6 VoiceConfig
        video_config (VideoConfig | Unset): 表 5-5 VideoConfig（同 表 5-71）; 表 6-27 VideoConfig; 表 6-255 VideoConfig; 表 7-4
            VideoConfig
        scene_asset_id (str | Unset): 参数解释： 场景资产ID。 约束限制： 分身数字人视频制作不需要填写该参数。 取值范围： 字符长度0-64位 默认取值： 不涉及
        priv_data (str | Unset): 参数解释： 私有数据，用户填写，原样带回。 约束限制： 不涉及 取值范围： 字符长度0-8192位 默认取值： 不涉及
        background_music_config (BackgroundMusicConfig | Unset): 表 5-7 BackgroundMusicConfig（同 表 5-45、表 5-73、表 5-140、表
            5-171）
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
        shoot_scripts (list[ShootScriptItem] | Unset): 拍摄脚本列表。
    """

    script_name: str | Unset = UNSET
    script_description: str | Unset = UNSET
    view_mode: UpdateVideoScriptRequestViewMode | Unset = UpdateVideoScriptRequestViewMode.LANDSCAPE
    model_asset_id: str | Unset = UNSET
    model_asset_type: UpdateVideoScriptRequestModelAssetType | Unset = UNSET
    voice_config: VoiceConfig | Unset = UNSET
    video_config: VideoConfig | Unset = UNSET
    scene_asset_id: str | Unset = UNSET
    priv_data: str | Unset = UNSET
    background_music_config: BackgroundMusicConfig | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    shoot_scripts: list[ShootScriptItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_name = self.script_name

        script_description = self.script_description

        view_mode: str | Unset = UNSET
        if not isinstance(self.view_mode, Unset):
            view_mode = self.view_mode.value

        model_asset_id = self.model_asset_id

        model_asset_type: str | Unset = UNSET
        if not isinstance(self.model_asset_type, Unset):
            model_asset_type = self.model_asset_type.value

        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        scene_asset_id = self.scene_asset_id

        priv_data = self.priv_data

        background_music_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_music_config, Unset):
            background_music_config = self.background_music_config.to_dict()

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        shoot_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shoot_scripts, Unset):
            shoot_scripts = []
            for shoot_scripts_item_data in self.shoot_scripts:
                shoot_scripts_item = shoot_scripts_item_data.to_dict()
                shoot_scripts.append(shoot_scripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_name is not UNSET:
            field_dict["script_name"] = script_name
        if script_description is not UNSET:
            field_dict["script_description"] = script_description
        if view_mode is not UNSET:
            field_dict["view_mode"] = view_mode
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if model_asset_type is not UNSET:
            field_dict["model_asset_type"] = model_asset_type
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if scene_asset_id is not UNSET:
            field_dict["scene_asset_id"] = scene_asset_id
        if priv_data is not UNSET:
            field_dict["priv_data"] = priv_data
        if background_music_config is not UNSET:
            field_dict["background_music_config"] = background_music_config
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if shoot_scripts is not UNSET:
            field_dict["shoot_scripts"] = shoot_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_music_config import BackgroundMusicConfig  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.shoot_script_item import ShootScriptItem  # noqa: PLC0415
        from ..models.video_config import VideoConfig  # noqa: PLC0415
        from ..models.voice_config import VoiceConfig  # noqa: PLC0415

        d = dict(src_dict)
        script_name = d.pop("script_name", UNSET)
        if script_name is None:
            script_name = UNSET
            d["script_name"] = None

        script_description = d.pop("script_description", UNSET)
        if script_description is None:
            script_description = UNSET
            d["script_description"] = None

        _raw_view_mode = d.pop("view_mode", UNSET)
        try:
            _view_mode = _raw_view_mode
            view_mode: UpdateVideoScriptRequestViewMode | Unset
            if isinstance(_view_mode, Unset):
                view_mode = UNSET
            else:
                view_mode = UpdateVideoScriptRequestViewMode(_view_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            view_mode = UNSET
            d["view_mode"] = _raw_view_mode

        model_asset_id = d.pop("model_asset_id", UNSET)
        if model_asset_id is None:
            model_asset_id = UNSET
            d["model_asset_id"] = None

        _raw_model_asset_type = d.pop("model_asset_type", UNSET)
        try:
            _model_asset_type = _raw_model_asset_type
            model_asset_type: UpdateVideoScriptRequestModelAssetType | Unset
            if isinstance(_model_asset_type, Unset):
                model_asset_type = UNSET
            else:
                model_asset_type = UpdateVideoScriptRequestModelAssetType(_model_asset_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_asset_type = UNSET
            d["model_asset_type"] = _raw_model_asset_type

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
            video_config: VideoConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoConfig.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        scene_asset_id = d.pop("scene_asset_id", UNSET)
        if scene_asset_id is None:
            scene_asset_id = UNSET
            d["scene_asset_id"] = None

        priv_data = d.pop("priv_data", UNSET)
        if priv_data is None:
            priv_data = UNSET
            d["priv_data"] = None

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

        update_video_script_request = cls(
            script_name=script_name,
            script_description=script_description,
            view_mode=view_mode,
            model_asset_id=model_asset_id,
            model_asset_type=model_asset_type,
            voice_config=voice_config,
            video_config=video_config,
            scene_asset_id=scene_asset_id,
            priv_data=priv_data,
            background_music_config=background_music_config,
            review_config=review_config,
            shoot_scripts=shoot_scripts,
        )

        update_video_script_request.additional_properties = d
        return update_video_script_request

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
