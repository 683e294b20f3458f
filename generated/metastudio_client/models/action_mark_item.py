from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_mark_item_action_type import ActionMarkItemActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionMarkItem")


@_attrs_define
class ActionMarkItem:
    """表 8-28 ActionMarkItem

    Attributes:
        action_start_time (str | Unset): 选取推理数据预处理视频起始时间。格式：“HH:MM:SS.mmm”。
        action_end_time (str | Unset): 选取推理数据预处理视频结束时间。格式：“HH:MM:SS.mmm”。
        action_type (ActionMarkItemActionType | Unset): 动作类型。 ● SILENCE: 静默 ● ACTION: 动作 取值范围: 0-64
    """

    action_start_time: str | Unset = UNSET
    action_end_time: str | Unset = UNSET
    action_type: ActionMarkItemActionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_start_time = self.action_start_time

        action_end_time = self.action_end_time

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_start_time is not UNSET:
            field_dict["action_start_time"] = action_start_time
        if action_end_time is not UNSET:
            field_dict["action_end_time"] = action_end_time
        if action_type is not UNSET:
            field_dict["action_type"] = action_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_start_time = d.pop("action_start_time", UNSET)
        if action_start_time is None:
            action_start_time = UNSET
            d["action_start_time"] = None

        action_end_time = d.pop("action_end_time", UNSET)
        if action_end_time is None:
            action_end_time = UNSET
            d["action_end_time"] = None

        _raw_action_type = d.pop("action_type", UNSET)
        try:
            _action_type = _raw_action_type
            action_type: ActionMarkItemActionType | Unset
            if isinstance(_action_type, Unset):
                action_type = UNSET
            else:
                action_type = ActionMarkItemActionType(_action_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            action_type = UNSET
            d["action_type"] = _raw_action_type

        action_mark_item = cls(
            action_start_time=action_start_time,
            action_end_time=action_end_time,
            action_type=action_type,
        )

        action_mark_item.additional_properties = d
        return action_mark_item

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
