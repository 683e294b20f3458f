from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_live_room_base_info import SmartLiveRoomBaseInfo


T = TypeVar("T", bound="ListSmartLiveRoomsResponse")


@_attrs_define
class ListSmartLiveRoomsResponse:
    """表 6-45 响应 Body 参数

    Attributes:
        count (int | Unset): 直播间总数。 取值范围： 0-2147483647
        smart_live_rooms (list[SmartLiveRoomBaseInfo] | Unset): 直播间列表。
    """

    count: int | Unset = UNSET
    smart_live_rooms: list[SmartLiveRoomBaseInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        smart_live_rooms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.smart_live_rooms, Unset):
            smart_live_rooms = []
            for smart_live_rooms_item_data in self.smart_live_rooms:
                smart_live_rooms_item = smart_live_rooms_item_data.to_dict()
                smart_live_rooms.append(smart_live_rooms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if smart_live_rooms is not UNSET:
            field_dict["smart_live_rooms"] = smart_live_rooms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_live_room_base_info import SmartLiveRoomBaseInfo  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_smart_live_rooms = d.pop("smart_live_rooms", UNSET)
        try:
            _smart_live_rooms = _raw_smart_live_rooms
            smart_live_rooms: list[SmartLiveRoomBaseInfo] | Unset = UNSET
            if _smart_live_rooms is not UNSET:
                smart_live_rooms = []
                for smart_live_rooms_item_data in _smart_live_rooms:
                    smart_live_rooms_item = SmartLiveRoomBaseInfo.from_dict(smart_live_rooms_item_data)

                    smart_live_rooms.append(smart_live_rooms_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            smart_live_rooms = UNSET
            d["smart_live_rooms"] = _raw_smart_live_rooms

        list_smart_live_rooms_response = cls(
            count=count,
            smart_live_rooms=smart_live_rooms,
        )

        list_smart_live_rooms_response.additional_properties = d
        return list_smart_live_rooms_response

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
