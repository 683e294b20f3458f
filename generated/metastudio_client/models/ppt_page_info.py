from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PPTPageInfo")


@_attrs_define
class PPTPageInfo:
    """表 4-12 PPTPageInfo

    Attributes:
        page_no (int | Unset): 参数解释: 页面编号。 约束限制: 不涉及 取值范围: 1-256
        file_id (str | Unset): 参数解释: 页面对应图片文件ID。 约束限制: 不涉及 取值范围: 字符长度1-64位 默认取值: 不涉及
        page_content (str | Unset): 参数解释: 页面对应图片文件ID 约束限制: 不涉及 取值范围: 字符长度0-2048位 默认取值: 不涉及。
    """

    page_no: int | Unset = UNSET
    file_id: str | Unset = UNSET
    page_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_no = self.page_no

        file_id = self.file_id

        page_content = self.page_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_no is not UNSET:
            field_dict["page_no"] = page_no
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if page_content is not UNSET:
            field_dict["page_content"] = page_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_no = d.pop("page_no", UNSET)
        if page_no is None:
            page_no = UNSET
            d["page_no"] = None

        file_id = d.pop("file_id", UNSET)
        if file_id is None:
            file_id = UNSET
            d["file_id"] = None

        page_content = d.pop("page_content", UNSET)
        if page_content is None:
            page_content = UNSET
            d["page_content"] = None

        ppt_page_info = cls(
            page_no=page_no,
            file_id=file_id,
            page_content=page_content,
        )

        ppt_page_info.additional_properties = d
        return ppt_page_info

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
