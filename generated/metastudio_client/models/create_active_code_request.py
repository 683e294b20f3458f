from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateActiveCodeRequest")


@_attrs_define
class CreateActiveCodeRequest:
    """表 7-177 请求 Body 参数

    Attributes:
        robot_id (str): 应用ID。
        room_id (str): 智能交互对话ID。
        valid_period (int): 有效天数（0表示长期有效）。 取值范围： 0-65535
    """

    robot_id: str
    room_id: str
    valid_period: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        room_id = self.room_id

        valid_period = self.valid_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot_id": robot_id,
                "room_id": room_id,
                "valid_period": valid_period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        robot_id = d.pop("robot_id")

        room_id = d.pop("room_id")

        valid_period = d.pop("valid_period")

        create_active_code_request = cls(
            robot_id=robot_id,
            room_id=room_id,
            valid_period=valid_period,
        )

        create_active_code_request.additional_properties = d
        return create_active_code_request

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
