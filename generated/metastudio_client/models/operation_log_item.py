from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_log_item_action import OperationLogItemAction
from ..models.operation_log_item_operator import OperationLogItemOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.op_external_info import OpExternalInfo


T = TypeVar("T", bound="OperationLogItem")


@_attrs_define
class OperationLogItem:
    """表 9-39 OperationLogItem

    Attributes:
        time (int | Unset): 操作时间 取值范围: 0-2147483647
        action (OperationLogItemAction | Unset): 操作名称,当前已有的action为CREATE_JOB(创建任务),COMMIT_JOB(提交任务),SYSTEM_AUDIT_PASS(系统
            审核通过),ADMIN_AUDIT_PASS(管理员审核通过),AUDIT_NOT_PASS(审核未通过),TRAINING_FINISH(训练完成),UPLOADING_MODEL(上传语音模型),COMPLETE_JOB
            (任务完成)
        operator (OperationLogItemOperator | Unset): 操作者,USER(用户),ADMIN(管理员),SYSTEM(用户)
        external_info (OpExternalInfo | Unset): 表 9-40 OpExternalInfo
    """

    time: int | Unset = UNSET
    action: OperationLogItemAction | Unset = UNSET
    operator: OperationLogItemOperator | Unset = UNSET
    external_info: OpExternalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        external_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_info, Unset):
            external_info = self.external_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if action is not UNSET:
            field_dict["action"] = action
        if operator is not UNSET:
            field_dict["operator"] = operator
        if external_info is not UNSET:
            field_dict["external_info"] = external_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.op_external_info import OpExternalInfo  # noqa: PLC0415

        d = dict(src_dict)
        time = d.pop("time", UNSET)
        if time is None:
            time = UNSET
            d["time"] = None

        _raw_action = d.pop("action", UNSET)
        try:
            _action = _raw_action
            action: OperationLogItemAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = OperationLogItemAction(_action)

        except (TypeError, ValueError, KeyError, AttributeError):
            action = UNSET
            d["action"] = _raw_action

        _raw_operator = d.pop("operator", UNSET)
        try:
            _operator = _raw_operator
            operator: OperationLogItemOperator | Unset
            if isinstance(_operator, Unset):
                operator = UNSET
            else:
                operator = OperationLogItemOperator(_operator)

        except (TypeError, ValueError, KeyError, AttributeError):
            operator = UNSET
            d["operator"] = _raw_operator

        _raw_external_info = d.pop("external_info", UNSET)
        try:
            _external_info = _raw_external_info
            external_info: OpExternalInfo | Unset
            if isinstance(_external_info, Unset):
                external_info = UNSET
            else:
                external_info = OpExternalInfo.from_dict(_external_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            external_info = UNSET
            d["external_info"] = _raw_external_info

        operation_log_item = cls(
            time=time,
            action=action,
            operator=operator,
            external_info=external_info,
        )

        operation_log_item.additional_properties = d
        return operation_log_item

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
