from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execute_digital_human_model_training_job_command_response_commond_result import (
    ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multipart_upload_info import MultipartUploadInfo


T = TypeVar("T", bound="ExecuteDigitalHumanModelTrainingJobCommandResponse")


@_attrs_define
class ExecuteDigitalHumanModelTrainingJobCommandResponse:
    """表 8-51 响应 Body 参数

    Attributes:
        commond_result (ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult | Unset): 命令执行结果。
            EXCUTE_SUCCESS: 命令提交成功 EXCUTE_FAILED: 命令提交失败
        attachment_upload_url (list[str] | Unset): 附件上传地址
        multipart_data (list[MultipartUploadInfo] | Unset): 训练视频已上传分片信息
        excute_failed_msg (str | Unset): 命令执行失败原因描述
    """

    commond_result: ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult | Unset = UNSET
    attachment_upload_url: list[str] | Unset = UNSET
    multipart_data: list[MultipartUploadInfo] | Unset = UNSET
    excute_failed_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commond_result: str | Unset = UNSET
        if not isinstance(self.commond_result, Unset):
            commond_result = self.commond_result.value

        attachment_upload_url: list[str] | Unset = UNSET
        if not isinstance(self.attachment_upload_url, Unset):
            attachment_upload_url = self.attachment_upload_url

        multipart_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multipart_data, Unset):
            multipart_data = []
            for multipart_data_item_data in self.multipart_data:
                multipart_data_item = multipart_data_item_data.to_dict()
                multipart_data.append(multipart_data_item)

        excute_failed_msg = self.excute_failed_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commond_result is not UNSET:
            field_dict["commond_result"] = commond_result
        if attachment_upload_url is not UNSET:
            field_dict["attachment_upload_url"] = attachment_upload_url
        if multipart_data is not UNSET:
            field_dict["multipart_data"] = multipart_data
        if excute_failed_msg is not UNSET:
            field_dict["excute_failed_msg"] = excute_failed_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multipart_upload_info import MultipartUploadInfo  # noqa: PLC0415

        d = dict(src_dict)
        _raw_commond_result = d.pop("commond_result", UNSET)
        try:
            _commond_result = _raw_commond_result
            commond_result: ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult | Unset
            if isinstance(_commond_result, Unset):
                commond_result = UNSET
            else:
                commond_result = ExecuteDigitalHumanModelTrainingJobCommandResponseCommondResult(_commond_result)

        except (TypeError, ValueError, KeyError, AttributeError):
            commond_result = UNSET
            d["commond_result"] = _raw_commond_result

        attachment_upload_url = d.pop("attachment_upload_url", UNSET)
        if not isinstance(attachment_upload_url, Unset | list):
            d["attachment_upload_url"] = attachment_upload_url
            attachment_upload_url = UNSET

        _raw_multipart_data = d.pop("multipart_data", UNSET)
        try:
            _multipart_data = _raw_multipart_data
            multipart_data: list[MultipartUploadInfo] | Unset = UNSET
            if _multipart_data is not UNSET:
                multipart_data = []
                for multipart_data_item_data in _multipart_data:
                    multipart_data_item = MultipartUploadInfo.from_dict(multipart_data_item_data)

                    multipart_data.append(multipart_data_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            multipart_data = UNSET
            d["multipart_data"] = _raw_multipart_data

        excute_failed_msg = d.pop("excute_failed_msg", UNSET)
        if excute_failed_msg is None:
            excute_failed_msg = UNSET
            d["excute_failed_msg"] = None

        execute_digital_human_model_training_job_command_response = cls(
            commond_result=commond_result,
            attachment_upload_url=attachment_upload_url,
            multipart_data=multipart_data,
            excute_failed_msg=excute_failed_msg,
        )

        execute_digital_human_model_training_job_command_response.additional_properties = d
        return execute_digital_human_model_training_job_command_response

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
