from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_large_file_request_asset_file_category import CreateLargeFileRequestAssetFileCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLargeFileRequest")


@_attrs_define
class CreateLargeFileRequest:
    """表 4-198 请求 Body 参数

    Attributes:
        file_name (str): 文件名，不区分大小写，最大长度256，最小长度1。
        file_type (str): 文件类型（默认提取文件后缀）。
        asset_id (str): 资产ID。
        asset_file_category (CreateLargeFileRequestAssetFileCategory): 文件在资产中的分类。每种资产类型包含的文件分类不同。 • MAIN：主文件 •
            OTHER：其他文件
        file_size (int | Unset): 文件总的大小，最小1，最大536870912000。 取值范围： 1-536870912000
        file_multipart_count (int | Unset): ORI4K文件分段上传数量，默认值为1 取值范围： 1-100 默认取值： 1 Default: 1.
    """

    file_name: str
    file_type: str
    asset_id: str
    asset_file_category: CreateLargeFileRequestAssetFileCategory
    file_size: int | Unset = UNSET
    file_multipart_count: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_type = self.file_type

        asset_id = self.asset_id

        asset_file_category = self.asset_file_category.value

        file_size = self.file_size

        file_multipart_count = self.file_multipart_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_name": file_name,
                "file_type": file_type,
                "asset_id": asset_id,
                "asset_file_category": asset_file_category,
            }
        )
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if file_multipart_count is not UNSET:
            field_dict["file_multipart_count"] = file_multipart_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")

        file_type = d.pop("file_type")

        asset_id = d.pop("asset_id")

        asset_file_category = CreateLargeFileRequestAssetFileCategory(d.pop("asset_file_category"))

        file_size = d.pop("file_size", UNSET)
        if file_size is None:
            file_size = UNSET
            d["file_size"] = None

        file_multipart_count = d.pop("file_multipart_count", UNSET)
        if file_multipart_count is None:
            file_multipart_count = UNSET
            d["file_multipart_count"] = None

        create_large_file_request = cls(
            file_name=file_name,
            file_type=file_type,
            asset_id=asset_id,
            asset_file_category=asset_file_category,
            file_size=file_size,
            file_multipart_count=file_multipart_count,
        )

        create_large_file_request.additional_properties = d
        return create_large_file_request

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
