from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resources_count import ResourcesCount


T = TypeVar("T", bound="CountTenantResourcesResponse")


@_attrs_define
class CountTenantResourcesResponse:
    """表 11-19 响应 Body 参数

    Attributes:
        resources_count (list[ResourcesCount] | Unset): 资源总数列表
    """

    resources_count: list[ResourcesCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources_count, Unset):
            resources_count = []
            for resources_count_item_data in self.resources_count:
                resources_count_item = resources_count_item_data.to_dict()
                resources_count.append(resources_count_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources_count is not UNSET:
            field_dict["resources_count"] = resources_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resources_count import ResourcesCount  # noqa: PLC0415

        d = dict(src_dict)
        _raw_resources_count = d.pop("resources_count", UNSET)
        try:
            _resources_count = _raw_resources_count
            resources_count: list[ResourcesCount] | Unset = UNSET
            if _resources_count is not UNSET:
                resources_count = []
                for resources_count_item_data in _resources_count:
                    resources_count_item = ResourcesCount.from_dict(resources_count_item_data)

                    resources_count.append(resources_count_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            resources_count = UNSET
            d["resources_count"] = _raw_resources_count

        count_tenant_resources_response = cls(
            resources_count=resources_count,
        )

        count_tenant_resources_response.additional_properties = d
        return count_tenant_resources_response

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
