from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateHotQuestionRequest")


@_attrs_define
class UpdateHotQuestionRequest:
    """表 7-382 请求 Body 参数

    Attributes:
        hot_question (str | Unset): 热点问题。
    """

    hot_question: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hot_question = self.hot_question

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hot_question is not UNSET:
            field_dict["hot_question"] = hot_question

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hot_question = d.pop("hot_question", UNSET)
        if hot_question is None:
            hot_question = UNSET
            d["hot_question"] = None

        update_hot_question_request = cls(
            hot_question=hot_question,
        )

        update_hot_question_request.additional_properties = d
        return update_hot_question_request

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
