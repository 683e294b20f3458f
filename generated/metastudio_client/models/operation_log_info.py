from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_log_info_log_type import OperationLogInfoLogType
from ..models.operation_log_info_operate_user import OperationLogInfoOperateUser
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationLogInfo")


@_attrs_define
class OperationLogInfo:
    """表 8-21 OperationLogInfo

    Attributes:
        operate_time (datetime.datetime | Unset): 操作时间,格式遵循: RFC 3339。例 “2020-07-30T10:43:17Z”
        log_type (OperationLogInfoLogType | Unset): 命令执行结果。 • USER_CREATE_JOD: 用户开始分身数字人定制 • USER_VERIFYING_SUBMITTED:
            用户提交审核 • SYSTEM_VERIFY_FAILED: 自动审核失败 • ADMIN_UPDATE_BEAUTY_LEVEL: 管理员更新美白等级 • SYSTEM_VERIFY_SUCCESS: 自动审核成功 •
            ADMIN_VERIFY_SUCCESS: 人工审核通过 • ADMIN_VERIFY_FAILED: 人工审核不通过 • SYSTEM_TRAIN_DATA_PREPROCESSING: 训练数据预处理中 •
            SYSTEM_TRAIN_DATA_PREPROCESS_FAILED: 训练数据预处理失败 • SYSTEM_TRAIN_DATA_PREPROCESS_SUCCESS: 训练数据预处理成功 •
            SYSTEM_ACTION_GENERATE_DATA_PREPROCESSING: 动作编排原子动作生成中 • SYSTEM_ACTION_GENERATE_DATA_SUCCESS: 动作编排原子动作生成成功 •
            SYSTEM_ACTION_GENERATE_ORI_SUCCESS: 动作编排资产数据生成成功 • SYSTEM_ACTION_GENERATE_DATA_FAILED: 动作编排原子动作生成失败 •
            SYSTEM_ACTION_GENERATE_ORI_FAILED: 动作编排资产数据生成失败 • SYSTEM_ACTION_GENERATE_ORI_PREPROCESSING: 动作编排资产数据生成中 •
            SYSTEM_TRAINING: 开始训练 • ADMIN_STOP_TRAINING_DATA_PREPROCESS: 人工中止训练 • ADMIN_STOP_BEAUTY_PREPROCESS: 人工中止美白 •
            ADMIN_STOP_INFERENCE_DATA_PREPROCESS: 人工中止推理预处理 • ADMIN_STOP_TRAIN: 人工终止训练 • SYSTEM_TRAIN_FAILED: 训练失败 •
            SYSTEM_TRAIN_SUCCESS: 训练成功 • SYSTEM_INFERENCE_DATA_PREPROCESSING: 推理数据预处理中 ●
            SYSTEM_INFERENCE_DATA_PREPROCESS_FAILED: 推理数据预处理失败 ● SYSTEM_INFERENCE_DATA_PREPROCESS_SUCCESS: 推理数据预处理成功 ●
            SYSTEM_JOB_SUCCESS: 任务处理完成 ● ADMIN_MASK_UPLOADED: 遮罩文件上传完成 (已废弃) ● ADMIN_UPDATE_VIDEO: 管理员更换视频 ●
            ADMIN_UPDATE_ACTION_VIDEO: 管理员更换动作编排视频 ● ADMIN_RESET: 管理员一键重置 ● ADMIN_ACCEPT: 管理员通过 ● USER_REPAIR: 用户修复 ●
            SYSTEM_UPDATE_COVER: 更换封面 ● ADMIN_SET_SILENCE_REPEAT_NUM: 管理员设置静默轮数 ● SYSTEM_MARKABLE_VIDEO: 标记视频生成任务 ●
            SYSTEM_MASK_VERIFY_VIDEO: 校验视频生成任务 ● SYSTEM_MASK_VERIFY_VIDEO_SUCCESS: 校验视频生成成功 ●
            SYSTEM_MASK_VERIFY_VIDEO_FAILED: 校验视频生成失败 ● SYSTEM_MARKABLE_VIDEO_SUCCESS: 标记视频生成成功 ●
            SYSTEM_BEAUTY_PREPROCESSING: 美白处理中 ● SYSTEM_BEAUTY_PREPROCESS_FAILED: 美白处理失败 ● ADMIN_CONFIRM_ACTION: 管理员确认动作 ●
            ADMIN_STOP_ACTION_GENERATE_DATA_PREPROCESS: 人工中止原子动作生成 ● ADMIN_STOP_ACTION_GENERATE_ORI_PREPROCESS: 人工中止动作编排 ●
            SYSTEM_BEAUTY_PREPROCESS_SUCCESS: 美白视频训练预处理成功 ● SYSTEM_COMPILE_FAILED: 转编译失败 ● SYSTEM_COMPILE_SUCCESS: 转编译成功 ●
            SYSTEM_MARKABLE_VIDEO_FAILED: 标记视频生成失败 • ADMIN_UPDATE_COMPILE: 管理员更新转编译配置 •
            ADMIN_UPDATE_INFERENCE_DATA_PROCESS_VIDEO: 管理员更新推理预处理时间段信息 • SYSTEM_EXECUTE_COMPILE: 执行转编译 •
            SYSTEM_EXECUTE_BEAUTY: 执行美白处理 • SYSTEM_MASK_VIDEO_AND_ACTION_TIME_SUCCESS: 自动标记成功 •
            SYSTEM_MASK_VIDEO_AND_ACTION_TIME_FAILED: 自动标记失败 • USER_UPDATE_VIDEO: 用户更换视频 • ADMIN_UPDATE_GENERAL_CONFIG:
            管理员更新通用配置 • ADMIN_MASK_ACTION_TIME: 管理员标记 • STOP_COMPILE: 人工中止转编译
        log_description (str | Unset): 日志描述。用于记录人工审核不通过时的审核意见和DHTS、DHPS上报的错误信息。
        operate_user (OperationLogInfoOperateUser | Unset): 操作人员。 • USER: 用户 • ADMIN: 管理员 • SYSTEM: 系统
    """

    operate_time: datetime.datetime | Unset = UNSET
    log_type: OperationLogInfoLogType | Unset = UNSET
    log_description: str | Unset = UNSET
    operate_user: OperationLogInfoOperateUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operate_time: str | Unset = UNSET
        if not isinstance(self.operate_time, Unset):
            operate_time = self.operate_time.isoformat()

        log_type: str | Unset = UNSET
        if not isinstance(self.log_type, Unset):
            log_type = self.log_type.value

        log_description = self.log_description

        operate_user: str | Unset = UNSET
        if not isinstance(self.operate_user, Unset):
            operate_user = self.operate_user.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operate_time is not UNSET:
            field_dict["operate_time"] = operate_time
        if log_type is not UNSET:
            field_dict["log_type"] = log_type
        if log_description is not UNSET:
            field_dict["log_description"] = log_description
        if operate_user is not UNSET:
            field_dict["operate_user"] = operate_user

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

        _raw_log_type = d.pop("log_type", UNSET)
        try:
            _log_type = _raw_log_type
            log_type: OperationLogInfoLogType | Unset
            if isinstance(_log_type, Unset):
                log_type = UNSET
            else:
                log_type = OperationLogInfoLogType(_log_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            log_type = UNSET
            d["log_type"] = _raw_log_type

        log_description = d.pop("log_description", UNSET)
        if log_description is None:
            log_description = UNSET
            d["log_description"] = None

        _raw_operate_user = d.pop("operate_user", UNSET)
        try:
            _operate_user = _raw_operate_user
            operate_user: OperationLogInfoOperateUser | Unset
            if isinstance(_operate_user, Unset):
                operate_user = UNSET
            else:
                operate_user = OperationLogInfoOperateUser(_operate_user)

        except (TypeError, ValueError, KeyError, AttributeError):
            operate_user = UNSET
            d["operate_user"] = _raw_operate_user

        operation_log_info = cls(
            operate_time=operate_time,
            log_type=log_type,
            log_description=log_description,
            operate_user=operate_user,
        )

        operation_log_info.additional_properties = d
        return operation_log_info

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
