from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comment_log_info_comment_type import CommentLogInfoCommentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentLogInfo")


@_attrs_define
class CommentLogInfo:
    """表 8-23 CommentLogInfo

    Attributes:
        operate_time (datetime.datetime | Unset): 操作时间,格式遵循: RFC 3339。例 “2020-07-30T10:43:17Z”
        comment_type (CommentLogInfoCommentType | Unset): USER_REJECT: 用户驳回 USER_COMMENT: 用户评论 ADMIN_COMMENT: 管理员评论
        comment_title (str | Unset): 标题。
        comment_message (str | Unset): 消息。
        attachment_download_url (list[str] | Unset): 附件下载地址
    """

    operate_time: datetime.datetime | Unset = UNSET
    comment_type: CommentLogInfoCommentType | Unset = UNSET
    comment_title: str | Unset = UNSET
    comment_message: str | Unset = UNSET
    attachment_download_url: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operate_time: str | Unset = UNSET
        if not isinstance(self.operate_time, Unset):
            operate_time = self.operate_time.isoformat()

        comment_type: str | Unset = UNSET
        if not isinstance(self.comment_type, Unset):
            comment_type = self.comment_type.value

        comment_title = self.comment_title

        comment_message = self.comment_message

        attachment_download_url: list[str] | Unset = UNSET
        if not isinstance(self.attachment_download_url, Unset):
            attachment_download_url = self.attachment_download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operate_time is not UNSET:
            field_dict["operate_time"] = operate_time
        if comment_type is not UNSET:
            field_dict["comment_type"] = comment_type
        if comment_title is not UNSET:
            field_dict["comment_title"] = comment_title
        if comment_message is not UNSET:
            field_dict["comment_message"] = comment_message
        if attachment_download_url is not UNSET:
            field_dict["attachment_download_url"] = attachment_download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_operate_time = d.pop("operate_time", UNSET)
        try:
            _operate_time = _raw_operate_time
            operate_time: datetime.datetime | Unset
            if isinstance(_operate_time, Unset):
                operate_time = UNSET
            else:
                operate_time = datetime.datetime.fromisoformat(_operate_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            operate_time = UNSET
            d["operate_time"] = _raw_operate_time

        _raw_comment_type = d.pop("comment_type", UNSET)
        try:
            _comment_type = _raw_comment_type
            comment_type: CommentLogInfoCommentType | Unset
            if isinstance(_comment_type, Unset):
                comment_type = UNSET
            else:
                comment_type = CommentLogInfoCommentType(_comment_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            comment_type = UNSET
            d["comment_type"] = _raw_comment_type

        comment_title = d.pop("comment_title", UNSET)
        if comment_title is None:
            comment_title = UNSET
            d["comment_title"] = None

        comment_message = d.pop("comment_message", UNSET)
        if comment_message is None:
            comment_message = UNSET
            d["comment_message"] = None

        attachment_download_url = d.pop("attachment_download_url", UNSET)
        if not isinstance(attachment_download_url, Unset | list):
            d["attachment_download_url"] = attachment_download_url
            attachment_download_url = UNSET

        comment_log_info = cls(
            operate_time=operate_time,
            comment_type=comment_type,
            comment_title=comment_title,
            comment_message=comment_message,
            attachment_download_url=attachment_download_url,
        )

        comment_log_info.additional_properties = d
        return comment_log_info

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
