from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interaction_rule_group_detail import InteractionRuleGroupDetail


T = TypeVar("T", bound="ListSmartLiveInteractionRuleGroupsResponse")


@_attrs_define
class ListSmartLiveInteractionRuleGroupsResponse:
    """表 6-197 响应 Body 参数

    Attributes:
        count (int | Unset): 参数解释： 互动规则总数。 取值范围： 0-1000
        interaction_rule_groups (list[InteractionRuleGroupDetail] | Unset): 互动规则库列表。
    """

    count: int | Unset = UNSET
    interaction_rule_groups: list[InteractionRuleGroupDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        interaction_rule_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interaction_rule_groups, Unset):
            interaction_rule_groups = []
            for interaction_rule_groups_item_data in self.interaction_rule_groups:
                interaction_rule_groups_item = interaction_rule_groups_item_data.to_dict()
                interaction_rule_groups.append(interaction_rule_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if interaction_rule_groups is not UNSET:
            field_dict["interaction_rule_groups"] = interaction_rule_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interaction_rule_group_detail import InteractionRuleGroupDetail  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
            d["count"] = None

        _raw_interaction_rule_groups = d.pop("interaction_rule_groups", UNSET)
        try:
            _interaction_rule_groups = _raw_interaction_rule_groups
            interaction_rule_groups: list[InteractionRuleGroupDetail] | Unset = UNSET
            if _interaction_rule_groups is not UNSET:
                interaction_rule_groups = []
                for interaction_rule_groups_item_data in _interaction_rule_groups:
                    interaction_rule_groups_item = InteractionRuleGroupDetail.from_dict(
                        interaction_rule_groups_item_data
                    )

                    interaction_rule_groups.append(interaction_rule_groups_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            interaction_rule_groups = UNSET
            d["interaction_rule_groups"] = _raw_interaction_rule_groups

        list_smart_live_interaction_rule_groups_response = cls(
            count=count,
            interaction_rule_groups=interaction_rule_groups,
        )

        list_smart_live_interaction_rule_groups_response.additional_properties = d
        return list_smart_live_interaction_rule_groups_response

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
