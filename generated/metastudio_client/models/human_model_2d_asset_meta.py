from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_model_2d_asset_meta_model_resolution import HumanModel2DAssetMetaModelResolution
from ..models.human_model_2d_asset_meta_model_version import HumanModel2DAssetMetaModelVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_tag_info import ActionTagInfo


T = TypeVar("T", bound="HumanModel2DAssetMeta")


@_attrs_define
class HumanModel2DAssetMeta:
    """表 4-18 HumanModel2DAssetMeta

    Attributes:
        is_action_editable (bool | Unset): 参数解释: 分身数字人的动作是否可编辑 约束限制: 不涉及 取值范围: • true: 动作可编辑 • false: 动作不可编辑 默认取值: false
            Default: False.
        is_real_background (bool | Unset): 参数解释: 是否是实景分身数字人 约束限制: 实景分身数字人不做背景替换。 取值范围: • true: 实景分身数字人 • false:
            普通分身数字人，不带背景。 默认取值: false Default: False.
        support_live (bool | Unset): 参数解释: 是否支持直播 约束限制: 不涉及 取值范围: • true: 支持直播 • false: 不支持直播。 默认取值: false Default:
            False.
        model_version (HumanModel2DAssetMetaModelVersion | Unset): 参数解释: 分身数字人模型版本 约束限制: 不涉及 取值范围: • V2: V2版本模型 • V3:
            V3版本模型 • V3_2: V3.2版本模型 默认取值: V2 Default: HumanModel2DAssetMetaModelVersion.V2.
        model_resolution (HumanModel2DAssetMetaModelResolution | Unset): 参数解释: 分身数字人模型分辨率。 约束限制: 不涉及 取值范围: • 1080P:
            1080P。支持1080P及720P的视频输出。 • 4K: 4K。支持4K、1080P及720P的视频输出。 默认取值: 1080P Default:
            HumanModel2DAssetMetaModelResolution.VALUE_0.
        device_names (list[str] | Unset): 参数解释: 已执行编译任务设备类型列表。 约束限制: 支持走动的数字人，当前仅用于视频制作，不能用于直播和智能交互 取值范围: 设备名称列表最多16个。
            设备名称字符长度1-64位。 默认取值: false
        is_with_action_library (bool | Unset): 分身数字人是否带原子动作库。 说明 • 带原子动作库的分身数字人可做动作编排。 默认取值: false Default: False.
        action_tag_map (list[ActionTagInfo] | Unset): 动作标签映射。
        is_flexus (bool | Unset): 是否是Flexus版本分身数字人。 默认取值: false Default: False.
    """

    is_action_editable: bool | Unset = False
    is_real_background: bool | Unset = False
    support_live: bool | Unset = False
    model_version: HumanModel2DAssetMetaModelVersion | Unset = HumanModel2DAssetMetaModelVersion.V2
    model_resolution: HumanModel2DAssetMetaModelResolution | Unset = HumanModel2DAssetMetaModelResolution.VALUE_0
    device_names: list[str] | Unset = UNSET
    is_with_action_library: bool | Unset = False
    action_tag_map: list[ActionTagInfo] | Unset = UNSET
    is_flexus: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_action_editable = self.is_action_editable

        is_real_background = self.is_real_background

        support_live = self.support_live

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version.value

        model_resolution: str | Unset = UNSET
        if not isinstance(self.model_resolution, Unset):
            model_resolution = self.model_resolution.value

        device_names: list[str] | Unset = UNSET
        if not isinstance(self.device_names, Unset):
            device_names = self.device_names

        is_with_action_library = self.is_with_action_library

        action_tag_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_tag_map, Unset):
            action_tag_map = []
            for action_tag_map_item_data in self.action_tag_map:
                action_tag_map_item = action_tag_map_item_data.to_dict()
                action_tag_map.append(action_tag_map_item)

        is_flexus = self.is_flexus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_action_editable is not UNSET:
            field_dict["is_action_editable"] = is_action_editable
        if is_real_background is not UNSET:
            field_dict["is_real_background"] = is_real_background
        if support_live is not UNSET:
            field_dict["support_live"] = support_live
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if model_resolution is not UNSET:
            field_dict["model_resolution"] = model_resolution
        if device_names is not UNSET:
            field_dict["device_names"] = device_names
        if is_with_action_library is not UNSET:
            field_dict["is_with_action_library"] = is_with_action_library
        if action_tag_map is not UNSET:
            field_dict["action_tag_map"] = action_tag_map
        if is_flexus is not UNSET:
            field_dict["is_flexus"] = is_flexus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_tag_info import ActionTagInfo  # noqa: PLC0415

        d = dict(src_dict)
        is_action_editable = d.pop("is_action_editable", UNSET)
        if is_action_editable is None:
            is_action_editable = UNSET
            d["is_action_editable"] = None

        is_real_background = d.pop("is_real_background", UNSET)
        if is_real_background is None:
            is_real_background = UNSET
            d["is_real_background"] = None

        support_live = d.pop("support_live", UNSET)
        if support_live is None:
            support_live = UNSET
            d["support_live"] = None

        _raw_model_version = d.pop("model_version", UNSET)
        try:
            _model_version = _raw_model_version
            model_version: HumanModel2DAssetMetaModelVersion | Unset
            if isinstance(_model_version, Unset):
                model_version = UNSET
            else:
                model_version = HumanModel2DAssetMetaModelVersion(_model_version)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_version = UNSET
            d["model_version"] = _raw_model_version

        _raw_model_resolution = d.pop("model_resolution", UNSET)
        try:
            _model_resolution = _raw_model_resolution
            model_resolution: HumanModel2DAssetMetaModelResolution | Unset
            if isinstance(_model_resolution, Unset):
                model_resolution = UNSET
            else:
                model_resolution = HumanModel2DAssetMetaModelResolution(_model_resolution)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_resolution = UNSET
            d["model_resolution"] = _raw_model_resolution

        device_names = d.pop("device_names", UNSET)
        if not isinstance(device_names, Unset | list):
            d["device_names"] = device_names
            device_names = UNSET

        is_with_action_library = d.pop("is_with_action_library", UNSET)
        if is_with_action_library is None:
            is_with_action_library = UNSET
            d["is_with_action_library"] = None

        _raw_action_tag_map = d.pop("action_tag_map", UNSET)
        try:
            _action_tag_map = _raw_action_tag_map
            action_tag_map: list[ActionTagInfo] | Unset = UNSET
            if _action_tag_map is not UNSET:
                action_tag_map = []
                for action_tag_map_item_data in _action_tag_map:
                    action_tag_map_item = ActionTagInfo.from_dict(action_tag_map_item_data)

                    action_tag_map.append(action_tag_map_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            action_tag_map = UNSET
            d["action_tag_map"] = _raw_action_tag_map

        is_flexus = d.pop("is_flexus", UNSET)
        if is_flexus is None:
            is_flexus = UNSET
            d["is_flexus"] = None

        human_model_2d_asset_meta = cls(
            is_action_editable=is_action_editable,
            is_real_background=is_real_background,
            support_live=support_live,
            model_version=model_version,
            model_resolution=model_resolution,
            device_names=device_names,
            is_with_action_library=is_with_action_library,
            action_tag_map=action_tag_map,
            is_flexus=is_flexus,
        )

        human_model_2d_asset_meta.additional_properties = d
        return human_model_2d_asset_meta

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
