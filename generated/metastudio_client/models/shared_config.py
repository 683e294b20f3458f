from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shared_config_shared_state import SharedConfigSharedState
from ..models.shared_config_shared_type import SharedConfigSharedType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedConfig")


@_attrs_define
class SharedConfig:
    """表 6-32 SharedConfig

    Attributes:
        shared_type (SharedConfigSharedType | Unset): 参数解释: 共享类型。 约束限制: 该配置仅用于模板 取值范围: • PRIVATE: 私有, 仅本租户可访问。 • PUBLIC:
            公开, 所有租户可访问。当前仅提供系统资产可公开访问。 • SHARED: 共享, 指定租户可访问。拥有者指定租户可访问。 默认取值: 不涉及。
        shared_state (SharedConfigSharedState | Unset): 参数解释: 共享状态。 约束限制: 该配置仅用于shared_type为SHARED的模板。 取值范围: •
            PUBLISHED: 发布。模板可用。 • DRAFT: 草稿。编辑态, 仅拥有者可访问。 • REVIEW: 审核态。不可编辑, 仅拥有者/审核人员可查看。 默认取值: 不涉及。
        expire_time (str | Unset): 参数解释： 共享过期时间。空表示永久不过期。 约束限制： 该配置仅用于shared_type为SHARED的模板。 格式遵循：RFC
            3339，示例“20210710T08:43:17Z”。 取值范围： 字符长度0-20位 默认取值： 不涉及。
        allowed_project_ids (list[str] | Unset): 参数解释： 允许访问本资产的租户列表。 约束限制： 该配置仅用于shared_type为SHARED的模板。 取值范围：
            最大支持100个租户，重复的记录会被忽略。 租户ID填写project_id，字符长度1-64位。 默认取值： 不涉及。
    """

    shared_type: SharedConfigSharedType | Unset = UNSET
    shared_state: SharedConfigSharedState | Unset = UNSET
    expire_time: str | Unset = UNSET
    allowed_project_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_type: str | Unset = UNSET
        if not isinstance(self.shared_type, Unset):
            shared_type = self.shared_type.value

        shared_state: str | Unset = UNSET
        if not isinstance(self.shared_state, Unset):
            shared_state = self.shared_state.value

        expire_time = self.expire_time

        allowed_project_ids: list[str] | Unset = UNSET
        if not isinstance(self.allowed_project_ids, Unset):
            allowed_project_ids = self.allowed_project_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shared_type is not UNSET:
            field_dict["shared_type"] = shared_type
        if shared_state is not UNSET:
            field_dict["shared_state"] = shared_state
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if allowed_project_ids is not UNSET:
            field_dict["allowed_project_ids"] = allowed_project_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_shared_type = d.pop("shared_type", UNSET)
        try:
            _shared_type = _raw_shared_type
            shared_type: SharedConfigSharedType | Unset
            if isinstance(_shared_type, Unset):
                shared_type = UNSET
            else:
                shared_type = SharedConfigSharedType(_shared_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            shared_type = UNSET
            d["shared_type"] = _raw_shared_type

        _raw_shared_state = d.pop("shared_state", UNSET)
        try:
            _shared_state = _raw_shared_state
            shared_state: SharedConfigSharedState | Unset
            if isinstance(_shared_state, Unset):
                shared_state = UNSET
            else:
                shared_state = SharedConfigSharedState(_shared_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            shared_state = UNSET
            d["shared_state"] = _raw_shared_state

        expire_time = d.pop("expire_time", UNSET)
        if expire_time is None:
            expire_time = UNSET
            d["expire_time"] = None

        allowed_project_ids = d.pop("allowed_project_ids", UNSET)
        if not isinstance(allowed_project_ids, Unset | list):
            d["allowed_project_ids"] = allowed_project_ids
            allowed_project_ids = UNSET

        shared_config = cls(
            shared_type=shared_type,
            shared_state=shared_state,
            expire_time=expire_time,
            allowed_project_ids=allowed_project_ids,
        )

        shared_config.additional_properties = d
        return shared_config

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
