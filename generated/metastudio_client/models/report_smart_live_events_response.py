from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportSmartLiveEventsResponse")


@_attrs_define
class ReportSmartLiveEventsResponse:
    """表 6-345 响应 Body 参数

    Attributes:
        live_event_report_url (str | Unset): 刷新后的直播事件上传URL
    """

    live_event_report_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_event_report_url = self.live_event_report_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_event_report_url is not UNSET:
            field_dict["live_event_report_url"] = live_event_report_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        live_event_report_url = d.pop("live_event_report_url", UNSET)
        if live_event_report_url is None:
            live_event_report_url = UNSET
            d["live_event_report_url"] = None

        report_smart_live_events_response = cls(
            live_event_report_url=live_event_report_url,
        )

        report_smart_live_events_response.additional_properties = d
        return report_smart_live_events_response

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
