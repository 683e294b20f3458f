from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_log_item import OperationLogItem


T = TypeVar("T", bound="ListVoiceTrainingJobOpLogsResponse")


@_attrs_define
class ListVoiceTrainingJobOpLogsResponse:
    """表 9-38 响应 Body 参数

    Attributes:
        count (int | Unset): 满足查询要求的操作日志总数 取值范围: 0-2147483647
        operations (list[OperationLogItem] | Unset): 操作日志列表
    """

    count: int | Unset = UNSET
    operations: list[OperationLogItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        operations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = []
            for operations_item_data in self.operations:
                operations_item = operations_item_data.to_dict()
                operations.append(operations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if operations is not UNSET:
            field_dict["operations"] = operations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_log_item import OperationLogItem  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_operations = d.pop("operations", UNSET)
        try:
            _operations = _raw_operations
            operations: list[OperationLogItem] | Unset = UNSET
            if _operations is not UNSET:
                operations = []
                for operations_item_data in _operations:
                    operations_item = OperationLogItem.from_dict(operations_item_data)

                    operations.append(operations_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            operations = UNSET
            d["operations"] = _raw_operations

        list_voice_training_job_op_logs_response = cls(
            count=count,
            operations=operations,
        )

        list_voice_training_job_op_logs_response.additional_properties = d
        return list_voice_training_job_op_logs_response

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
