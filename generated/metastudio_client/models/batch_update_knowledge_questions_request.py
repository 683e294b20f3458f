from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.knowledge_question_update_info import KnowledgeQuestionUpdateInfo


T = TypeVar("T", bound="BatchUpdateKnowledgeQuestionsRequest")


@_attrs_define
class BatchUpdateKnowledgeQuestionsRequest:
    """表 7-318 请求 Body 参数

    Attributes:
        question_list (list[KnowledgeQuestionUpdateInfo]): 问法列表
    """

    question_list: list[KnowledgeQuestionUpdateInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_list = []
        for question_list_item_data in self.question_list:
            question_list_item = question_list_item_data.to_dict()
            question_list.append(question_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_list": question_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_question_update_info import KnowledgeQuestionUpdateInfo  # noqa: PLC0415

        d = dict(src_dict)
        question_list = []
        _question_list = d.pop("question_list")
        for question_list_item_data in _question_list:
            question_list_item = KnowledgeQuestionUpdateInfo.from_dict(question_list_item_data)

            question_list.append(question_list_item)

        batch_update_knowledge_questions_request = cls(
            question_list=question_list,
        )

        batch_update_knowledge_questions_request.additional_properties = d
        return batch_update_knowledge_questions_request

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
