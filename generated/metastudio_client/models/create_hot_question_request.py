from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateHotQuestionRequest")


@_attrs_define
class CreateHotQuestionRequest:
    """表 7-364 请求 Body 参数

    Attributes:
        robot_id (str): 机器人ID。
        hot_question (str): 热点问题。
    """

    robot_id: str
    hot_question: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        hot_question = self.hot_question

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot_id": robot_id,
                "hot_question": hot_question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        robot_id = d.pop("robot_id")

        hot_question = d.pop("hot_question")

        create_hot_question_request = cls(
            robot_id=robot_id,
            hot_question=hot_question,
        )

        create_hot_question_request.additional_properties = d
        return create_hot_question_request

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
