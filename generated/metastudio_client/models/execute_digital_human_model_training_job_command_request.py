from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execute_digital_human_model_training_job_command_request_command import (
    ExecuteDigitalHumanModelTrainingJobCommandRequestCommand,
)
from ..models.execute_digital_human_model_training_job_command_request_command_message import (
    ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment_data import CommentData


T = TypeVar("T", bound="ExecuteDigitalHumanModelTrainingJobCommandRequest")


@_attrs_define
class ExecuteDigitalHumanModelTrainingJobCommandRequest:
    """表 8-48 请求 Body 参数

    Attributes:
        command (ExecuteDigitalHumanModelTrainingJobCommandRequestCommand): 命令类型。 • SUBMITVERIFYING: 提交审核 •
            CONFIRM_ACCEPT: 用户确认训练效果 • CONFIRM_REJECT: 用户驳回训练效果 • CONFIRM_ANSWER: 用户答复 • CONFIRM_PENDING: 用户挂起任务 •
            CONFIRM_ACTIVE: 用户激活任务 • GET_MULTIPART_UPLOAD: 获取训练视频已上传分片信息 • CONFIRM_REPAIR: 用户发起优化模型请求 •
            CONFIRM_MULTIPART_UPLOAD: 确认训练视频所有分片文件已上传 • GET_ACTION_VIDEO_MULTIPART_UPLOAD: 获取动作编排视频分片上传地址 •
            CONFIRM_ACTION_VIDEO_MULTIPART_UPLOAD: 确认动作编排视频所有分片文件已上传 说明 •
            CONFIRM_ACCEPT、CONFIRM_REJECT、CONFIRM_ANSWER、CONFIRM_PENDING、CONFIRM_ACTIVE命令仅NA白名单用户可用。 取值范围: 0-64
        command_message (ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage | Unset): 命令类型： • UPDATE_VIDEO:
            更新视频 • UPLOAD_VIDEO: 上传视频 • CONFIRM_ACTION_VIDEO: 确认动作编排视频 • GET_ACTION_VIDEO_MULTIPART: 获取动作编排视频分片 取值范围: 0-64
            默认取值: UPLOAD_VIDEO Default: ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage.UPLOAD_VIDEO.
        comment_data (CommentData | Unset): 表 8-49 CommentData
    """

    command: ExecuteDigitalHumanModelTrainingJobCommandRequestCommand
    command_message: ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage | Unset = (
        ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage.UPLOAD_VIDEO
    )
    comment_data: CommentData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command.value

        command_message: str | Unset = UNSET
        if not isinstance(self.command_message, Unset):
            command_message = self.command_message.value

        comment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment_data, Unset):
            comment_data = self.comment_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if command_message is not UNSET:
            field_dict["command_message"] = command_message
        if comment_data is not UNSET:
            field_dict["comment_data"] = comment_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_data import CommentData  # noqa: PLC0415

        d = dict(src_dict)
        command = ExecuteDigitalHumanModelTrainingJobCommandRequestCommand(d.pop("command"))

        _raw_command_message = d.pop("command_message", UNSET)
        try:
            _command_message = _raw_command_message
            command_message: ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage | Unset
            if isinstance(_command_message, Unset):
                command_message = UNSET
            else:
                command_message = ExecuteDigitalHumanModelTrainingJobCommandRequestCommandMessage(_command_message)

        except (TypeError, ValueError, KeyError, AttributeError):
            command_message = UNSET
            d["command_message"] = _raw_command_message

        _raw_comment_data = d.pop("comment_data", UNSET)
        try:
            _comment_data = _raw_comment_data
            comment_data: CommentData | Unset
            if isinstance(_comment_data, Unset):
                comment_data = UNSET
            else:
                comment_data = CommentData.from_dict(_comment_data)

        except (TypeError, ValueError, KeyError, AttributeError):
            comment_data = UNSET
            d["comment_data"] = _raw_comment_data

        execute_digital_human_model_training_job_command_request = cls(
            command=command,
            command_message=command_message,
            comment_data=comment_data,
        )

        execute_digital_human_model_training_job_command_request.additional_properties = d
        return execute_digital_human_model_training_job_command_request

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
