from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateHotWordsSwitchRequest")


@_attrs_define
class UpdateHotWordsSwitchRequest:
    """表 7-423 请求 Body 参数

    Attributes:
        robot_id (str): 应用ID。
        enable_hot_words (bool): 热词功能开关。
    """

    robot_id: str
    enable_hot_words: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        enable_hot_words = self.enable_hot_words

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot_id": robot_id,
                "enable_hot_words": enable_hot_words,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        robot_id = d.pop("robot_id")

        enable_hot_words = d.pop("enable_hot_words")

        update_hot_words_switch_request = cls(
            robot_id=robot_id,
            enable_hot_words=enable_hot_words,
        )

        update_hot_words_switch_request.additional_properties = d
        return update_hot_words_switch_request

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
