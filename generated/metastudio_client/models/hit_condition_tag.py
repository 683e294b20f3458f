from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hit_condition_tag_match import HitConditionTagMatch
from ..models.hit_condition_tag_operation import HitConditionTagOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="HitConditionTag")


@_attrs_define
class HitConditionTag:
    """表 6-19 HitConditionTag

    Attributes:
        tag (str | Unset): 参数解释: 事件内容关键字段 说明 event_type为1,2,3,4: 与 LiveEventReport中 event.content中反序列化后的 JSON字段对应。如:
            弹幕事件上报事件。 { "timestamp": 1694481224245, "type": 1, "content": "{\\"user\\":
            {\\"userId\\":\\"2027271526\\",\\"name\\":\\"\\",\\"level\\":\\"17\\",\\"bad
            geLevel\\":\\"0\\",\\"content\\":\\"\\"}} 匹配弹幕内容, 填写content; 匹配用户平台等级, 填写level。 10: 固定填写content即可。 约束限制: 不涉及
            取值范围: 字符长度0-256位 默认取值: 不涉及
        operation (HitConditionTagOperation | Unset): 参数解释: 字段取值处理 约束限制: 不涉及 取值范围: SUM: 累计 AVG: 平均 COUNT: 计数 NONE: 无处理
            默认取值: NONE Default: HitConditionTagOperation.NONE.
        match (HitConditionTagMatch | Unset): 参数解释: 匹配类型。关键词匹配建议使用 REGEX。 约束限制: 不涉及。 取值范围: • EQUAL: 完全相等 • REGEX: 正则匹配 •
            MATH_GT: 数值大于 • MATH_GE: 数值大于等于 • MATH_LT: 数值小于 • MATH_LE: 数值小于等于 • MATH_EQ: 数值相等 默认取值: 不涉及
        value (str | Unset): 参数解释: 匹配值。 约束限制: 不涉及 取值范围: 字符长度0-1024 默认取值: 不涉及。
    """

    tag: str | Unset = UNSET
    operation: HitConditionTagOperation | Unset = HitConditionTagOperation.NONE
    match: HitConditionTagMatch | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        match: str | Unset = UNSET
        if not isinstance(self.match, Unset):
            match = self.match.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
        if operation is not UNSET:
            field_dict["operation"] = operation
        if match is not UNSET:
            field_dict["match"] = match
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag = d.pop("tag", UNSET)
        if tag is None:
            tag = UNSET
            d["tag"] = None

        _raw_operation = d.pop("operation", UNSET)
        try:
            _operation = _raw_operation
            operation: HitConditionTagOperation | Unset
            if isinstance(_operation, Unset):
                operation = UNSET
            else:
                operation = HitConditionTagOperation(_operation)

        except (TypeError, ValueError, KeyError, AttributeError):
            operation = UNSET
            d["operation"] = _raw_operation

        _raw_match = d.pop("match", UNSET)
        try:
            _match = _raw_match
            match: HitConditionTagMatch | Unset
            if isinstance(_match, Unset):
                match = UNSET
            else:
                match = HitConditionTagMatch(_match)

        except (TypeError, ValueError, KeyError, AttributeError):
            match = UNSET
            d["match"] = _raw_match

        value = d.pop("value", UNSET)
        if value is None:
            value = UNSET
            d["value"] = None

        hit_condition_tag = cls(
            tag=tag,
            operation=operation,
            match=match,
            value=value,
        )

        hit_condition_tag.additional_properties = d
        return hit_condition_tag

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
