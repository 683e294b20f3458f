from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hit_condition import HitCondition
    from ..models.review_config import ReviewConfig
    from ..models.trigger_process_for_response import TriggerProcessForResponse


T = TypeVar("T", bound="InteractionRuleDetailInfo")


@_attrs_define
class InteractionRuleDetailInfo:
    """表 6-199 InteractionRuleDetailInfo

    Attributes:
        rule_index (str | Unset): 参数解释： 规则索引。用于触发规则时索引具体规则。 约束限制： 无需用户填写。 取值范围： 字符0-64位 默认取值： 不涉及。
        rule_name (str | Unset): 参数解释： 规则名称。 约束限制： 不涉及。 取值范围： 字符0-256位 默认取值： 不涉及。
        enabled (bool | Unset): 参数解释： 是否启用。 约束限制： 不涉及。 取值范围： • true: 启用 • false: 不启用 默认取值： true Default: True.
        event_type (int | Unset): 参数解释: 规则匹配直播事件类型。接口的取值范围 [0,100]，实际业务取值如下所示： • 1: 弹幕事件 • 2: 用户入场事件 • 3: 用户点赞事件 • 4:
            用户送礼事件 • 10: 预置话术事件 请以实际业务取值为准。 说明 • 1,2,3,4: 与LiveEventReport中的event.type对应。 • 10: 匹配预置剧本 约束限制: 不涉及。 默认取值: 不涉及
            取值范围: 0-100
        hit_condition (HitCondition | Unset): 表 6-18 HitCondition
        trigger (TriggerProcessForResponse | Unset): 表 6-73 TriggerProcess
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
        rule_id (str | Unset): 互动规则ID
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
    """

    rule_index: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    enabled: bool | Unset = True
    event_type: int | Unset = UNSET
    hit_condition: HitCondition | Unset = UNSET
    trigger: TriggerProcessForResponse | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    rule_id: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_index = self.rule_index

        rule_name = self.rule_name

        enabled = self.enabled

        event_type = self.event_type

        hit_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hit_condition, Unset):
            hit_condition = self.hit_condition.to_dict()

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        rule_id = self.rule_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_index is not UNSET:
            field_dict["rule_index"] = rule_index
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if hit_condition is not UNSET:
            field_dict["hit_condition"] = hit_condition
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hit_condition import HitCondition  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.trigger_process_for_response import TriggerProcessForResponse  # noqa: PLC0415

        d = dict(src_dict)
        rule_index = d.pop("rule_index", UNSET)
        if rule_index is None:
            rule_index = UNSET
            d["rule_index"] = None

        rule_name = d.pop("rule_name", UNSET)
        if rule_name is None:
            rule_name = UNSET
            d["rule_name"] = None

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
            d["enabled"] = None

        event_type = d.pop("event_type", UNSET)
        if event_type is None:
            event_type = UNSET
            d["event_type"] = None

        _raw_hit_condition = d.pop("hit_condition", UNSET)
        try:
            _hit_condition = _raw_hit_condition
            hit_condition: HitCondition | Unset
            if isinstance(_hit_condition, Unset):
                hit_condition = UNSET
            else:
                hit_condition = HitCondition.from_dict(_hit_condition)

        except (TypeError, ValueError, KeyError, AttributeError):
            hit_condition = UNSET
            d["hit_condition"] = _raw_hit_condition

        _raw_trigger = d.pop("trigger", UNSET)
        try:
            _trigger = _raw_trigger
            trigger: TriggerProcessForResponse | Unset
            if isinstance(_trigger, Unset):
                trigger = UNSET
            else:
                trigger = TriggerProcessForResponse.from_dict(_trigger)

        except (TypeError, ValueError, KeyError, AttributeError):
            trigger = UNSET
            d["trigger"] = _raw_trigger

        _raw_review_config = d.pop("review_config", UNSET)
        try:
            _review_config = _raw_review_config
            review_config: ReviewConfig | Unset
            if isinstance(_review_config, Unset):
                review_config = UNSET
            else:
                review_config = ReviewConfig.from_dict(_review_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            review_config = UNSET
            d["review_config"] = _raw_review_config

        rule_id = d.pop("rule_id", UNSET)
        if rule_id is None:
            rule_id = UNSET
            d["rule_id"] = None

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

        interaction_rule_detail_info = cls(
            rule_index=rule_index,
            rule_name=rule_name,
            enabled=enabled,
            event_type=event_type,
            hit_condition=hit_condition,
            trigger=trigger,
            review_config=review_config,
            rule_id=rule_id,
            create_time=create_time,
            update_time=update_time,
        )

        interaction_rule_detail_info.additional_properties = d
        return interaction_rule_detail_info

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
