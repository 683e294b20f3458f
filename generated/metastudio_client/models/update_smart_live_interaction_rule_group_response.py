from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interaction_rule_detail_info import InteractionRuleDetailInfo


T = TypeVar("T", bound="UpdateSmartLiveInteractionRuleGroupResponse")


@_attrs_define
class UpdateSmartLiveInteractionRuleGroupResponse:
    """表 6-230 响应 Body 参数

    Attributes:
        group_id (str | Unset): 互动规则库ID
        group_name (str | Unset): 互动规则库名称
        interaction_rules (list[InteractionRuleDetailInfo] | Unset): 互动规则列表
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
    """

    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    interaction_rules: list[InteractionRuleDetailInfo] | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name = self.group_name

        interaction_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interaction_rules, Unset):
            interaction_rules = []
            for interaction_rules_item_data in self.interaction_rules:
                interaction_rules_item = interaction_rules_item_data.to_dict()
                interaction_rules.append(interaction_rules_item)

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if interaction_rules is not UNSET:
            field_dict["interaction_rules"] = interaction_rules
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interaction_rule_detail_info import InteractionRuleDetailInfo  # noqa: PLC0415

        d = dict(src_dict)
        group_id = d.pop("group_id", UNSET)
        if group_id is None:
            group_id = UNSET
            d["group_id"] = None

        group_name = d.pop("group_name", UNSET)
        if group_name is None:
            group_name = UNSET
            d["group_name"] = None

        _raw_interaction_rules = d.pop("interaction_rules", UNSET)
        try:
            _interaction_rules = _raw_interaction_rules
            interaction_rules: list[InteractionRuleDetailInfo] | Unset = UNSET
            if _interaction_rules is not UNSET:
                interaction_rules = []
                for interaction_rules_item_data in _interaction_rules:
                    interaction_rules_item = InteractionRuleDetailInfo.from_dict(interaction_rules_item_data)

                    interaction_rules.append(interaction_rules_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            interaction_rules = UNSET
            d["interaction_rules"] = _raw_interaction_rules

        _raw_create_time = d.pop("create_time", UNSET)
        try:
            _create_time = _raw_create_time
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_time = UNSET
            d["create_time"] = _raw_create_time

        _raw_update_time = d.pop("update_time", UNSET)
        try:
            _update_time = _raw_update_time
            update_time: datetime.datetime | Unset
            if isinstance(_update_time, Unset):
                update_time = UNSET
            else:
                update_time = datetime.datetime.fromisoformat(_update_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            update_time = UNSET
            d["update_time"] = _raw_update_time

        update_smart_live_interaction_rule_group_response = cls(
            group_id=group_id,
            group_name=group_name,
            interaction_rules=interaction_rules,
            create_time=create_time,
            update_time=update_time,
        )

        update_smart_live_interaction_rule_group_response.additional_properties = d
        return update_smart_live_interaction_rule_group_response

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
