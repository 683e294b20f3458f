from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateWelcomeSpeechRequest")


@_attrs_define
class CreateWelcomeSpeechRequest:
    """表 7-324 请求 Body 参数

    Attributes:
        robot_id (str): 应用ID。
        welcome_speech (str): 欢迎词。
    """

    robot_id: str
    welcome_speech: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        welcome_speech = self.welcome_speech

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot_id": robot_id,
                "welcome_speech": welcome_speech,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        robot_id = d.pop("robot_id")

        welcome_speech = d.pop("welcome_speech")

        create_welcome_speech_request = cls(
            robot_id=robot_id,
            welcome_speech=welcome_speech,
        )

        create_welcome_speech_request.additional_properties = d
        return create_welcome_speech_request

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
