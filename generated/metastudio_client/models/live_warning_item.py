from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_warning_item_warning_type import LiveWarningItemWarningType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveWarningItem")


@_attrs_define
class LiveWarningItem:
    """表 6-267 LiveWarningItem

    Attributes:
        warning_type (LiveWarningItemWarningType | Unset): 告警类型。 • TOO_LESS_SCRIPT_ITEMS: 段落（话术）数量太少。 •
            TOO_SHORT_SCRIPT_TIME: 段落（话术）总时长太短。 • TOO_LESS_DANMAKU_RULES: 弹幕互动规则太少。 • RANDOM_PLAY_CLOSED: 随机播放开关关闭。 •
            ROTATION_MODEL_CLOSED: 主播轮转未配置。
    """

    warning_type: LiveWarningItemWarningType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warning_type: str | Unset = UNSET
        if not isinstance(self.warning_type, Unset):
            warning_type = self.warning_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warning_type is not UNSET:
            field_dict["warning_type"] = warning_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_warning_type = d.pop("warning_type", UNSET)
        try:
            _warning_type = _raw_warning_type
            warning_type: LiveWarningItemWarningType | Unset
            if isinstance(_warning_type, Unset):
                warning_type = UNSET
            else:
                warning_type = LiveWarningItemWarningType(_warning_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            warning_type = UNSET
            d["warning_type"] = _raw_warning_type

        live_warning_item = cls(
            warning_type=warning_type,
        )

        live_warning_item.additional_properties = d
        return live_warning_item

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
