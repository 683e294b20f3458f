from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_model_asset_meta_for_update_response_language import VoiceModelAssetMetaForUpdateResponseLanguage
from ..models.voice_model_asset_meta_for_update_response_model_type import VoiceModelAssetMetaForUpdateResponseModelType
from ..models.voice_model_asset_meta_for_update_response_sex import VoiceModelAssetMetaForUpdateResponseSex
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_voice_asset_meta_for_response import ExternalVoiceAssetMetaForResponse
    from ..models.voice_capability import VoiceCapability


T = TypeVar("T", bound="VoiceModelAssetMetaForUpdateResponse")


@_attrs_define
class VoiceModelAssetMetaForUpdateResponse:
    """表 4-90 VoiceModelAssetMeta

    Attributes:
        order (int | Unset): 参数解释: 展示顺序。 约束限制: 不涉及。 取值范围: 0-32767 默认取值: 999 Default: 999.
        model_type (VoiceModelAssetMetaForUpdateResponseModelType | Unset): 参数解释: 声音资产类型。 约束限制: 不涉及。 取值范围: ● COMMON:
            通用情感模型 ● CLONE: 语音克隆模型 默认取值: CLONE Default: VoiceModelAssetMetaForUpdateResponseModelType.CLONE.
        sex (VoiceModelAssetMetaForUpdateResponseSex | Unset): 参数解释: 声音性别。 约束限制: 不涉及。 取值范围: ● UNKNOWN: 未知性别声音 ● MALE:
            男性声音 ● FEMALE: 女性声音 默认取值: UNKNOWN Default: VoiceModelAssetMetaForUpdateResponseSex.UNKNOWN.
        language (VoiceModelAssetMetaForUpdateResponseLanguage | Unset): 参数解释: 声音语言。 约束限制: 不涉及。 取值范围: ● UNKNOW: 未知 ● CN:
            中文 ● EN: 英文 ● GER: 德语 ● fr: 法语 ● Kr: 韩语 ● por: 葡萄牙语 ● JPN: 日语 ● Ita: 意大利语 ● ESP: 西班牙语 ● DBH: 东北话 ● GT: 港台 ● GXH:
            广西话 ● HBH: 湖北话 ● SXH: 陕西话 ● SCH: 四川话 ● YY: 粤语 ● Russian: 俄罗斯语 ● Filipino: 菲律宾语 ● Dutch: 荷兰语 ● Indonesian: 印尼语 ●
            Vietnamese: 越南语 ● Arabic: 阿拉伯语 ● Turkish: 土耳其语 ● Malay: 马来语 ● Thai: 泰语 ● Finnish: 芬兰语 默认取值: UNKNOW Default:
            VoiceModelAssetMetaForUpdateResponseLanguage.UNKNOW.
        speed_ratio (float | Unset): 参数解释: 语速缩放比例。 约束限制: 不涉及 取值范围: 0-100 默认取值: 1 Default: 1.0.
        volume_ratio (float | Unset): 参数解释: 音量缩放比例。 约束限制: 不涉及 取值范围: 0-100 默认取值: 1 Default: 1.0.
        is_realtime_voice (bool | Unset): 参数解释: 该音色是否支持实时合成。 约束限制: 支持实时合成的音色，可以用于直播和智能交互场景。否则只能用于视频制作。 取值范围: • true:
            支持实时合成 • false: 不支持实时合成 默认取值: true Default: True.
        style (str | Unset): 风格参考
        voice_capability (VoiceCapability | Unset): 表 4-40 VoiceCapability
        external_voice_meta (ExternalVoiceAssetMetaForResponse | Unset): 表 4-41 ExternalVoiceAssetMeta
        is_support_vc_process (bool | Unset): 是否支持vc。 默认取值: false Default: False.
        is_flexus (bool | Unset): 是否是Flexus版本声音。 默认取值: false Default: False.
    """

    order: int | Unset = 999
    model_type: VoiceModelAssetMetaForUpdateResponseModelType | Unset = (
        VoiceModelAssetMetaForUpdateResponseModelType.CLONE
    )
    sex: VoiceModelAssetMetaForUpdateResponseSex | Unset = VoiceModelAssetMetaForUpdateResponseSex.UNKNOWN
    language: VoiceModelAssetMetaForUpdateResponseLanguage | Unset = VoiceModelAssetMetaForUpdateResponseLanguage.UNKNOW
    speed_ratio: float | Unset = 1.0
    volume_ratio: float | Unset = 1.0
    is_realtime_voice: bool | Unset = True
    style: str | Unset = UNSET
    voice_capability: VoiceCapability | Unset = UNSET
    external_voice_meta: ExternalVoiceAssetMetaForResponse | Unset = UNSET
    is_support_vc_process: bool | Unset = False
    is_flexus: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        speed_ratio = self.speed_ratio

        volume_ratio = self.volume_ratio

        is_realtime_voice = self.is_realtime_voice

        style = self.style

        voice_capability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_capability, Unset):
            voice_capability = self.voice_capability.to_dict()

        external_voice_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_voice_meta, Unset):
            external_voice_meta = self.external_voice_meta.to_dict()

        is_support_vc_process = self.is_support_vc_process

        is_flexus = self.is_flexus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if sex is not UNSET:
            field_dict["sex"] = sex
        if language is not UNSET:
            field_dict["language"] = language
        if speed_ratio is not UNSET:
            field_dict["speed_ratio"] = speed_ratio
        if volume_ratio is not UNSET:
            field_dict["volume_ratio"] = volume_ratio
        if is_realtime_voice is not UNSET:
            field_dict["is_realtime_voice"] = is_realtime_voice
        if style is not UNSET:
            field_dict["style"] = style
        if voice_capability is not UNSET:
            field_dict["voice_capability"] = voice_capability
        if external_voice_meta is not UNSET:
            field_dict["external_voice_meta"] = external_voice_meta
        if is_support_vc_process is not UNSET:
            field_dict["is_support_vc_process"] = is_support_vc_process
        if is_flexus is not UNSET:
            field_dict["is_flexus"] = is_flexus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_voice_asset_meta_for_response import ExternalVoiceAssetMetaForResponse  # noqa: PLC0415
        from ..models.voice_capability import VoiceCapability  # noqa: PLC0415

        d = dict(src_dict)
        order = d.pop("order", UNSET)
        if order is None:
            order = UNSET
            d["order"] = None

        _raw_model_type = d.pop("model_type", UNSET)
        try:
            _model_type = _raw_model_type
            model_type: VoiceModelAssetMetaForUpdateResponseModelType | Unset
            if isinstance(_model_type, Unset):
                model_type = UNSET
            else:
                model_type = VoiceModelAssetMetaForUpdateResponseModelType(_model_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_type = UNSET
            d["model_type"] = _raw_model_type

        _raw_sex = d.pop("sex", UNSET)
        try:
            _sex = _raw_sex
            sex: VoiceModelAssetMetaForUpdateResponseSex | Unset
            if isinstance(_sex, Unset):
                sex = UNSET
            else:
                sex = VoiceModelAssetMetaForUpdateResponseSex(_sex)

        except (TypeError, ValueError, KeyError, AttributeError):
            sex = UNSET
            d["sex"] = _raw_sex

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: VoiceModelAssetMetaForUpdateResponseLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = VoiceModelAssetMetaForUpdateResponseLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

        speed_ratio = d.pop("speed_ratio", UNSET)
        if speed_ratio is None:
            speed_ratio = UNSET
            d["speed_ratio"] = None

        volume_ratio = d.pop("volume_ratio", UNSET)
        if volume_ratio is None:
            volume_ratio = UNSET
            d["volume_ratio"] = None

        is_realtime_voice = d.pop("is_realtime_voice", UNSET)
        if is_realtime_voice is None:
            is_realtime_voice = UNSET
            d["is_realtime_voice"] = None

        style = d.pop("style", UNSET)
        if style is None:
            style = UNSET
            d["style"] = None

        _raw_voice_capability = d.pop("voice_capability", UNSET)
        try:
            _voice_capability = _raw_voice_capability
            voice_capability: VoiceCapability | Unset
            if isinstance(_voice_capability, Unset):
                voice_capability = UNSET
            else:
                voice_capability = VoiceCapability.from_dict(_voice_capability)

        except (TypeError, ValueError, KeyError, AttributeError):
            voice_capability = UNSET
            d["voice_capability"] = _raw_voice_capability

        _raw_external_voice_meta = d.pop("external_voice_meta", UNSET)
        try:
            _external_voice_meta = _raw_external_voice_meta
            external_voice_meta: ExternalVoiceAssetMetaForResponse | Unset
            if isinstance(_external_voice_meta, Unset):
                external_voice_meta = UNSET
            else:
                external_voice_meta = ExternalVoiceAssetMetaForResponse.from_dict(_external_voice_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            external_voice_meta = UNSET
            d["external_voice_meta"] = _raw_external_voice_meta

        is_support_vc_process = d.pop("is_support_vc_process", UNSET)
        if is_support_vc_process is None:
            is_support_vc_process = UNSET
            d["is_support_vc_process"] = None

        is_flexus = d.pop("is_flexus", UNSET)
        if is_flexus is None:
            is_flexus = UNSET
            d["is_flexus"] = None

        voice_model_asset_meta_for_update_response = cls(
            order=order,
            model_type=model_type,
            sex=sex,
            language=language,
            speed_ratio=speed_ratio,
            volume_ratio=volume_ratio,
            is_realtime_voice=is_realtime_voice,
            style=style,
            voice_capability=voice_capability,
            external_voice_meta=external_voice_meta,
            is_support_vc_process=is_support_vc_process,
            is_flexus=is_flexus,
        )

        voice_model_asset_meta_for_update_response.additional_properties = d
        return voice_model_asset_meta_for_update_response

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
