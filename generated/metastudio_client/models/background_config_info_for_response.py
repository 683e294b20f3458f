from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_config_info_for_response_background_type import BackgroundConfigInfoForResponseBackgroundType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundConfigInfoForResponse")


@_attrs_define
class BackgroundConfigInfoForResponse:
    """表 5-51 BackgroundConfigInfo（同 表 5-162）; 表 6-58 BackgroundConfigInfo; 表 7-40 BackgroundConfigInfo

    Attributes:
        background_type (BackgroundConfigInfoForResponseBackgroundType | Unset): 参数解释: 背景类型。 约束限制: 不涉及。 取值范围: • IMAGE:
            图片背景, 指定图片用作分身数字人背景。 • COLOR: 纯色背景, 指定颜色RGB值作为分身数字人背景。 默认取值: 不涉及
        background_config (str | Unset): 参数解释: 背景文件的URL。 约束限制: • 仅直播支持外部URL, 其他业务通过资产库查询获取, 不支持外部URL。 •
            background_type=IMAGE时需要填写。 取值范围: 字符长度1-2048位 默认取值: 不涉及。
        background_color_config (str | Unset): 参数解释: 纯色背景的RGB颜色值。 约束限制: background_type=COLOR时需要填写。 取值范围: 字符长度0-16位
            默认取值: #FFFFFF Default: '#FFFFFF'.
        background_asset_id (str | Unset): 参数解释: 背景资产ID。 说明 背景是背景图片时, 填图片资产ID。 约束限制: 不涉及 取值范围: 字符长度0-64位 默认取值: 不涉及
    """

    background_type: BackgroundConfigInfoForResponseBackgroundType | Unset = UNSET
    background_config: str | Unset = UNSET
    background_color_config: str | Unset = "#FFFFFF"
    background_asset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_type: str | Unset = UNSET
        if not isinstance(self.background_type, Unset):
            background_type = self.background_type.value

        background_config = self.background_config

        background_color_config = self.background_color_config

        background_asset_id = self.background_asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_type is not UNSET:
            field_dict["background_type"] = background_type
        if background_config is not UNSET:
            field_dict["background_config"] = background_config
        if background_color_config is not UNSET:
            field_dict["background_color_config"] = background_color_config
        if background_asset_id is not UNSET:
            field_dict["background_asset_id"] = background_asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_background_type = d.pop("background_type", UNSET)
        try:
            _background_type = _raw_background_type
            background_type: BackgroundConfigInfoForResponseBackgroundType | Unset
            if isinstance(_background_type, Unset):
                background_type = UNSET
            else:
                background_type = BackgroundConfigInfoForResponseBackgroundType(_background_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            background_type = UNSET
            d["background_type"] = _raw_background_type

        background_config = d.pop("background_config", UNSET)
        if background_config is None:
            background_config = UNSET
            d["background_config"] = None

        background_color_config = d.pop("background_color_config", UNSET)
        if background_color_config is None:
            background_color_config = UNSET
            d["background_color_config"] = None

        background_asset_id = d.pop("background_asset_id", UNSET)
        if background_asset_id is None:
            background_asset_id = UNSET
            d["background_asset_id"] = None

        background_config_info_for_response = cls(
            background_type=background_type,
            background_config=background_config,
            background_color_config=background_color_config,
            background_asset_id=background_asset_id,
        )

        background_config_info_for_response.additional_properties = d
        return background_config_info_for_response

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
