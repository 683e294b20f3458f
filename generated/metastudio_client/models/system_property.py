from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_property_action import SystemPropertyAction
from ..models.system_property_key import SystemPropertyKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemProperty")


@_attrs_define
class SystemProperty:
    """表 4-24 SystemProperty

    Attributes:
        action (SystemPropertyAction | Unset): 参数解释: 操作。 约束限制: 系统属性仅为系统设置，普通用户无法修改。 取值范围: • ADD: 增加 • DELETE: 删除 默认取值:
            不涉及
        key (SystemPropertyKey | Unset): 参数解释： 系统属性条目。 约束限制： 系统属性仅为系统设置，普通用户无法修改。 取值范围： 公共资产属性： ●
            BACKGROUND_IMG：视频制作的背景图片。value设置成Yes ● CREATED_BY_PLATFORM：是否平台生成。 分身数字人资产属性： ●
            MATERIAL_IMG：素材图片，用作图片图层。value设置成Yes，否则控制台视频制作、直播等界面的贴图区域，将无法看到此图片。 ●
            MATERIAL_VIDEO：素材视频，用作视频图层。value设置成Yes，否则控制台视频制作、直播等界面的视频区域，将无法看到此视频。 ● DIGITAL_HUMAN_2D_VIDEO：分身数字人视频。 ●
            DIGITAL_HUMAN_3D_VIDEO：3D数字人视频。 ● BUSINESS_CARD_VIDEO：名片视频。 ● BUSSINESS_CARD_VIDEO：名片视频(过期) ●
            PHOTO_VIDEO：照片数字人视频。 视频翻译资产属性： ● TO_BE_TRANSLATED_VIDEO：视频翻译的源视频。可取值Yes。 ● TRANSLATED_VIDEO：视频翻译后的视频 3D数字人资产属性：
            ● STYLE_ID：风格Id。 ● DH_ID：数字人ID(尚未启用)。 PLATFORM_AVAILABLE: 是否平台可用(尚未启用)。 RENDER_ENGINE:
            引擎类型。value可选UE或MetaEngine。 BACKGROUND_SCENE: 视频制作的2D背景场景。value可选Horizontal (横屏) 或者Vertical (竖屏)。
            LAYER_CONFIG_ENABLE: 可用前景图层配置 MEITUAN_MATERIAL_APPROVED: 美团平台已审核标识, value设置成YES。 默认取值: 不涉及
        value (str | Unset): 参数解释: 系统属性属性值。 约束限制: 系统属性仅为系统设置, 普通用户无法修改。 取值范围: 字符长度1-1024位 默认取值 不涉及
    """

    action: SystemPropertyAction | Unset = UNSET
    key: SystemPropertyKey | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        key: str | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_action = d.pop("action", UNSET)
        try:
            _action = _raw_action
            action: SystemPropertyAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = SystemPropertyAction(_action)

        except (TypeError, ValueError, KeyError, AttributeError):
            action = UNSET
            d["action"] = _raw_action

        _raw_key = d.pop("key", UNSET)
        try:
            _key = _raw_key
            key: SystemPropertyKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = SystemPropertyKey(_key)

        except (TypeError, ValueError, KeyError, AttributeError):
            key = UNSET
            d["key"] = _raw_key

        value = d.pop("value", UNSET)
        if value is None:
            value = UNSET
            d["value"] = None

        system_property = cls(
            action=action,
            key=key,
            value=value,
        )

        system_property.additional_properties = d
        return system_property

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
