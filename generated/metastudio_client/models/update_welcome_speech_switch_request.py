from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateWelcomeSpeechSwitchRequest")


@_attrs_define
class UpdateWelcomeSpeechSwitchRequest:
    """表 7-353 请求 Body 参数

    Attributes:
        robot_id (str): 应用ID。
        enable_welcome_speech (bool): 欢迎词功能开关。
    """

    robot_id: str
    enable_welcome_speech: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        enable_welcome_speech = self.enable_welcome_speech

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot_id": robot_id,
                "enable_welcome_speech": enable_welcome_speech,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        robot_id = d.pop("robot_id")

        enable_welcome_speech = d.pop("enable_welcome_speech")

        update_welcome_speech_switch_request = cls(
            robot_id=robot_id,
            enable_welcome_speech=enable_welcome_speech,
        )

        update_welcome_speech_switch_request.additional_properties = d
        return update_welcome_speech_switch_request

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
