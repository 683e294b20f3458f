from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_voice_training_job_request_language import SubmitVoiceTrainingJobRequestLanguage
from ..models.submit_voice_training_job_request_sex import SubmitVoiceTrainingJobRequestSex
from ..models.submit_voice_training_job_request_tag import SubmitVoiceTrainingJobRequestTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitVoiceTrainingJobRequest")


@_attrs_define
class SubmitVoiceTrainingJobRequest:
    """表 9-27 请求 Body 参数

    Attributes:
        tag (SubmitVoiceTrainingJobRequestTag | Unset): 任务标签。 • ECOMMERCE: 电商 • NEWS: 新闻 • MARKETING: 营销
        description (str | Unset): 一段描述信息, 会呈现在资产库中。
        sex (SubmitVoiceTrainingJobRequestSex | Unset): 语音性别,是男性声音还是女性声音。 • FEMALE: 女性 • MALE: 男性
        voice_name (str | Unset): 音色名称。该名称会作为资产库中音色模型资产名称。
        language (SubmitVoiceTrainingJobRequestLanguage | Unset): 训练语言,当前仅支持中文。 • CN: 中文 • EN: 英文
        phone (str | Unset): 手机号
        app_user_id (str | Unset): 第三方用户id
    """

    tag: SubmitVoiceTrainingJobRequestTag | Unset = UNSET
    description: str | Unset = UNSET
    sex: SubmitVoiceTrainingJobRequestSex | Unset = UNSET
    voice_name: str | Unset = UNSET
    language: SubmitVoiceTrainingJobRequestLanguage | Unset = UNSET
    phone: str | Unset = UNSET
    app_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.value

        description = self.description

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        voice_name = self.voice_name

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        phone = self.phone

        app_user_id = self.app_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
        if description is not UNSET:
            field_dict["description"] = description
        if sex is not UNSET:
            field_dict["sex"] = sex
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if language is not UNSET:
            field_dict["language"] = language
        if phone is not UNSET:
            field_dict["phone"] = phone
        if app_user_id is not UNSET:
            field_dict["app_user_id"] = app_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_tag = d.pop("tag", UNSET)
        try:
            _tag = _raw_tag
            tag: SubmitVoiceTrainingJobRequestTag | Unset
            if isinstance(_tag, Unset):
                tag = UNSET
            else:
                tag = SubmitVoiceTrainingJobRequestTag(_tag)

        except (TypeError, ValueError, KeyError, AttributeError):
            tag = UNSET
            d["tag"] = _raw_tag

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
            d["description"] = None

        _raw_sex = d.pop("sex", UNSET)
        try:
            _sex = _raw_sex
            sex: SubmitVoiceTrainingJobRequestSex | Unset
            if isinstance(_sex, Unset):
                sex = UNSET
            else:
                sex = SubmitVoiceTrainingJobRequestSex(_sex)

        except (TypeError, ValueError, KeyError, AttributeError):
            sex = UNSET
            d["sex"] = _raw_sex

        voice_name = d.pop("voice_name", UNSET)
        if voice_name is None:
            voice_name = UNSET
            d["voice_name"] = None

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: SubmitVoiceTrainingJobRequestLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = SubmitVoiceTrainingJobRequestLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

        phone = d.pop("phone", UNSET)
        if phone is None:
            phone = UNSET
            d["phone"] = None

        app_user_id = d.pop("app_user_id", UNSET)
        if app_user_id is None:
            app_user_id = UNSET
            d["app_user_id"] = None

        submit_voice_training_job_request = cls(
            tag=tag,
            description=description,
            sex=sex,
            voice_name=voice_name,
            language=language,
            phone=phone,
            app_user_id=app_user_id,
        )

        submit_voice_training_job_request.additional_properties = d
        return submit_voice_training_job_request

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
