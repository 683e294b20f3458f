from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLargeFileResponse")


@_attrs_define
class CreateLargeFileResponse:
    """表 4-200 响应 Body 参数

    Attributes:
        file_id (str | Unset): 文件ID。
        upload_urls (list[str] | Unset): 文件分段上传URL。
    """

    file_id: str | Unset = UNSET
    upload_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        upload_urls: list[str] | Unset = UNSET
        if not isinstance(self.upload_urls, Unset):
            upload_urls = self.upload_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if upload_urls is not UNSET:
            field_dict["upload_urls"] = upload_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)
        if file_id is None:
            file_id = UNSET
            d["file_id"] = None

        upload_urls = d.pop("upload_urls", UNSET)
        if not isinstance(upload_urls, Unset | list):
            d["upload_urls"] = upload_urls
            upload_urls = UNSET

        create_large_file_response = cls(
            file_id=file_id,
            upload_urls=upload_urls,
        )

        create_large_file_response.additional_properties = d
        return create_large_file_response

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
