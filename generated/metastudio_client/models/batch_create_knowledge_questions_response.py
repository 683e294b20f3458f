from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_question_info import KnowledgeQuestionInfo


T = TypeVar("T", bound="BatchCreateKnowledgeQuestionsResponse")


@_attrs_define
class BatchCreateKnowledgeQuestionsResponse:
    """表 7-313 响应 Body 参数

    Attributes:
        question_list (list[KnowledgeQuestionInfo] | Unset): 问法列表
    """

    question_list: list[KnowledgeQuestionInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.question_list, Unset):
            question_list = []
            for question_list_item_data in self.question_list:
                question_list_item = question_list_item_data.to_dict()
                question_list.append(question_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if question_list is not UNSET:
            field_dict["question_list"] = question_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_question_info import KnowledgeQuestionInfo  # noqa: PLC0415

        d = dict(src_dict)
        _raw_question_list = d.pop("question_list", UNSET)
        try:
            _question_list = _raw_question_list
            question_list: list[KnowledgeQuestionInfo] | Unset = UNSET
            if _question_list is not UNSET:
                question_list = []
                for question_list_item_data in _question_list:
                    question_list_item = KnowledgeQuestionInfo.from_dict(question_list_item_data)

                    question_list.append(question_list_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            question_list = UNSET
            d["question_list"] = _raw_question_list

        batch_create_knowledge_questions_response = cls(
            question_list=question_list,
        )

        batch_create_knowledge_questions_response.additional_properties = d
        return batch_create_knowledge_questions_response

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
