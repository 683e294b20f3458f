from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_asset_meta_mode import ImageAssetMetaMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo


T = TypeVar("T", bound="ImageAssetMeta")


@_attrs_define
class ImageAssetMeta:
    """表 4-20 ImageAssetMeta

    Attributes:
        codec (str | Unset): 参数解释: 图片编码格式。 约束限制: 用户无需填写，系统自行提取。 取值范围: 字符长度0-32位。 默认取值: 不涉及。
        width (int | Unset): 参数解释: 图片宽度。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及。 取值范围: 0-8196
        height (int | Unset): 参数解释: 图片高度。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及。 取值范围: 0-8196
        size (int | Unset): 参数解释: 图片大小。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及。 取值范围: 0-9223372036854775807
        mode (ImageAssetMetaMode | Unset): 参数解释: 图片形态。 约束限制: 用户无需填写，系统自行提取。 取值范围: • Horizontal: 横向 • Vertical: 纵向 默认取值:
            不涉及。
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
    """

    codec: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    size: int | Unset = UNSET
    mode: ImageAssetMetaMode | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        codec = self.codec

        width = self.width

        height = self.height

        size = self.size

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codec is not UNSET:
            field_dict["codec"] = codec
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if size is not UNSET:
            field_dict["size"] = size
        if mode is not UNSET:
            field_dict["mode"] = mode
        if error_info is not UNSET:
            field_dict["error_info"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        d = dict(src_dict)
        codec = d.pop("codec", UNSET)
        if codec is None:
            codec = UNSET
            d["codec"] = None

        width = d.pop("width", UNSET)
        if width is None:
            width = UNSET
            d["width"] = None

        height = d.pop("height", UNSET)
        if height is None:
            height = UNSET
            d["height"] = None

        size = d.pop("size", UNSET)
        if size is None:
            size = UNSET
            d["size"] = None

        _raw_mode = d.pop("mode", UNSET)
        try:
            _mode = _raw_mode
            mode: ImageAssetMetaMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = ImageAssetMetaMode(_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            mode = UNSET
            d["mode"] = _raw_mode

        _raw_error_info = d.pop("error_info", UNSET)
        try:

            def _parse_error_info(data: object) -> ErrorInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_info_type_0 = ErrorInfo.from_dict(data)

                    return componentsschemas_error_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorInfo | None | Unset, data)

            error_info = _parse_error_info(_raw_error_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_info = UNSET
            d["error_info"] = _raw_error_info

        image_asset_meta = cls(
            codec=codec,
            width=width,
            height=height,
            size=size,
            mode=mode,
            error_info=error_info,
        )

        image_asset_meta.additional_properties = d
        return image_asset_meta

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
