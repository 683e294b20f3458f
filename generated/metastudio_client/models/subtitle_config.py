from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubtitleConfig")


@_attrs_define
class SubtitleConfig:
    """表 5-6 SubtitleConfig（同 表 5-44、表 5-72、表 5-125、表 5-157）; 表 6-28 SubtitleConfig; 表 6-256 SubtitleConfig; 表 7-5
    SubtitleConfig

        Attributes:
            dx (int | Unset): 参数解释: 字幕框左下角像素点坐标。 约束限制: 不涉及。 默认取值: 不涉及。 取值范围: 0-1920
            dy (int | Unset): 参数解释: 字幕框左下角像素点坐标。 约束限制: 不涉及。 默认取值: 不涉及。 取值范围: 0-1920
            font_name (str | Unset): 参数解释: 字体。当前支持的字体请参考 服务支持的字体 约束限制: 不涉及。 取值范围: 字符长度0-64位 默认取值: HarmonyOS_Sans_SC_Black
                Default: 'HarmonyOS_Sans_SC_Black'.
            font_size (int | Unset): 参数解释: 字体大小。接口的取值范围为0-120，实际业务使用的取值范围要求为24-120，请以业务实际使用要求为准。 约束限制: 不涉及。 取值范围: 0-120
                默认取值: 54 Default: 54.
            h (int | Unset): 参数解释: 字幕框高度。 约束限制: 参数h用于方便前端计算字幕框左上角坐标，后台不使用该参数。 取值范围: 0-1920
            w (int | Unset): 参数解释： 字幕框宽度。 约束限制： 字幕框宽度固定为屏幕宽度的80% 参数w用于方便前端计算字幕框左上角坐标，后台不使用该参数 取值范围： 0-1920
    """

    dx: int | Unset = UNSET
    dy: int | Unset = UNSET
    font_name: str | Unset = "HarmonyOS_Sans_SC_Black"
    font_size: int | Unset = 54
    h: int | Unset = UNSET
    w: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        font_name = self.font_name

        font_size = self.font_size

        h = self.h

        w = self.w

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dx is not UNSET:
            field_dict["dx"] = dx
        if dy is not UNSET:
            field_dict["dy"] = dy
        if font_name is not UNSET:
            field_dict["font_name"] = font_name
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if h is not UNSET:
            field_dict["h"] = h
        if w is not UNSET:
            field_dict["w"] = w

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dx = d.pop("dx", UNSET)
        if dx is None:
            dx = UNSET
            d["dx"] = None

        dy = d.pop("dy", UNSET)
        if dy is None:
            dy = UNSET
            d["dy"] = None

        font_name = d.pop("font_name", UNSET)
        if font_name is None:
            font_name = UNSET
            d["font_name"] = None

        font_size = d.pop("font_size", UNSET)
        if font_size is None:
            font_size = UNSET
            d["font_size"] = None

        h = d.pop("h", UNSET)
        if h is None:
            h = UNSET
            d["h"] = None

        w = d.pop("w", UNSET)
        if w is None:
            w = UNSET
            d["w"] = None

        subtitle_config = cls(
            dx=dx,
            dy=dy,
            font_name=font_name,
            font_size=font_size,
            h=h,
            w=w,
        )

        subtitle_config.additional_properties = d
        return subtitle_config

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
