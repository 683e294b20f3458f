from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tts_audition_error_response_error_code import TtsAuditionErrorResponseErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsAuditionErrorResponse")


@_attrs_define
class TtsAuditionErrorResponse:
    """表 10-5 响应 Body 参数 (同 表 10-6、表 10-11、表 10-12)

    Attributes:
        error_code (TtsAuditionErrorResponseErrorCode | Unset): 业务返回码 • MSS.000000001 - 失败 • MSS.000000002 - 内部错误 •
            MSS.000000003 - 非法参数 • MSS.000000004 - 非法访问，未鉴权或者鉴权失败
        error_msg (str | Unset): 返回描述
        request_id (str | Unset): 请求唯一标识
    """

    error_code: TtsAuditionErrorResponseErrorCode | Unset = UNSET
    error_msg: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code.value

        error_msg = self.error_msg

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_error_code = d.pop("error_code", UNSET)
        try:
            _error_code = _raw_error_code
            error_code: TtsAuditionErrorResponseErrorCode | Unset
            if isinstance(_error_code, Unset):
                error_code = UNSET
            else:
                error_code = TtsAuditionErrorResponseErrorCode(_error_code)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_code = UNSET
            d["error_code"] = _raw_error_code

        error_msg = d.pop("error_msg", UNSET)
        if error_msg is None:
            error_msg = UNSET
            d["error_msg"] = None

        request_id = d.pop("request_id", UNSET)
        if request_id is None:
            request_id = UNSET
            d["request_id"] = None

        tts_audition_error_response = cls(
            error_code=error_code,
            error_msg=error_msg,
            request_id=request_id,
        )

        tts_audition_error_response.additional_properties = d
        return tts_audition_error_response

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
