from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentData")


@_attrs_define
class CommentData:
    """表 8-49 CommentData

    Attributes:
        comment_title (str | Unset): 标题。
        comment_message (str | Unset): 消息。
        attachment_name (list[str] | Unset): 附件名字
    """

    comment_title: str | Unset = UNSET
    comment_message: str | Unset = UNSET
    attachment_name: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment_title = self.comment_title

        comment_message = self.comment_message

        attachment_name: list[str] | Unset = UNSET
        if not isinstance(self.attachment_name, Unset):
            attachment_name = self.attachment_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment_title is not UNSET:
            field_dict["comment_title"] = comment_title
        if comment_message is not UNSET:
            field_dict["comment_message"] = comment_message
        if attachment_name is not UNSET:
            field_dict["attachment_name"] = attachment_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment_title = d.pop("comment_title", UNSET)
        if comment_title is None:
            comment_title = UNSET
            d["comment_title"] = None

        comment_message = d.pop("comment_message", UNSET)
        if comment_message is None:
            comment_message = UNSET
            d["comment_message"] = None

        attachment_name = d.pop("attachment_name", UNSET)
        if not isinstance(attachment_name, Unset | list):
            d["attachment_name"] = attachment_name
            attachment_name = UNSET

        comment_data = cls(
            comment_title=comment_title,
            comment_message=comment_message,
            attachment_name=attachment_name,
        )

        comment_data.additional_properties = d
        return comment_data

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
