from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_live_job import SmartLiveJob


T = TypeVar("T", bound="ListSmartLiveJobsResponse")


@_attrs_define
class ListSmartLiveJobsResponse:
    """表 6-275 响应 Body 参数

    Attributes:
        count (int | Unset): 参数解释: 数字人直播任务总数。 取值范围: 0-2147483647
        smart_live_jobs (list[SmartLiveJob] | Unset): 数字人直播任务列表。
    """

    count: int | Unset = UNSET
    smart_live_jobs: list[SmartLiveJob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        smart_live_jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.smart_live_jobs, Unset):
            smart_live_jobs = []
            for smart_live_jobs_item_data in self.smart_live_jobs:
                smart_live_jobs_item = smart_live_jobs_item_data.to_dict()
                smart_live_jobs.append(smart_live_jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if smart_live_jobs is not UNSET:
            field_dict["smart_live_jobs"] = smart_live_jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_live_job import SmartLiveJob  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_smart_live_jobs = d.pop("smart_live_jobs", UNSET)
        try:
            _smart_live_jobs = _raw_smart_live_jobs
            smart_live_jobs: list[SmartLiveJob] | Unset = UNSET
            if _smart_live_jobs is not UNSET:
                smart_live_jobs = []
                for smart_live_jobs_item_data in _smart_live_jobs:
                    smart_live_jobs_item = SmartLiveJob.from_dict(smart_live_jobs_item_data)

                    smart_live_jobs.append(smart_live_jobs_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            smart_live_jobs = UNSET
            d["smart_live_jobs"] = _raw_smart_live_jobs

        list_smart_live_jobs_response = cls(
            count=count,
            smart_live_jobs=smart_live_jobs,
        )

        list_smart_live_jobs_response.additional_properties = d
        return list_smart_live_jobs_response

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
