from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_code_info import ActiveCodeInfo


T = TypeVar("T", bound="ListActiveCodesResponse")


@_attrs_define
class ListActiveCodesResponse:
    """表 7-185 响应 Body 参数

    Attributes:
        offset (int | Unset): 与第一条数据的偏移量 取值范围： 0-2147483647 默认取值： 0 Default: 0.
        limit (int | Unset): 页面大小 取值范围： 1-1000 默认取值： 10 Default: 10.
        count (int | Unset): 总数量 取值范围： 0-2147483647
        data (list[ActiveCodeInfo] | Unset): 激活码信息
    """

    offset: int | Unset = 0
    limit: int | Unset = 10
    count: int | Unset = UNSET
    data: list[ActiveCodeInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        count = self.count

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if count is not UNSET:
            field_dict["count"] = count
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_code_info import ActiveCodeInfo  # noqa: PLC0415

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)
        if offset is None:
            offset = UNSET
            d["offset"] = None

        limit = d.pop("limit", UNSET)
        if limit is None:
            limit = UNSET
            d["limit"] = None

        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: list[ActiveCodeInfo] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = ActiveCodeInfo.from_dict(data_item_data)

                    data.append(data_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            data = UNSET
            d["data"] = _raw_data

        list_active_codes_response = cls(
            offset=offset,
            limit=limit,
            count=count,
            data=data,
        )

        list_active_codes_response.additional_properties = d
        return list_active_codes_response

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
