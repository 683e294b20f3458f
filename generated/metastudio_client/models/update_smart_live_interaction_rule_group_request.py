from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interaction_rule_info import InteractionRuleInfo


T = TypeVar("T", bound="UpdateSmartLiveInteractionRuleGroupRequest")


@_attrs_define
class UpdateSmartLiveInteractionRuleGroupRequest:
    """表 6-216 请求 Body 参数

    Attributes:
        group_name (str): 互动规则库名称
        interaction_rules (list[InteractionRuleInfo] | Unset): 互动规则列表
    """

    group_name: str
    interaction_rules: list[InteractionRuleInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        interaction_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interaction_rules, Unset):
            interaction_rules = []
            for interaction_rules_item_data in self.interaction_rules:
                interaction_rules_item = interaction_rules_item_data.to_dict()
                interaction_rules.append(interaction_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_name": group_name,
            }
        )
        if interaction_rules is not UNSET:
            field_dict["interaction_rules"] = interaction_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interaction_rule_info import InteractionRuleInfo  # noqa: PLC0415

        d = dict(src_dict)
        group_name = d.pop("group_name")

        _raw_interaction_rules = d.pop("interaction_rules", UNSET)
        try:
            _interaction_rules = _raw_interaction_rules
            interaction_rules: list[InteractionRuleInfo] | Unset = UNSET
            if _interaction_rules is not UNSET:
                interaction_rules = []
                for interaction_rules_item_data in _interaction_rules:
                    interaction_rules_item = InteractionRuleInfo.from_dict(interaction_rules_item_data)

                    interaction_rules.append(interaction_rules_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            interaction_rules = UNSET
            d["interaction_rules"] = _raw_interaction_rules

        update_smart_live_interaction_rule_group_request = cls(
            group_name=group_name,
            interaction_rules=interaction_rules,
        )

        update_smart_live_interaction_rule_group_request.additional_properties = d
        return update_smart_live_interaction_rule_group_request

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
