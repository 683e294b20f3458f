from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_properties_job_tag import VoicePropertiesJobTag
from ..models.voice_properties_language import VoicePropertiesLanguage
from ..models.voice_properties_sex import VoicePropertiesSex

T = TypeVar("T", bound="VoiceProperties")


@_attrs_define
class VoiceProperties:
    """表 8-4 VoiceProperties

    Attributes:
        job_tag (VoicePropertiesJobTag): 任务标签，为Flexus版声音的配置。 • ECOMMERCE: 电商 • NEWS: 新闻 • MARKETING: 营销
        sex (VoicePropertiesSex): 语音性别，是男性声音还是女性声音，为Flexus版声音的配置。 • FEMALE: 女性 • MALE: 男性 默认取值: FEMALE Default:
            VoicePropertiesSex.FEMALE.
        language (VoicePropertiesLanguage): 训练语言，当前仅支持中文，为Flexus版声音的配置。 • CN: 中文 • EN: 英文
    """

    job_tag: VoicePropertiesJobTag
    language: VoicePropertiesLanguage
    sex: VoicePropertiesSex = VoicePropertiesSex.FEMALE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_tag = self.job_tag.value

        sex = self.sex.value

        language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_tag": job_tag,
                "sex": sex,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_tag = VoicePropertiesJobTag(d.pop("job_tag"))

        sex = VoicePropertiesSex(d.pop("sex"))

        language = VoicePropertiesLanguage(d.pop("language"))

        voice_properties = cls(
            job_tag=job_tag,
            sex=sex,
            language=language,
        )

        voice_properties.additional_properties = d
        return voice_properties

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
