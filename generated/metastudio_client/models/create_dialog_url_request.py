from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateDialogUrlRequest")


@_attrs_define
class CreateDialogUrlRequest:
    """表 7-93 请求 Body 参数

    Attributes:
        room_id (str): 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
        robot_id (str): 应用ID。
    """

    room_id: str
    robot_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        robot_id = self.robot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "robot_id": robot_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_id = d.pop("room_id")

        robot_id = d.pop("robot_id")

        create_dialog_url_request = cls(
            room_id=room_id,
            robot_id=robot_id,
        )

        create_dialog_url_request.additional_properties = d
        return create_dialog_url_request

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
