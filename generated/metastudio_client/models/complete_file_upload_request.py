from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complete_file_upload_request_state import CompleteFileUploadRequestState

T = TypeVar("T", bound="CompleteFileUploadRequest")


@_attrs_define
class CompleteFileUploadRequest:
    """表 4-191 请求 Body 参数

    Attributes:
        state (CompleteFileUploadRequestState): 参数解释： 文件上传状态。 约束限制： 不涉及 取值范围： • CREATED：上传完成 • FAILED：上传失败 •
            CANCELLED：取消上传 默认取值： 不涉及
    """

    state: CompleteFileUploadRequestState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = CompleteFileUploadRequestState(d.pop("state"))

        complete_file_upload_request = cls(
            state=state,
        )

        complete_file_upload_request.additional_properties = d
        return complete_file_upload_request

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
