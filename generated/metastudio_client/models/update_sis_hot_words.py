from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_sis_hot_words_language import UpdateSisHotWordsLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSisHotWords")


@_attrs_define
class UpdateSisHotWords:
    """表 7-413 UpdateSisHotWords

    Attributes:
        vocabulary_id (str | Unset): 热词ID。
        sis_project_id (str | Unset): SIS服务所在区域projectId
        region (int | Unset): 对接SIS服务的区域。 说明 0: 北京四; 3: 上海一; 取值范围: 0-32
        language (UpdateSisHotWordsLanguage | Unset): 热词表语言 zh_CN:简体中文 en_US:英语
    """

    vocabulary_id: str | Unset = UNSET
    sis_project_id: str | Unset = UNSET
    region: int | Unset = UNSET
    language: UpdateSisHotWordsLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vocabulary_id = self.vocabulary_id

        sis_project_id = self.sis_project_id

        region = self.region

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vocabulary_id is not UNSET:
            field_dict["vocabulary_id"] = vocabulary_id
        if sis_project_id is not UNSET:
            field_dict["sis_project_id"] = sis_project_id
        if region is not UNSET:
            field_dict["region"] = region
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vocabulary_id = d.pop("vocabulary_id", UNSET)
        if vocabulary_id is None:
            vocabulary_id = UNSET
            d["vocabulary_id"] = None

        sis_project_id = d.pop("sis_project_id", UNSET)
        if sis_project_id is None:
            sis_project_id = UNSET
            d["sis_project_id"] = None

        region = d.pop("region", UNSET)
        if region is None:
            region = UNSET
            d["region"] = None

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: UpdateSisHotWordsLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = UpdateSisHotWordsLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

        update_sis_hot_words = cls(
            vocabulary_id=vocabulary_id,
            sis_project_id=sis_project_id,
            region=region,
            language=language,
        )

        update_sis_hot_words.additional_properties = d
        return update_sis_hot_words

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
