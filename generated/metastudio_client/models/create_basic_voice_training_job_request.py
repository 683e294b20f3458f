from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_basic_voice_training_job_request_create_type import CreateBasicVoiceTrainingJobRequestCreateType
from ..models.create_basic_voice_training_job_request_language import CreateBasicVoiceTrainingJobRequestLanguage
from ..models.create_basic_voice_training_job_request_sex import CreateBasicVoiceTrainingJobRequestSex
from ..models.create_basic_voice_training_job_request_tag import CreateBasicVoiceTrainingJobRequestTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBasicVoiceTrainingJobRequest")


@_attrs_define
class CreateBasicVoiceTrainingJobRequest:
    """表 9-3 请求 Body 参数

    Attributes:
        voice_name (str): 音色名称。该名称会作为资产库中音色模型资产名称。
        tag (CreateBasicVoiceTrainingJobRequestTag | Unset): 任务标签。 • ECOMMERCE: 电商 • NEWS: 新闻 • MARKETING: 营销
        description (str | Unset): 一段描述信息,会呈现在资产库中。
        sex (CreateBasicVoiceTrainingJobRequestSex | Unset): 语音性别,是男性声音还是女性声音。 • FEMALE: 女性 • MALE: 男性 默认取值: FEMALE
            Default: CreateBasicVoiceTrainingJobRequestSex.FEMALE.
        language (CreateBasicVoiceTrainingJobRequestLanguage | Unset): 训练语言,当前仅支持中文。 • CN: 中文 • EN: 英文 默认取值: CN Default:
            CreateBasicVoiceTrainingJobRequestLanguage.CN.
        create_type (CreateBasicVoiceTrainingJobRequestCreateType | Unset): 任务创建方式。 • PACKAGE: 使用一个zip包包含所有数据 • SEGMENT:
            逐句上传数据
        phone (str | Unset): 手机号
        dhtms_job_id (str | Unset): 形象制作任务id
        batch_name (str | Unset): 批次名称
    """

    voice_name: str
    tag: CreateBasicVoiceTrainingJobRequestTag | Unset = UNSET
    description: str | Unset = UNSET
    sex: CreateBasicVoiceTrainingJobRequestSex | Unset = CreateBasicVoiceTrainingJobRequestSex.FEMALE
    language: CreateBasicVoiceTrainingJobRequestLanguage | Unset = CreateBasicVoiceTrainingJobRequestLanguage.CN
    create_type: CreateBasicVoiceTrainingJobRequestCreateType | Unset = UNSET
    phone: str | Unset = UNSET
    dhtms_job_id: str | Unset = UNSET
    batch_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_name = self.voice_name

        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.value

        description = self.description

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        create_type: str | Unset = UNSET
        if not isinstance(self.create_type, Unset):
            create_type = self.create_type.value

        phone = self.phone

        dhtms_job_id = self.dhtms_job_id

        batch_name = self.batch_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_name": voice_name,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if description is not UNSET:
            field_dict["description"] = description
        if sex is not UNSET:
            field_dict["sex"] = sex
        if language is not UNSET:
            field_dict["language"] = language
        if create_type is not UNSET:
            field_dict["create_type"] = create_type
        if phone is not UNSET:
            field_dict["phone"] = phone
        if dhtms_job_id is not UNSET:
            field_dict["dhtms_job_id"] = dhtms_job_id
        if batch_name is not UNSET:
            field_dict["batch_name"] = batch_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_name = d.pop("voice_name")

        _raw_tag = d.pop("tag", UNSET)
        try:
            _tag = _raw_tag
            tag: CreateBasicVoiceTrainingJobRequestTag | Unset
            if isinstance(_tag, Unset):
                tag = UNSET
            else:
                tag = CreateBasicVoiceTrainingJobRequestTag(_tag)

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
            sex: CreateBasicVoiceTrainingJobRequestSex | Unset
            if isinstance(_sex, Unset):
                sex = UNSET
            else:
                sex = CreateBasicVoiceTrainingJobRequestSex(_sex)

        except (TypeError, ValueError, KeyError, AttributeError):
            sex = UNSET
            d["sex"] = _raw_sex

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: CreateBasicVoiceTrainingJobRequestLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = CreateBasicVoiceTrainingJobRequestLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

        _raw_create_type = d.pop("create_type", UNSET)
        try:
            _create_type = _raw_create_type
            create_type: CreateBasicVoiceTrainingJobRequestCreateType | Unset
            if isinstance(_create_type, Unset):
                create_type = UNSET
            else:
                create_type = CreateBasicVoiceTrainingJobRequestCreateType(_create_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_type = UNSET
            d["create_type"] = _raw_create_type

        phone = d.pop("phone", UNSET)
        if phone is None:
            phone = UNSET
            d["phone"] = None

        dhtms_job_id = d.pop("dhtms_job_id", UNSET)
        if dhtms_job_id is None:
            dhtms_job_id = UNSET
            d["dhtms_job_id"] = None

        batch_name = d.pop("batch_name", UNSET)
        if batch_name is None:
            batch_name = UNSET
            d["batch_name"] = None

        create_basic_voice_training_job_request = cls(
            voice_name=voice_name,
            tag=tag,
            description=description,
            sex=sex,
            language=language,
            create_type=create_type,
            phone=phone,
            dhtms_job_id=dhtms_job_id,
            batch_name=batch_name,
        )

        create_basic_voice_training_job_request.additional_properties = d
        return create_basic_voice_training_job_request

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
