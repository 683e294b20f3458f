from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateHotQuestionResponse")


@_attrs_define
class UpdateHotQuestionResponse:
    """表 7-384 响应 Body 参数

    Attributes:
        hot_question_id (str | Unset): 热点问题ID。
        hot_question (str | Unset): 热点问题。
        robot_id (str | Unset): 机器人ID。
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
    """

    hot_question_id: str | Unset = UNSET
    hot_question: str | Unset = UNSET
    robot_id: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hot_question_id = self.hot_question_id

        hot_question = self.hot_question

        robot_id = self.robot_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hot_question_id is not UNSET:
            field_dict["hot_question_id"] = hot_question_id
        if hot_question is not UNSET:
            field_dict["hot_question"] = hot_question
        if robot_id is not UNSET:
            field_dict["robot_id"] = robot_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hot_question_id = d.pop("hot_question_id", UNSET)
        if hot_question_id is None:
            hot_question_id = UNSET
            d["hot_question_id"] = None

        hot_question = d.pop("hot_question", UNSET)
        if hot_question is None:
            hot_question = UNSET
            d["hot_question"] = None

        robot_id = d.pop("robot_id", UNSET)
        if robot_id is None:
            robot_id = UNSET
            d["robot_id"] = None

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

        update_hot_question_response = cls(
            hot_question_id=hot_question_id,
            hot_question=hot_question,
            robot_id=robot_id,
            create_time=create_time,
            update_time=update_time,
        )

        update_hot_question_response.additional_properties = d
        return update_hot_question_response

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
