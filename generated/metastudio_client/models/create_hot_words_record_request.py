from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_sis_hot_words import CreateSisHotWords


T = TypeVar("T", bound="CreateHotWordsRecordRequest")


@_attrs_define
class CreateHotWordsRecordRequest:
    """表 7-393 请求 Body 参数

    Attributes:
        hot_words_type (str): 热词类型。 说明 SIS:使用的语音识别服务为SIS时选此类型
        robot_id (str): 应用ID。
        sis_hot_words (CreateSisHotWords): 表 7-394 CreateSisHotWords
    """

    hot_words_type: str
    robot_id: str
    sis_hot_words: CreateSisHotWords
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hot_words_type = self.hot_words_type

        robot_id = self.robot_id

        sis_hot_words = self.sis_hot_words.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hot_words_type": hot_words_type,
                "robot_id": robot_id,
                "sis_hot_words": sis_hot_words,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_sis_hot_words import CreateSisHotWords  # noqa: PLC0415

        d = dict(src_dict)
        hot_words_type = d.pop("hot_words_type")

        robot_id = d.pop("robot_id")

        sis_hot_words = CreateSisHotWords.from_dict(d.pop("sis_hot_words"))

        create_hot_words_record_request = cls(
            hot_words_type=hot_words_type,
            robot_id=robot_id,
            sis_hot_words=sis_hot_words,
        )

        create_hot_words_record_request.additional_properties = d
        return create_hot_words_record_request

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
