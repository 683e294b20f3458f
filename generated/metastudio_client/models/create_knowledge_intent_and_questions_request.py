from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.knowledge_question_create_info import KnowledgeQuestionCreateInfo


T = TypeVar("T", bound="CreateKnowledgeIntentAndQuestionsRequest")


@_attrs_define
class CreateKnowledgeIntentAndQuestionsRequest:
    """表 7-274 请求 Body 参数

    Attributes:
        name (str): 主题。
        answer (str): 问题答案。
        skill_id (str): 技能ID。
        question_list (list[KnowledgeQuestionCreateInfo]): 问法列表
    """

    name: str
    answer: str
    skill_id: str
    question_list: list[KnowledgeQuestionCreateInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        answer = self.answer

        skill_id = self.skill_id

        question_list = []
        for question_list_item_data in self.question_list:
            question_list_item = question_list_item_data.to_dict()
            question_list.append(question_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "answer": answer,
                "skill_id": skill_id,
                "question_list": question_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_question_create_info import KnowledgeQuestionCreateInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        answer = d.pop("answer")

        skill_id = d.pop("skill_id")

        question_list = []
        _question_list = d.pop("question_list")
        for question_list_item_data in _question_list:
            question_list_item = KnowledgeQuestionCreateInfo.from_dict(question_list_item_data)

            question_list.append(question_list_item)

        create_knowledge_intent_and_questions_request = cls(
            name=name,
            answer=answer,
            skill_id=skill_id,
            question_list=question_list,
        )

        create_knowledge_intent_and_questions_request.additional_properties = d
        return create_knowledge_intent_and_questions_request

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
