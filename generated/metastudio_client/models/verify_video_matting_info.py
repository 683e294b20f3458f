from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_video_matting_info_method import VerifyVideoMattingInfoMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyVideoMattingInfo")


@_attrs_define
class VerifyVideoMattingInfo:
    """表 8-22 VerifyVideoMattingInfo

    Attributes:
        dx (int | Unset): 区域左上角像素点的X轴位置值。 取值范围: 0-3840
        dy (int | Unset): 区域左上角像素点的Y轴位置值。 取值范围: 0-3840
        width (int | Unset): 区域宽度像素值。 取值范围: 1-7680
        height (int | Unset): 区域高度像素值。 取值范围: 1-7680
        method (VerifyVideoMattingInfoMethod | Unset): 资源操作类型。 RESERVED: 视频不需要抠绿的区域。 DELETE: 视频需要抠绿的区域。 NO_DEGREEN:
            视频不需要去绿的区域。
    """

    dx: int | Unset = UNSET
    dy: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    method: VerifyVideoMattingInfoMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        width = self.width

        height = self.height

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dx is not UNSET:
            field_dict["dx"] = dx
        if dy is not UNSET:
            field_dict["dy"] = dy
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if method is not UNSET:
            field_dict["method"] = method

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

        width = d.pop("width", UNSET)
        if width is None:
            width = UNSET
            d["width"] = None

        height = d.pop("height", UNSET)
        if height is None:
            height = UNSET
            d["height"] = None

        _raw_method = d.pop("method", UNSET)
        try:
            _method = _raw_method
            method: VerifyVideoMattingInfoMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = VerifyVideoMattingInfoMethod(_method)

        except (TypeError, ValueError, KeyError, AttributeError):
            method = UNSET
            d["method"] = _raw_method

        verify_video_matting_info = cls(
            dx=dx,
            dy=dy,
            width=width,
            height=height,
            method=method,
        )

        verify_video_matting_info.additional_properties = d
        return verify_video_matting_info

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
