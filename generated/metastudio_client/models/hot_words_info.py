from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hot_words_info_language import HotWordsInfoLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="HotWordsInfo")


@_attrs_define
class HotWordsInfo:
    """表 7-403 HotWordsInfo

    Attributes:
        hot_words_id (str | Unset): 热词记录ID。
        robot_id (str | Unset): 应用ID。
        hot_words_type (str | Unset): 热词类型。 说明 SIS:使用的语音识别服务为SIS时选此类型
        vocabulary_id (str | Unset): 热词ID(sis中配置)。
        sis_project_id (str | Unset): SIS服务所在区域projectId
        region (int | Unset): 对接SIS服务的区域。 说明 0: 北京四; 3: 上海一; 取值范围: 0-32
        language (HotWordsInfoLanguage | Unset): 热词表语言 zh_CN:简体中文 en_US:英语
        create_time (datetime.datetime | Unset): 创建时间, 格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
        update_time (datetime.datetime | Unset): 更新时间, 格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
    """

    hot_words_id: str | Unset = UNSET
    robot_id: str | Unset = UNSET
    hot_words_type: str | Unset = UNSET
    vocabulary_id: str | Unset = UNSET
    sis_project_id: str | Unset = UNSET
    region: int | Unset = UNSET
    language: HotWordsInfoLanguage | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hot_words_id = self.hot_words_id

        robot_id = self.robot_id

        hot_words_type = self.hot_words_type

        vocabulary_id = self.vocabulary_id

        sis_project_id = self.sis_project_id

        region = self.region

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hot_words_id is not UNSET:
            field_dict["hot_words_id"] = hot_words_id
        if robot_id is not UNSET:
            field_dict["robot_id"] = robot_id
        if hot_words_type is not UNSET:
            field_dict["hot_words_type"] = hot_words_type
        if vocabulary_id is not UNSET:
            field_dict["vocabulary_id"] = vocabulary_id
        if sis_project_id is not UNSET:
            field_dict["sis_project_id"] = sis_project_id
        if region is not UNSET:
            field_dict["region"] = region
        if language is not UNSET:
            field_dict["language"] = language
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hot_words_id = d.pop("hot_words_id", UNSET)
        if hot_words_id is None:
            hot_words_id = UNSET
            d["hot_words_id"] = None

        robot_id = d.pop("robot_id", UNSET)
        if robot_id is None:
            robot_id = UNSET
            d["robot_id"] = None

        hot_words_type = d.pop("hot_words_type", UNSET)
        if hot_words_type is None:
            hot_words_type = UNSET
            d["hot_words_type"] = None

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
            language: HotWordsInfoLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = HotWordsInfoLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

        _raw_create_time = d.pop("create_time", UNSET)
        try:
            _create_time = _raw_create_time
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_time = UNSET
            d["create_time"] = _raw_create_time

        _raw_update_time = d.pop("update_time", UNSET)
        try:
            _update_time = _raw_update_time
            update_time: datetime.datetime | Unset
            if isinstance(_update_time, Unset):
                update_time = UNSET
            else:
                update_time = datetime.datetime.fromisoformat(_update_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            update_time = UNSET
            d["update_time"] = _raw_update_time

        hot_words_info = cls(
            hot_words_id=hot_words_id,
            robot_id=robot_id,
            hot_words_type=hot_words_type,
            vocabulary_id=vocabulary_id,
            sis_project_id=sis_project_id,
            region=region,
            language=language,
            create_time=create_time,
            update_time=update_time,
        )

        hot_words_info.additional_properties = d
        return hot_words_info

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
