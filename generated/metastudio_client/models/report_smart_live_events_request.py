from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_event import LiveEvent
    from ..models.review_config import ReviewConfig


T = TypeVar("T", bound="ReportSmartLiveEventsRequest")


@_attrs_define
class ReportSmartLiveEventsRequest:
    """表 6-341 请求 Body 参数

    Attributes:
        total (int): 参数解释： 事件条目数。 取值范围： 1-1000
        events (list[LiveEvent] | Unset): 事件内容。
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
    """

    total: int
    events: list[LiveEvent] | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if review_config is not UNSET:
            field_dict["review_config"] = review_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_event import LiveEvent  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        _raw_events = d.pop("events", UNSET)
        try:
            _events = _raw_events
            events: list[LiveEvent] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = LiveEvent.from_dict(events_item_data)

                    events.append(events_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            events = UNSET
            d["events"] = _raw_events

        _raw_review_config = d.pop("review_config", UNSET)
        try:
            _review_config = _raw_review_config
            review_config: ReviewConfig | Unset
            if isinstance(_review_config, Unset):
                review_config = UNSET
            else:
                review_config = ReviewConfig.from_dict(_review_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            review_config = UNSET
            d["review_config"] = _raw_review_config

        report_smart_live_events_request = cls(
            total=total,
            events=events,
            review_config=review_config,
        )

        report_smart_live_events_request.additional_properties = d
        return report_smart_live_events_request

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
