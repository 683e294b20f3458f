from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_mark_item import ActionMarkItem


T = TypeVar("T", bound="InferenceActionMarkInfo")


@_attrs_define
class InferenceActionMarkInfo:
    """表 8-27 InferenceActionMarkInfo

    Attributes:
        action_info (list[ActionMarkItem] | Unset): 动作列表。
    """

    action_info: list[ActionMarkItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_info, Unset):
            action_info = []
            for action_info_item_data in self.action_info:
                action_info_item = action_info_item_data.to_dict()
                action_info.append(action_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_info is not UNSET:
            field_dict["action_info"] = action_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_mark_item import ActionMarkItem  # noqa: PLC0415

        d = dict(src_dict)
        _raw_action_info = d.pop("action_info", UNSET)
        try:
            _action_info = _raw_action_info
            action_info: list[ActionMarkItem] | Unset = UNSET
            if _action_info is not UNSET:
                action_info = []
                for action_info_item_data in _action_info:
                    action_info_item = ActionMarkItem.from_dict(action_info_item_data)

                    action_info.append(action_info_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            action_info = UNSET
            d["action_info"] = _raw_action_info

        inference_action_mark_info = cls(
            action_info=action_info,
        )

        inference_action_mark_info.additional_properties = d
        return inference_action_mark_info

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
