from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_chat_room_base_info import SmartChatRoomBaseInfo


T = TypeVar("T", bound="ListSmartChatRoomsResponse")


@_attrs_define
class ListSmartChatRoomsResponse:
    """表 7-26 响应 Body 参数

    Attributes:
        count (int | Unset): 参数解释： 智能交互对话总数。 取值范围： 0-2147483647
        count_concurrency (int | Unset): 参数解释: 智能交互对话总并发路数。 取值范围: 0-1024000
        smart_chat_rooms (list[SmartChatRoomBaseInfo] | Unset): 智能交互对话列表。
    """

    count: int | Unset = UNSET
    count_concurrency: int | Unset = UNSET
    smart_chat_rooms: list[SmartChatRoomBaseInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        count_concurrency = self.count_concurrency

        smart_chat_rooms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.smart_chat_rooms, Unset):
            smart_chat_rooms = []
            for smart_chat_rooms_item_data in self.smart_chat_rooms:
                smart_chat_rooms_item = smart_chat_rooms_item_data.to_dict()
                smart_chat_rooms.append(smart_chat_rooms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if count_concurrency is not UNSET:
            field_dict["count_concurrency"] = count_concurrency
        if smart_chat_rooms is not UNSET:
            field_dict["smart_chat_rooms"] = smart_chat_rooms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_chat_room_base_info import SmartChatRoomBaseInfo  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        count_concurrency = d.pop("count_concurrency", UNSET)
        if count_concurrency is None:
            count_concurrency = UNSET
            d["count_concurrency"] = None

        _raw_smart_chat_rooms = d.pop("smart_chat_rooms", UNSET)
        try:
            _smart_chat_rooms = _raw_smart_chat_rooms
            smart_chat_rooms: list[SmartChatRoomBaseInfo] | Unset = UNSET
            if _smart_chat_rooms is not UNSET:
                smart_chat_rooms = []
                for smart_chat_rooms_item_data in _smart_chat_rooms:
                    smart_chat_rooms_item = SmartChatRoomBaseInfo.from_dict(smart_chat_rooms_item_data)

                    smart_chat_rooms.append(smart_chat_rooms_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            smart_chat_rooms = UNSET
            d["smart_chat_rooms"] = _raw_smart_chat_rooms

        list_smart_chat_rooms_response = cls(
            count=count,
            count_concurrency=count_concurrency,
            smart_chat_rooms=smart_chat_rooms,
        )

        list_smart_chat_rooms_response.additional_properties = d
        return list_smart_chat_rooms_response

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
