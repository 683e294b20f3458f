from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sis_hot_words_language import CreateSisHotWordsLanguage

T = TypeVar("T", bound="CreateSisHotWords")


@_attrs_define
class CreateSisHotWords:
    """表 7-394 CreateSisHotWords

    Attributes:
        vocabulary_id (str): 热词ID。
        sis_project_id (str): SIS服务所在区域projectId
        region (int): 对接SIS服务的区域。 说明 0: 北京四; 3: 上海一; 取值范围: 0-32
        language (CreateSisHotWordsLanguage): 热词表语言 zh_CN:简体中文 en_US:英语
    """

    vocabulary_id: str
    sis_project_id: str
    region: int
    language: CreateSisHotWordsLanguage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vocabulary_id = self.vocabulary_id

        sis_project_id = self.sis_project_id

        region = self.region

        language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vocabulary_id": vocabulary_id,
                "sis_project_id": sis_project_id,
                "region": region,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vocabulary_id = d.pop("vocabulary_id")

        sis_project_id = d.pop("sis_project_id")

        region = d.pop("region")

        language = CreateSisHotWordsLanguage(d.pop("language"))

        create_sis_hot_words = cls(
            vocabulary_id=vocabulary_id,
            sis_project_id=sis_project_id,
            region=region,
            language=language,
        )

        create_sis_hot_words.additional_properties = d
        return create_sis_hot_words

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
