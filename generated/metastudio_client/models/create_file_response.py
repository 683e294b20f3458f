from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFileResponse")


@_attrs_define
class CreateFileResponse:
    """表 4-180 响应 Body 参数

    Attributes:
        file_id (str | Unset): 文件ID。
        upload_url (str | Unset): 文件上传地址，有效期为24小时。 说明 调用OBS的“ PUT上传 ”接口上传文件。 调用上述接口时，Content-
            MD5头必须填写，填写的值跟file_md5中的值相同，md5值获取详情请参考 使用Java代码生成文件内容的MD5值 。 调用上述接口时，Content-Type头必须填写，填写的值根据不同的文件类型有所不同。
            文件类型为gif，Content-Type填写image/gif 文件类型为jpeg、jpg，Content-Type填写image/jpeg 文件类型为png，Content-Type填写image/png
            文件类型为mp4，Content-Type填写video/mp4 文件类型为mp3，Content-Type填写audio/mp3 文件类型为wav，Content-Type填写audio/wav
            其余所有类型，Content-Type填写application/octet-stream
    """

    file_id: str | Unset = UNSET
    upload_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)
        if file_id is None:
            file_id = UNSET
            d["file_id"] = None

        upload_url = d.pop("upload_url", UNSET)
        if upload_url is None:
            upload_url = UNSET
            d["upload_url"] = None

        create_file_response = cls(
            file_id=file_id,
            upload_url=upload_url,
        )

        create_file_response.additional_properties = d
        return create_file_response

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
