from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.animation_asset_meta import AnimationAssetMeta
    from ..models.audio_asset_meta import AudioAssetMeta
    from ..models.human_model_2d_asset_meta_for_response import HumanModel2DAssetMetaForResponse
    from ..models.human_model_asset_meta_for_response import HumanModelAssetMetaForResponse
    from ..models.image_asset_meta import ImageAssetMeta
    from ..models.material_asset_meta_for_response import MaterialAssetMetaForResponse
    from ..models.ppt_asset_meta import PPTAssetMeta
    from ..models.scene_asset_meta_for_response import SceneAssetMetaForResponse
    from ..models.video_asset_meta import VideoAssetMeta
    from ..models.voice_model_asset_meta_for_response import VoiceModelAssetMetaForResponse


T = TypeVar("T", bound="AssetExtraMetaForResponse")


@_attrs_define
class AssetExtraMetaForResponse:
    """表 4-35 AssetExtraMeta

    Attributes:
        human_model_meta (HumanModelAssetMetaForResponse | Unset): 表 4-36 HumanModelAssetMeta
        voice_model_meta (VoiceModelAssetMetaForResponse | Unset): 表 4-39 VoiceModelAssetMeta
        ppt_meta (PPTAssetMeta | Unset): 表 4-11 PPTAssetMeta
        animation_meta (AnimationAssetMeta | Unset): 表 4-13 AnimationAssetMeta
        scene_meta (SceneAssetMetaForResponse | Unset): 表 4-45 SceneAssetMeta
        material_meta (MaterialAssetMetaForResponse | Unset): 表 4-47 MaterialAssetMeta
        human_model_2d_meta (HumanModel2DAssetMetaForResponse | Unset): 表 4-49 HumanModel2DAssetMeta
        image_meta (ImageAssetMeta | Unset): 表 4-20 ImageAssetMeta
        video_meta (VideoAssetMeta | Unset): 表 4-21 VideoAssetMeta
        audio_meta (AudioAssetMeta | Unset): 表 4-22 AudioAssetMeta
    """

    human_model_meta: HumanModelAssetMetaForResponse | Unset = UNSET
    voice_model_meta: VoiceModelAssetMetaForResponse | Unset = UNSET
    ppt_meta: PPTAssetMeta | Unset = UNSET
    animation_meta: AnimationAssetMeta | Unset = UNSET
    scene_meta: SceneAssetMetaForResponse | Unset = UNSET
    material_meta: MaterialAssetMetaForResponse | Unset = UNSET
    human_model_2d_meta: HumanModel2DAssetMetaForResponse | Unset = UNSET
    image_meta: ImageAssetMeta | Unset = UNSET
    video_meta: VideoAssetMeta | Unset = UNSET
    audio_meta: AudioAssetMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        human_model_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.human_model_meta, Unset):
            human_model_meta = self.human_model_meta.to_dict()

        voice_model_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_model_meta, Unset):
            voice_model_meta = self.voice_model_meta.to_dict()

        ppt_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ppt_meta, Unset):
            ppt_meta = self.ppt_meta.to_dict()

        animation_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation_meta, Unset):
            animation_meta = self.animation_meta.to_dict()

        scene_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_meta, Unset):
            scene_meta = self.scene_meta.to_dict()

        material_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.material_meta, Unset):
            material_meta = self.material_meta.to_dict()

        human_model_2d_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.human_model_2d_meta, Unset):
            human_model_2d_meta = self.human_model_2d_meta.to_dict()

        image_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_meta, Unset):
            image_meta = self.image_meta.to_dict()

        video_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_meta, Unset):
            video_meta = self.video_meta.to_dict()

        audio_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_meta, Unset):
            audio_meta = self.audio_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if human_model_meta is not UNSET:
            field_dict["human_model_meta"] = human_model_meta
        if voice_model_meta is not UNSET:
            field_dict["voice_model_meta"] = voice_model_meta
        if ppt_meta is not UNSET:
            field_dict["ppt_meta"] = ppt_meta
        if animation_meta is not UNSET:
            field_dict["animation_meta"] = animation_meta
        if scene_meta is not UNSET:
            field_dict["scene_meta"] = scene_meta
        if material_meta is not UNSET:
            field_dict["material_meta"] = material_meta
        if human_model_2d_meta is not UNSET:
            field_dict["human_model_2d_meta"] = human_model_2d_meta
        if image_meta is not UNSET:
            field_dict["image_meta"] = image_meta
        if video_meta is not UNSET:
            field_dict["video_meta"] = video_meta
        if audio_meta is not UNSET:
            field_dict["audio_meta"] = audio_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.animation_asset_meta import AnimationAssetMeta  # noqa: PLC0415
        from ..models.audio_asset_meta import AudioAssetMeta  # noqa: PLC0415
        from ..models.human_model_2d_asset_meta_for_response import HumanModel2DAssetMetaForResponse  # noqa: PLC0415
        from ..models.human_model_asset_meta_for_response import HumanModelAssetMetaForResponse  # noqa: PLC0415
        from ..models.image_asset_meta import ImageAssetMeta  # noqa: PLC0415
        from ..models.material_asset_meta_for_response import MaterialAssetMetaForResponse  # noqa: PLC0415
        from ..models.ppt_asset_meta import PPTAssetMeta  # noqa: PLC0415
        from ..models.scene_asset_meta_for_response import SceneAssetMetaForResponse  # noqa: PLC0415
        from ..models.video_asset_meta import VideoAssetMeta  # noqa: PLC0415
        from ..models.voice_model_asset_meta_for_response import VoiceModelAssetMetaForResponse  # noqa: PLC0415

        d = dict(src_dict)
        _raw_human_model_meta = d.pop("human_model_meta", UNSET)
        try:
            _human_model_meta = _raw_human_model_meta
            human_model_meta: HumanModelAssetMetaForResponse | Unset
            if isinstance(_human_model_meta, Unset):
                human_model_meta = UNSET
            else:
                human_model_meta = HumanModelAssetMetaForResponse.from_dict(_human_model_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            human_model_meta = UNSET
            d["human_model_meta"] = _raw_human_model_meta

        _raw_voice_model_meta = d.pop("voice_model_meta", UNSET)
        try:
            _voice_model_meta = _raw_voice_model_meta
            voice_model_meta: VoiceModelAssetMetaForResponse | Unset
            if isinstance(_voice_model_meta, Unset):
                voice_model_meta = UNSET
            else:
                voice_model_meta = VoiceModelAssetMetaForResponse.from_dict(_voice_model_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_model_meta = UNSET
            d["voice_model_meta"] = _raw_voice_model_meta

        _raw_ppt_meta = d.pop("ppt_meta", UNSET)
        try:
            _ppt_meta = _raw_ppt_meta
            ppt_meta: PPTAssetMeta | Unset
            if isinstance(_ppt_meta, Unset):
                ppt_meta = UNSET
            else:
                ppt_meta = PPTAssetMeta.from_dict(_ppt_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            ppt_meta = UNSET
            d["ppt_meta"] = _raw_ppt_meta

        _raw_animation_meta = d.pop("animation_meta", UNSET)
        try:
            _animation_meta = _raw_animation_meta
            animation_meta: AnimationAssetMeta | Unset
            if isinstance(_animation_meta, Unset):
                animation_meta = UNSET
            else:
                animation_meta = AnimationAssetMeta.from_dict(_animation_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            animation_meta = UNSET
            d["animation_meta"] = _raw_animation_meta

        _raw_scene_meta = d.pop("scene_meta", UNSET)
        try:
            _scene_meta = _raw_scene_meta
            scene_meta: SceneAssetMetaForResponse | Unset
            if isinstance(_scene_meta, Unset):
                scene_meta = UNSET
            else:
                scene_meta = SceneAssetMetaForResponse.from_dict(_scene_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            scene_meta = UNSET
            d["scene_meta"] = _raw_scene_meta

        _raw_material_meta = d.pop("material_meta", UNSET)
        try:
            _material_meta = _raw_material_meta
            material_meta: MaterialAssetMetaForResponse | Unset
            if isinstance(_material_meta, Unset):
                material_meta = UNSET
            else:
                material_meta = MaterialAssetMetaForResponse.from_dict(_material_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            material_meta = UNSET
            d["material_meta"] = _raw_material_meta

        _raw_human_model_2d_meta = d.pop("human_model_2d_meta", UNSET)
        try:
            _human_model_2d_meta = _raw_human_model_2d_meta
            human_model_2d_meta: HumanModel2DAssetMetaForResponse | Unset
            if isinstance(_human_model_2d_meta, Unset):
                human_model_2d_meta = UNSET
            else:
                human_model_2d_meta = HumanModel2DAssetMetaForResponse.from_dict(_human_model_2d_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            human_model_2d_meta = UNSET
            d["human_model_2d_meta"] = _raw_human_model_2d_meta

        _raw_image_meta = d.pop("image_meta", UNSET)
        try:
            _image_meta = _raw_image_meta
            image_meta: ImageAssetMeta | Unset
            if isinstance(_image_meta, Unset):
                image_meta = UNSET
            else:
                image_meta = ImageAssetMeta.from_dict(_image_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            image_meta = UNSET
            d["image_meta"] = _raw_image_meta

        _raw_video_meta = d.pop("video_meta", UNSET)
        try:
            _video_meta = _raw_video_meta
            video_meta: VideoAssetMeta | Unset
            if isinstance(_video_meta, Unset):
                video_meta = UNSET
            else:
                video_meta = VideoAssetMeta.from_dict(_video_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_meta = UNSET
            d["video_meta"] = _raw_video_meta

        _raw_audio_meta = d.pop("audio_meta", UNSET)
        try:
            _audio_meta = _raw_audio_meta
            audio_meta: AudioAssetMeta | Unset
            if isinstance(_audio_meta, Unset):
                audio_meta = UNSET
            else:
                audio_meta = AudioAssetMeta.from_dict(_audio_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            audio_meta = UNSET
            d["audio_meta"] = _raw_audio_meta

        asset_extra_meta_for_response = cls(
            human_model_meta=human_model_meta,
            voice_model_meta=voice_model_meta,
            ppt_meta=ppt_meta,
            animation_meta=animation_meta,
            scene_meta=scene_meta,
            material_meta=material_meta,
            human_model_2d_meta=human_model_2d_meta,
            image_meta=image_meta,
            video_meta=video_meta,
            audio_meta=audio_meta,
        )

        asset_extra_meta_for_response.additional_properties = d
        return asset_extra_meta_for_response

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
