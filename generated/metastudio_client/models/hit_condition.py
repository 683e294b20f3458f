from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hit_condition_relation import HitConditionRelation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hit_condition_tag import HitConditionTag


T = TypeVar("T", bound="HitCondition")


@_attrs_define
class HitCondition:
    """表 6-18 HitCondition

    Attributes:
        relation (HitConditionRelation | Unset): 参数解释: 条件关系。对于多个条件的逻辑运算关系。 约束限制: 不涉及。 取值范围: • AND: 表示多个条件同时满足。 • OR:
            表示多个条件满足其一即可。 • RESERVED: 兜底回复不会去判断其他命中条件。 默认取值: 不涉及。
        priority (int | Unset): 参数解释: 优先级, 数值越低优先级越高; 取值0-999, 默认值为500, 为可选值 约束限制: 不涉及 取值范围: 0-999 默认取值: 500 Default:
            500.
        tags (list[HitConditionTag] | Unset): 匹配关系配置
    """

    relation: HitConditionRelation | Unset = UNSET
    priority: int | Unset = 500
    tags: list[HitConditionTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relation: str | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation.value

        priority = self.priority

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if relation is not UNSET:
            field_dict["relation"] = relation
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hit_condition_tag import HitConditionTag  # noqa: PLC0415

        d = dict(src_dict)
        _raw_relation = d.pop("relation", UNSET)
        try:
            _relation = _raw_relation
            relation: HitConditionRelation | Unset
            if isinstance(_relation, Unset):
                relation = UNSET
            else:
                relation = HitConditionRelation(_relation)

        except (TypeError, ValueError, KeyError, AttributeError):
            relation = UNSET
            d["relation"] = _raw_relation

        priority = d.pop("priority", UNSET)
        if priority is None:
            priority = UNSET
            d["priority"] = None

        _raw_tags = d.pop("tags", UNSET)
        try:
            _tags = _raw_tags
            tags: list[HitConditionTag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = HitConditionTag.from_dict(tags_item_data)

                    tags.append(tags_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            tags = UNSET
            d["tags"] = _raw_tags

        hit_condition = cls(
            relation=relation,
            priority=priority,
            tags=tags,
        )

        hit_condition.additional_properties = d
        return hit_condition

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
