from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rtc_user_info import RTCUserInfo


T = TypeVar("T", bound="RTCRoomInfoList")


@_attrs_define
class RTCRoomInfoList:
    """表 6-264 RTCRoomInfoList (same table: 表 6-278, 6-294, 6-327); 表 7-103 RTCRoomInfoList

    Attributes:
        app_id (str | Unset): RTC应用ID。
        room_id (str | Unset): RTC房间ID。
        users (list[RTCUserInfo] | Unset): 加入RTC房间用户信息。
    """

    app_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    users: list[RTCUserInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        room_id = self.room_id

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rtc_user_info import RTCUserInfo  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)
        if app_id is None:
            app_id = UNSET
            d["app_id"] = None

        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        _raw_users = d.pop("users", UNSET)
        try:
            _users = _raw_users
            users: list[RTCUserInfo] | Unset = UNSET
            if _users is not UNSET:
                users = []
                for users_item_data in _users:
                    users_item = RTCUserInfo.from_dict(users_item_data)

                    users.append(users_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            users = UNSET
            d["users"] = _raw_users

        rtc_room_info_list = cls(
            app_id=app_id,
            room_id=room_id,
            users=users,
        )

        rtc_room_info_list.additional_properties = d
        return rtc_room_info_list

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
