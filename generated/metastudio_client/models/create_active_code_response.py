from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateActiveCodeResponse")


@_attrs_define
class CreateActiveCodeResponse:
    """表 7-179 响应 Body 参数

    Attributes:
        active_code_id (str | Unset): 激活码ID。
        active_code (str | Unset): 激活码。
        robot_id (str | Unset): 应用ID。
        room_id (str | Unset): 智能交互对话ID。
        valid_period (int | Unset): 有效天数（0表示长期有效）。 取值范围： 0-65535
        expire_time (datetime.datetime | Unset): 过期时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如 "2021-01-10T08:43:17Z"。
    """

    active_code_id: str | Unset = UNSET
    active_code: str | Unset = UNSET
    robot_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    valid_period: int | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_code_id = self.active_code_id

        active_code = self.active_code

        robot_id = self.robot_id

        room_id = self.room_id

        valid_period = self.valid_period

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_code_id is not UNSET:
            field_dict["active_code_id"] = active_code_id
        if active_code is not UNSET:
            field_dict["active_code"] = active_code
        if robot_id is not UNSET:
            field_dict["robot_id"] = robot_id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if valid_period is not UNSET:
            field_dict["valid_period"] = valid_period
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_code_id = d.pop("active_code_id", UNSET)
        if active_code_id is None:
            active_code_id = UNSET
            d["active_code_id"] = None

        active_code = d.pop("active_code", UNSET)
        if active_code is None:
            active_code = UNSET
            d["active_code"] = None

        robot_id = d.pop("robot_id", UNSET)
        if robot_id is None:
            robot_id = UNSET
            d["robot_id"] = None

        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        valid_period = d.pop("valid_period", UNSET)
        if valid_period is None:
            valid_period = UNSET
            d["valid_period"] = None

        _raw_expire_time = d.pop("expire_time", UNSET)
        try:
            _expire_time = _raw_expire_time
            expire_time: datetime.datetime | Unset
            if isinstance(_expire_time, Unset):
                expire_time = UNSET
            else:
                expire_time = datetime.datetime.fromisoformat(_expire_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            expire_time = UNSET
            d["expire_time"] = _raw_expire_time

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

        create_active_code_response = cls(
            active_code_id=active_code_id,
            active_code=active_code,
            robot_id=robot_id,
            room_id=room_id,
            valid_period=valid_period,
            expire_time=expire_time,
            create_time=create_time,
            update_time=update_time,
        )

        create_active_code_response.additional_properties = d
        return create_active_code_response

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
