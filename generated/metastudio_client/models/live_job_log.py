from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveJobLog")


@_attrs_define
class LiveJobLog:
    """表 6-284 LiveJobLog (same table: 表 6-300, 6-333)

    Attributes:
        interaction_records_url (str | Unset): 直播互动记录文件地址
    """

    interaction_records_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interaction_records_url = self.interaction_records_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interaction_records_url is not UNSET:
            field_dict["interaction_records_url"] = interaction_records_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interaction_records_url = d.pop("interaction_records_url", UNSET)
        if interaction_records_url is None:
            interaction_records_url = UNSET
            d["interaction_records_url"] = None

        live_job_log = cls(
            interaction_records_url=interaction_records_url,
        )

        live_job_log.additional_properties = d
        return live_job_log

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
